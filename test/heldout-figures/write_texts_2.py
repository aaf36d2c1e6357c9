# Third cluster, written AFTER the first fixes, to measure them on unseen text ('~' = U+00A0).
T = {}
T['northvolt-chapter11-2024/01-sv-affarsvarlden.txt'] = """Northvolt ansöker om rekonstruktion i USA
Stockholm, 21 november 2024

Batteritillverkaren Northvolt har ansökt om skydd enligt Chapter 11 i Texas. Bolaget har bara 30 miljoner dollar i kassan, vilket räcker till en veckas drift, men har säkrat 245 miljoner dollar i ny finansiering, varav 100 miljoner dollar från lastbilstillverkaren Scania. Skulderna uppgår till 5,84 miljarder dollar. I september varslade Northvolt 1~600 anställda, varav omkring 1~000 i Skellefteå. Fabriken i Skellefteå har i dag cirka 3~000 medarbetare och tillverkade under tredje kvartalet battericeller motsvarande 0,2 gigawattimmar. Rekonstruktionen väntas vara klar under första kvartalet 2025. Grundaren Peter Carlsson lämnar vd-posten. Aktieägarna Volkswagen och Goldman Sachs äger 21 respektive 19 procent.
"""
T['northvolt-chapter11-2024/02-nb-e24.txt'] = """Northvolt søker konkursbeskyttelse i USA
Oslo, 22. november 2024

Den svenske batteriprodusenten Northvolt har begjært seg under Chapter 11-beskyttelse. Selskapet har gjeld på rundt 5,8 milliarder dollar, tilsvarende 64 milliarder kroner, og bare 30 millioner dollar i kontanter. Northvolt har også kunder i Norge: Hydro og Northvolt driver sammen resirkuleringsanlegget Hydrovolt i Fredrikstad, som kan behandle 12~000 tonn batterier i året. Selskapet sa i høst opp 1600 ansatte i Sverige. Scania bidrar med 100 millioner dollar. Northvolt har hentet over 15 milliarder dollar fra investorer siden 2016. Nedgangen rammer også flere hundre underleverandører.
"""
T['northvolt-chapter11-2024/03-da-finans.txt'] = """Northvolt i betalingsstandsning: 1.600 job forsvinder i Sverige
København, 22. november 2024

Den svenske batteriproducent Northvolt har søgt om beskyttelse mod sine kreditorer i USA. Gælden lyder på 5,8 mia. dollar, svarende til omkring 40 mia. kr., mens kassebeholdningen er nede på 30 mio. dollar. Virksomheden får et lån på 245 mio. dollar, heraf 100 mio. fra Scania. Northvolt skulle have leveret battericeller til bl.a. BMW, som i juni annullerede en ordre på 2 mia. euro. Fabrikken i Skellefteå skulle nå en kapacitet på 16 gigawatttimer om året, men producerede kun en brøkdel. Omkring 3.000 ansatte arbejder stadig på fabrikken, og selskabet forventer at afslutte rekonstruktionen i første kvartal af 2025.
"""
T['northvolt-chapter11-2024/04-pl-wnp.txt'] = """Northvolt w tarapatach. Szwedzki producent baterii składa wniosek o ochronę przed wierzycielami
Warszawa, 22 listopada 2024 r.

Northvolt, który w Gdańsku produkuje systemy magazynowania energii, złożył w Teksasie wniosek o ochronę na mocy Rozdziału 11. Zadłużenie spółki sięga 5,8 mld dolarów, czyli ok. 24 mld zł, a w kasie zostało jedynie 30 mln dolarów. Polski zakład zatrudnia ok. 500 osób i zajmuje 25 tys. metrów kwadratowych. Zakład w Gdańsku ma produkować systemy o mocy 5 GWh rocznie. Według spółki działalność w Polsce ma być kontynuowana. Northvolt we wrześniu zwolnił 1,6 tys. pracowników w Szwecji. Spółka otrzyma 245 mln dolarów finansowania, w tym 100 mln dolarów od Scanii. Restrukturyzacja ma potrwać do pierwszego kwartału 2025 r.
"""
for p, t in T.items():
    open(p, 'w', encoding='utf-8').write(t.replace('~', '\u00a0'))
