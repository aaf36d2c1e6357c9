# Fifth cluster, written after the third round of fixes, to measure them on unseen text ('~' = U+00A0).
T = {}
T['bosch-cuts-2024/01-de-stuttgarter.txt'] = """Bosch streicht bis zu 5550 Stellen in der Autosparte
Stuttgart, 22. November 2024

Der Autozulieferer Bosch will in seiner Zuliefersparte weltweit bis zu 5.550 Arbeitsplätze abbauen, davon rund 3800 in Deutschland. Am Standort Hildesheim sollen bis Ende 2032 etwa 750 Stellen wegfallen, in Schwieberdingen bis Ende 2027 rund 1300. Der Konzern beschäftigt in der Sparte Mobility rund 230.000 Menschen, davon knapp 80.000 in Deutschland. Im vergangenen Jahr setzte der Bereich 56,2 Milliarden Euro um. Die Gewerkschaft IG Metall kündigte Widerstand an; schon im Frühjahr hatten mehr als 10.000 Beschäftigte protestiert. Bosch verweist auf die schwache Nachfrage: Die weltweite Fahrzeugproduktion werde 2024 mit etwa 93 Millionen Fahrzeugen stagnieren.
"""
T['bosch-cuts-2024/02-fr-usinenouvelle.txt'] = """Bosch va supprimer jusqu'à 5 550 emplois dans sa division automobile
Paris, 22 novembre 2024

L'équipementier allemand Bosch a annoncé vendredi la suppression de 5 550 postes au maximum dans sa branche automobile, dont environ 3 800 en Allemagne. Le site de Hildesheim perdra quelque 750 emplois d'ici fin 2032. La division Mobility, qui emploie 230 000 personnes dans le monde, a réalisé 56,2 milliards d'euros de chiffre d'affaires l'an dernier. En France, Bosch compte environ 6 600 salariés répartis sur 26 sites. Selon le groupe, la production mondiale de véhicules devrait plafonner à 93 millions d'unités cette année, et le marché chinois se durcit.
"""
T['bosch-cuts-2024/03-en-autonews.txt'] = """Bosch to cut up to 5,550 jobs as car parts demand slumps
London, Nov. 22, 2024

German auto supplier Bosch said on Friday it would cut as many as 5,550 jobs at its mobility unit, around 3,800 of them in Germany, as carmakers scale back production. The Hildesheim site will lose about 750 positions by the end of 2032. The unit employs some 230,000 people and had sales of 56.2 billion euros ($58.6 billion) last year. Bosch expects global vehicle output to stagnate at around 93 million units in 2024. Rival ZF announced in July that it would shed up to 14,000 jobs in Germany by 2028, while Continental plans to cut 7,150 positions worldwide.
"""
T['bosch-cuts-2024/04-it-sole24ore.txt'] = """Bosch taglia fino a 5.550 posti nella divisione auto
Milano, 22 novembre 2024

Bosch taglierà fino a 5.550 posti di lavoro nella divisione Mobility, di cui circa 3.800 in Germania. A Hildesheim verranno eliminati circa 750 posti entro la fine del 2032. La divisione conta 230mila dipendenti nel mondo e l'anno scorso ha fatturato 56,2 miliardi di euro. In Italia il gruppo impiega circa 5.500 persone in 18 società, con lo stabilimento di Bari che produce pompe ad alta pressione per motori diesel. Il gruppo prevede che la produzione globale di veicoli si fermi a 93 milioni di unità nel 2024, in calo dell'1% rispetto al 2023.
"""
for p, t in T.items():
    open(p, 'w', encoding='utf-8').write(t.replace('~', '\u00a0'))
