# Sixth cluster, written after the fourth round of fixes, to measure them on unseen text ('~' = U+00A0).
T = {}
T['novo-kalundborg-2024/01-da-borsen.txt'] = """Novo Nordisk investerer 42 mia. kr. i Kalundborg
København, 25. juni 2024

Novo Nordisk vil bruge 42 mia. kr. på nye produktionsanlæg i Kalundborg, hvor der skal skabes 1.250 nye arbejdspladser. Byggeriet begynder i år, og de nye fabrikker skal stå færdige gradvist mellem 2027 og 2029. Anlæggene skal fylde omkring 200.000 kvadratmeter. Under byggeriet vil op mod 3.000 håndværkere være beskæftiget. Novo Nordisk har i forvejen omkring 4.500 ansatte i Kalundborg, og byens 16.000 indbyggere har længe efterlyst flere boliger; kommunen planlægger 2.000 nye boliger frem mod 2030. Aktien steg 1,2 pct. til 1.004 kr. på dagen. Selskabet har i alt over 64.000 medarbejdere.
"""
T['novo-kalundborg-2024/02-sv-di.txt'] = """Novo Nordisk satsar 42 miljarder danska kronor på ny fabrik
Stockholm, 25 juni 2024

Den danska läkemedelsjätten Novo Nordisk investerar 42 miljarder danska kronor, motsvarande drygt 63 miljarder svenska kronor, i nya produktionsanläggningar i Kalundborg. Satsningen ska ge 1 250 nya jobb, och anläggningarna ska bli klara i etapper mellan 2027 och 2029. Bolaget har i år redan aviserat investeringar i Frankrike och USA. Novo Nordisk har drygt 64 000 anställda och omsatte i fjol 232 miljarder danska kronor. Viktminskningsmedlet Wegovy används av omkring 25 000 svenskar.
"""
T['novo-kalundborg-2024/03-nl-fd.txt'] = """Novo Nordisk bouwt voor €5,6 miljard nieuwe fabrieken in Denemarken
Amsterdam, 26 juni 2024

Het Deense farmaceutische bedrijf Novo Nordisk steekt 42 miljard Deense kronen (ruim €5,6 miljard) in nieuwe productiecapaciteit in Kalundborg. Er komen 1250 banen bij. De fabrieken moeten tussen 2027 en 2029 in gebruik worden genomen. Novo Nordisk is met een beurswaarde van meer dan 500 miljard euro het grootste bedrijf van Europa. In Nederland gebruiken naar schatting 30.000 patiënten een middel tegen overgewicht of diabetes van het bedrijf. Het aandeel steeg dinsdag 1,2 procent.
"""
T['novo-kalundborg-2024/04-pl-pulsbiznesu.txt'] = """Novo Nordisk zainwestuje 42 mld koron w Danii
Warszawa, 25 czerwca 2024 r.

Duński koncern farmaceutyczny Novo Nordisk przeznaczy 42 mld koron duńskich, czyli ok. 24 mld zł, na nowe zakłady produkcyjne w Kalundborgu. Inwestycja stworzy 1250 miejsc pracy. Budowa potrwa do 2029 r., a pierwsze linie ruszą w 2027 r. Koncern zatrudnia ponad 64 tys. osób, w tym ok. 1,4 tys. w Polsce, głównie w centrum usług biznesowych w Warszawie. Kurs akcji wzrósł o 1,2 proc.
"""
for p, t in T.items():
    open(p, 'w', encoding='utf-8').write(t.replace('~', '\u00a0'))
