# Gold for test/heldout-figures, written before the engine was run on these articles.
# One list of figures per article in text order; occurrences are counted like score.mjs.
import json, sys
NB = '\u00a0'
B = 10**9; MIO = 10**6
def M(t,v,u,tag=None,**kw): return dict(text=t,kind='money',value=v,unit=u,tag=tag,**kw)
def Q(t,v,u,tag=None,**kw): return dict(text=t,kind='quantity',value=v,unit=u,tag=tag,**kw)
def P(t,v,tag=None,**kw): return dict(text=t,kind='percent',value=v,unit='%',tag=tag,**kw)
def Y(t,v,tag=None,**kw): return dict(text=t,kind='date',value=v,unit='year',tag=tag,**kw)
def MO(t,v,tag=None,**kw): return dict(text=t,kind='date',value=v,unit='month',tag=tag,**kw)
def D(t,v,tag=None,**kw): return dict(text=t,kind='date',value=v,unit='day',tag=tag,**kw)
def QU(t,v,tag=None,**kw): return dict(text=t,kind='date',value=v,unit='quarter',tag=tag,**kw)

def build(cluster, event, files, claims):
    out={'cluster':cluster,'event':event,'files':{},'claims':[]}
    mentions={}
    for name,(lang,pub,figs) in files.items():
        text=open(f'{cluster}/{name}',encoding='utf-8').read()
        cur=0; gf=[]
        for f in figs:
            t=f['text'].replace('~',NB)
            pos=text.find(t,cur)
            if pos<0: sys.exit(f'NOT FOUND after {cur}: {t!r} in {name}')
            occ=0; i=text.find(t)
            while i!=pos: occ+=1; i=text.find(t,i+1)
            cur=pos+1
            g={'text':t,'occurrence':occ,'kind':f['kind'],'value':f['value'],'unit':f['unit']}
            if f.get('optional'): g['optional']=True
            gf.append(g)
            for tag in (f['tag'].split(',') if f['tag'] else []):
                mentions.setdefault(tag,[]).append({'file':name,'text':t,'occurrence':occ})
        out['files'][name]={'language':lang,'published':pub,'figures':gf}
    for cid,(desc,note) in claims.items():
        out['claims'].append({'id':cid,'description':desc,'mentions':mentions.pop(cid),'conflicting_pairs':[],'note':note})
    assert not mentions, mentions.keys()
    json.dump(out,open(f'{cluster}/gold.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
    print(cluster, sum(len(v['figures']) for v in out['files'].values()), 'figures', len(out['claims']),'claims')

build('intel-magdeburg-2023', "Intel's EUR 30bn agreement with the German government for two fabs in Magdeburg (about 3,000 jobs, EUR 9.9bn subsidies), signed 19 June 2023; with Intel's USD 4.6bn Polish assembly plant announced 16 June 2023 as another event", {
 '01-es-cincodias.txt': ('es','2023-06-19',[
   M('30.000 millones de euros',30*B,'EUR','inv'), Q('3.000 empleos',3000,'job','jobs'), D('19 de junio de 2023','2023-06-19'),
   Q('dos fábricas',2,'factory'), M('más de 30.000 millones de euros',30*B,'EUR','inv'), M('17.000 millones',17*B,'EUR'),
   MO('marzo de 2022','2022-03'), M('hasta 9.900 millones',9.9*B,'EUR','sub'), M('6.800 millones',6.8*B,'EUR'),
   Q('unos 3.000 empleados',3000,'employee','jobs'), Q('cuatro',4,'year'), Q('cinco años',5,'year'),
   Q('unas 450 hectáreas',450,'ha'), Q('630 campos de fútbol',630,'football field'),
   Q('1,3 millones de hogares',1.3*MIO,'household','hh'), Q('600 megavatios',600,'MW'),
   P('un 1,5 %',1.5), M('34,80 dólares',34.8,'USD'), QU('primer trimestre de 2023','2023-Q1'),
   M('2.800 millones de dólares',2.8*B,'USD'), P('36 %',36), Q('unas 131.900 personas',131900,'person'),
   Q('unas 10.000',10000,'person'), Q('más de 1.000 millones de clientes',1000*MIO,'customer'),
   D('16 de junio','2023-06-16',optional=True), M('4.600 millones de dólares',4.6*B,'USD','pl'),
   Q('hasta 2.000 puestos de trabajo',2000,'job','pljobs')]),
 '02-pt-jornaldenegocios.txt': ('pt','2023-06-20',[
   M('30 mil milhões de euros',30*B,'EUR','inv'), D('20 de junho de 2023','2023-06-20'), Q('duas fábricas',2,'factory'),
   M('30 mil milhões de euros',30*B,'EUR','inv'), M('17 mil milhões',17*B,'EUR'), M('cerca de 10 mil milhões de euros',10*B,'EUR','sub'),
   Q('3 mil postos de trabalho',3000,'job','jobs'), Y('2027',2027), Q('até 7.000 operários',7000,'worker','build'),
   QU('primeiro trimestre','2023-Q1',optional=True), M('11,7 mil milhões de dólares',11.7*B,'USD'), P('36%',36),
   Q('mais de 5.000 trabalhadores',5000,'worker'), P('1,5%',1.5), M('34,80 dólares',34.8,'USD'),
   Q('cerca de 50 colaboradores',50,'employee'), Q('4,5 milhões de metros quadrados',4.5*MIO,'m2'),
   Q('três parques eólicos',3,'wind farm'), Q('120 aerogeradores',120,'wind turbine'), P('cerca de 1%',1)]),
 '03-nl-fd.txt': ('nl','2023-06-19',[
   M('30 miljard euro',30*B,'EUR','inv'), D('19 juni 2023','2023-06-19'), Q('twee fabrieken',2,'factory'),
   M('ruim €30 miljard',30*B,'EUR','inv'), M('17 miljard euro',17*B,'EUR'), M('9,9 miljard euro',9.9*B,'EUR','sub'),
   P('bijna 50 procent',50), Q('ongeveer 3000 banen',3000,'job','jobs'), Q('tot 7000 bouwvakkers',7000,'construction worker','build'),
   Q('vier',4,'year'), Q('vijf jaar',5,'year'), P('1,5%',1.5), M('$34,80',34.8,'USD'),
   Q("zo'n 130.000 werknemers",130000,'employee'), M('meer dan 150 miljoen euro',150*MIO,'EUR'),
   Q('ongeveer 4 terawattuur',4,'TWh'), Q('1,3 miljoen huishoudens',1.3*MIO,'household','hh'),
   Q('8.000 woningen',8000,'home'), Q('25 scholen',25,'school'), QU('tweede kwartaal van 2022','2022-Q2'),
   Q('1.500 extra vacatures',1500,'vacancy')]),
 '04-pl-pulsbiznesu.txt': ('pl','2023-06-20',[
   M('30 mld euro',30*B,'EUR','inv'), Q('3 tys. miejsc pracy',3000,'job','jobs'), D('20 czerwca 2023','2023-06-20'),
   Q('dwóch fabryk',2,'factory'), M('30 mld euro',30*B,'EUR','inv'), M('9,9 mld euro',9.9*B,'EUR','sub'),
   M('ok. 3 mld euro',3*B,'EUR'), Q('około 3~tys. pracowników',3000,'employee','jobs'),
   M('4,6 mld dolarów',4.6*B,'USD','pl'), M('ok. 20 mld zł',20*B,'PLN','pl'), Q('do 2 tys. miejsc pracy',2000,'job','pljobs'),
   Y('2027',2027), P('1,5 proc.',1.5), M('34,8 dol.',34.8,'USD'), Q('ponad 4 tys. osób',4000,'person'),
   Q('450 ha',450,'ha'), Q('6 mln litrów',6*MIO,'l'), Q('10 tys. mieszkańców',10000,'inhabitant'),
   Q('4 tys. samochodów',4000,'car'), QU('pierwszym kwartale 2023','2023-Q1'), P('36 proc.',36), M('11,7 mld dol.',11.7*B,'USD')]),
}, {
 'inv': ('Intel Magdeburg investment (more than EUR 30bn)', 'all EUR'),
 'sub': ('German subsidies for Intel Magdeburg (EUR 9.9bn)', 'all EUR; cerca de 10 is within rounding'),
 'jobs': ('Jobs at the Magdeburg fabs (about 3,000)', 'employees at the plant and jobs are the same fact here'),
 'build': ('Construction workers during the build (up to 7,000)', ''),
 'hh': ('Power use of the fabs in households (1.3 million)', ''),
 'pl': ('Intel Poland assembly plant investment (USD 4.6bn)', 'USD/PLN about 4.1 on 2023-06-20: 4.6bn USD ~ 19bn PLN, ok. 20 mld is within about'),
 'pljobs': ('Jobs at the Polish plant (up to 2,000)', ''),
})

build('tsmc-dresden-2023', "TSMC's ESMC joint venture with Bosch, Infineon and NXP: a fab in Dresden costing more than EUR 10bn, about 2,000 jobs, production by end-2027, approved 8 August 2023", {
 '01-it-ilsole.txt': ('it','2023-08-08',[
   M('10 miliardi',10*B,'EUR','inv'), D('8 agosto 2023','2023-08-08'), M('fino a 3,5 miliardi di euro',3.5*B,'EUR'),
   M('oltre 10 miliardi di euro',10*B,'EUR','inv'), P('70%',70), P('10%',10), M('fino a 5 miliardi',5*B,'EUR','sub'),
   Y('2024',2024,'build'), Y('2027',2027,'start'), Q('circa duemila dipendenti',2000,'employee','jobs'),
   Q('40.000 wafer',40000,'wafer','wafer'), Q('300 millimetri',300,'mm'), Q('28',28,'nm'), Q('16 nanometri',16,'nm'),
   Y('2022',2022), Q('2,65 milioni di veicoli',2.65*MIO,'vehicle'), Q('quasi 470 mila',470000,'vehicle'),
   P('0,8%',0.8), M('564 dollari taiwanesi',564,'TWD'), Q('oltre 73 mila dipendenti',73000,'employee','staff'),
   QU('secondo trimestre','2023-Q2',optional=True), M('181,8 miliardi di dollari taiwanesi',181.8*B,'TWD'), P('23,3%',23.3),
   Q('più di 2.500 aziende',2500,'company','firms'), Q('circa 76 mila addetti',76000,'employee')]),
 '02-da-borsen.txt': ('da','2023-08-08',[
   M('10 mia. euro',10*B,'EUR','inv'), D('8. august 2023','2023-08-08'), M('over 10 mia. euro',10*B,'EUR','inv'),
   M('omkring 75 mia. kr.',75*B,'DKK','inv'), P('70 pct.',70), Q('tre europæiske partnere',3,'partner'), P('10 pct.',10),
   Q('omkring 2.000 ansatte',2000,'employee','jobs'), Y('2027',2027,'start'), Y('2024',2024,'build'),
   M('op til 5 mia. euro',5*B,'EUR','sub'), Q('40.000 skiver',40000,'wafer','wafer'), Q('omkring 6.000 vindmøller',6000,'wind turbine'),
   P('0,8 procent',0.8), Q('over 73.000 medarbejdere',73000,'employee','staff'), QU('andet kvartal 2023','2023-Q2'),
   M('15,7 mia. dollar',15.7*B,'USD'), Q('100.000 kvadratmeter',100000,'m2'), Q('op til 150 megawatt',150,'MW'),
   Q('120.000 husstande',120000,'household')]),
 '03-nb-dn.txt': ('nb','2023-08-09',[
   Q('tre europeiske partnere',3,'partner'), M('10 milliarder euro',10*B,'EUR','inv'), D('9. august 2023','2023-08-09'),
   M('over 10 milliarder euro',10*B,'EUR','inv'), M('rundt 113 milliarder kroner',113*B,'NOK','inv'), P('70 prosent',70),
   P('ti prosent',10), Q('Rundt 2000 ansatte',2000,'employee','jobs'), Y('2027',2027,'start'),
   M('inntil 5 milliarder euro',5*B,'EUR','sub'), Q('40~000 silisiumskiver',40000,'wafer','wafer'),
   Q('174~000 nye personbiler',174000,'car'), P('79,3 prosent',79.3), P('0,8 prosent',0.8),
   Q('mer enn 73~000 ansatte',73000,'employee','staff'), Q('532 kunder',532,'customer','cust'),
   Q('rundt 1400 ansatte',1400,'employee'), P('30 prosent',30), Q('over 2500 selskaper',2500,'company','firms'),
   Q('10 hektar',10,'ha')]),
 '04-sv-di.txt': ('sv','2023-08-08',[
   M('över 10 miljarder euro',10*B,'EUR','inv'), D('8 augusti 2023','2023-08-08'), M('mer än 10 miljarder euro',10*B,'EUR','inv'),
   M('cirka 117 miljarder kronor',117*B,'SEK','inv'), P('70 procent',70), Q('tre partnerna',3,'partner'), P('10 procent',10),
   Q('Omkring 2~000 anställda',2000,'employee','jobs'), Y('2027',2027,'start'), M('upp till 5 miljarder euro',5*B,'EUR','sub'),
   Y('2024',2024,'build'), Q('40~000 kiselskivor',40000,'wafer','wafer'), Q('289~000 nya personbilar',289000,'car'),
   P('4 procent',4), P('0,8 procent',0.8), Q('cirka 73~000 medarbetare',73000,'employee','staff'),
   Q('drygt 500 kunder',500,'customer','cust'), Q('8~500 tjänster',8500,'job'), Q('1~400',1400,'job'),
   Q('10 hektar',10,'ha'), Q('3~000 personer',3000,'person'), D('8 augusti','2023-08-08',optional=True)]),
}, {
 'inv': ('Total cost of the ESMC Dresden fab (more than EUR 10bn)', 'ECB 2023-08-08: DKK 7.45, NOK ~11.2, SEK ~11.9 per EUR; all within rounding'),
 'sub': ('German subsidies for ESMC (up to EUR 5bn)', ''),
 'jobs': ('Jobs at the Dresden fab (about 2,000)', ''),
 'start': ('Start of production (end of 2027)', ''),
 'build': ('Start of construction (second half of 2024)', ''),
 'wafer': ('Capacity: 40,000 wafers a month', ''),
 'staff': ('TSMC headcount (more than 73,000)', ''),
 'cust': ('TSMC customers (532, just over 500)', 'drygt 500 is a lower bound that 532 satisfies'),
 'firms': ('Semiconductor companies in the Dresden region (more than 2,500)', ''),
})

build('northvolt-chapter11-2024', "Northvolt's Chapter 11 filing in Texas, 21 November 2024 (USD 5.8bn debt, USD 30m cash, USD 245m new financing incl. USD 100m from Scania); written after the first fixes, gold before the run", {
 '01-sv-affarsvarlden.txt': ('sv','2024-11-21',[
   D('21 november 2024','2024-11-21'), Q('Chapter 11',11,'name',optional=True), M('30 miljoner dollar',30*MIO,'USD','cash'), Q('en veckas',1,'week',optional=True),
   M('245 miljoner dollar',245*MIO,'USD','fin'), M('100 miljoner dollar',100*MIO,'USD','scania'), M('5,84 miljarder dollar',5.84*B,'USD','debt'),
   MO('september','2024-09',optional=True), Q('1~600 anställda',1600,'employee','cuts'), Q('omkring 1~000',1000,'employee'),
   Q('cirka 3~000 medarbetare',3000,'employee','staff'), QU('tredje kvartalet','2024-Q3',optional=True), Q('0,2 gigawattimmar',0.2,'GWh'),
   QU('första kvartalet 2025','2025-Q1','end'), P('21',21), P('19 procent',19)]),
 '02-nb-e24.txt': ('nb','2024-11-22',[
   D('22. november 2024','2024-11-22'), Q('Chapter 11',11,'name',optional=True), M('rundt 5,8 milliarder dollar',5.8*B,'USD','debt'), M('64 milliarder kroner',64*B,'NOK','debt'),
   M('30 millioner dollar',30*MIO,'USD','cash'), Q('12~000 tonn',12000,'t'), Q('1600 ansatte',1600,'employee','cuts'),
   M('100 millioner dollar',100*MIO,'USD','scania'), M('over 15 milliarder dollar',15*B,'USD'), Y('2016',2016)]),
 '03-da-finans.txt': ('da','2024-11-22',[
   Q('1.600 job',1600,'job','cuts'), D('22. november 2024','2024-11-22'), M('5,8 mia. dollar',5.8*B,'USD','debt'),
   M('omkring 40 mia. kr.',40*B,'DKK','debt'), M('30 mio. dollar',30*MIO,'USD','cash'), M('245 mio. dollar',245*MIO,'USD','fin'),
   M('100 mio.',100*MIO,'USD','scania'), M('2 mia. euro',2*B,'EUR'), Q('16 gigawatttimer',16,'GWh'),
   Q('Omkring 3.000 ansatte',3000,'employee','staff'), QU('første kvartal af 2025','2025-Q1','end')]),
 '04-pl-wnp.txt': ('pl','2024-11-22',[
   D('22 listopada 2024','2024-11-22'), Q('Rozdziału 11',11,'name',optional=True), M('5,8 mld dolarów',5.8*B,'USD','debt'), M('ok. 24 mld zł',24*B,'PLN','debt'),
   M('30 mln dolarów',30*MIO,'USD','cash'), Q('ok. 500 osób',500,'person'), Q('25 tys. metrów kwadratowych',25000,'m2'),
   Q('5 GWh',5,'GWh'), Q('1,6 tys. pracowników',1600,'employee','cuts'), M('245 mln dolarów',245*MIO,'USD','fin'),
   M('100 mln dolarów',100*MIO,'USD','scania'), QU('pierwszego kwartału 2025','2025-Q1','end')]),
}, {
 'debt': ('Northvolt debt at filing (about USD 5.8bn)', 'ECB 2024-11-21/22: USD/NOK about 11.1, USD/DKK about 7.1, USD/PLN about 4.1'),
 'cash': ('Cash left (USD 30m)', ''),
 'fin': ('New financing (USD 245m)', ''),
 'scania': ('Scania contribution (USD 100m)', ''),
 'cuts': ('Job cuts announced in September 2024 (1,600 in Sweden)', 'employees laid off and jobs cut are one fact here'),
 'staff': ('Staff still at Skelleftea (about 3,000)', ''),
 'end': ('Restructuring expected to end in Q1 2025', ''),
})

build('powerco-sagunto-2023', "Volkswagen/PowerCo lays the first stone of its Sagunto battery-cell gigafactory, 24 March 2023 (about EUR 3bn, 3,000 jobs, 40 GWh a year, production from 2026); written after the second round of fixes, gold before the run", {
 '01-es-levante.txt': ('es','2023-03-24',[
   D('24 de marzo de 2023','2023-03-24'), M('unos 3.000 millones de euros',3*B,'EUR','inv'), Q('3.000 empleos directos',3000,'job','jobs'),
   Q('hasta 30.000 indirectos',30000,'job'), Q('unas 200 hectáreas',200,'ha','area'), Q('40 gigavatios hora',40,'GWh','cap'),
   Q('unos 500.000 vehículos eléctricos',500000,'vehicle','cars'), Y('2026',2026,'start'), Q('más de 600 invitados',600,'guest'),
   M('unos 10.000 millones',10*B,'EUR'), Q('más de medio millón de coches',500000,'car'), Q('15.000 trabajadores',15000,'worker'),
   P('un 0,6 %',0.6,'drop'), M('124,50 euros',124.5,'EUR','price')]),
 '02-pt-eco.txt': ('pt','2023-03-24',[
   M('3 mil milhões',3*B,'EUR','inv'), D('24 de março de 2023','2023-03-24'), M('3 mil milhões de euros',3*B,'EUR','inv'),
   Q('3 mil pessoas',3000,'person','jobs'), Y('2026',2026,'start'), Q('40 GWh',40,'GWh','cap'),
   Q('meio milhão de carros elétricos',500000,'vehicle','cars'), Q('231 mil veículos',231000,'vehicle'), Y('2022',2022),
   Q('cerca de 5 mil trabalhadores',5000,'worker'), Y('2025',2025), Q('seis gigafábricas',6,'gigafactory','six'), Y('2030',2030,'y2030'),
   Q('240 GWh',240,'GWh','total')]),
 '03-it-motori.txt': ('it','2023-03-24',[
   M('3 miliardi',3*B,'EUR','inv'), Q('3mila posti di lavoro',3000,'job','jobs'), D('24 marzo 2023','2023-03-24'),
   M('circa 3 miliardi di euro',3*B,'EUR','inv'), Q('40 GWh',40,'GWh','cap'), Q('3.000 persone',3000,'person','jobs'), Y('2026',2026,'start'),
   Y('2030',2030,'y2030'), Q('sei impianti',6,'plant','six'), Q('240 GWh',240,'GWh','total'), M('oltre 2 miliardi',2*B,'EUR'),
   Q('circa 2.000 addetti',2000,'employee'), P('0,6%',0.6,'drop'), M('124,5 euro',124.5,'EUR','price')]),
 '04-nl-autoweek.txt': ('nl','2023-03-25',[
   D('25 maart 2023','2023-03-25'), M("zo'n 3 miljard euro",3*B,'EUR','inv'), Y('2026',2026,'start'), Q('3000 mensen',3000,'person','jobs'),
   Q("een half miljoen elektrische auto's",500000,'vehicle','cars'), Q('40 gigawattuur',40,'GWh','cap'), Q('200 hectare',200,'ha','area'),
   Q('ongeveer 400 voetbalvelden',400,'football field'), Q("73.000 volledig elektrische personenauto's",73000,'car'),
   Y('2030',2030,'y2030'), Q('zes fabrieken',6,'factory','six'), Q('240 gigawattuur',240,'GWh','total'), Q("zo'n 20.000 medewerkers",20000,'employee')]),
}, {
 'inv': ('PowerCo Sagunto investment (about EUR 3bn)', ''),
 'jobs': ('Jobs at the Sagunto plant (3,000)', 'people employed and jobs are the same fact here'),
 'cap': ('Annual capacity (40 GWh)', ''),
 'cars': ('Electric cars equipped a year (about 500,000)', 'vehicles and electric cars: the same fact'),
 'start': ('Production start (2026)', ''),
 'area': ('Site area (200 ha)', ''),
 'six': ('Number of PowerCo gigafactories planned in Europe (six)', ''),
 'y2030': ('Deadline of the six-gigafactory plan (2030)', ''),
 'total': ('Total planned capacity (240 GWh)', ''),
 'drop': ('Volkswagen share move on the day (-0.6 %)', ''),
 'price': ('Volkswagen share price (EUR 124.50)', ''),
})

build('bosch-cuts-2024', "Bosch's plan to cut up to 5,550 jobs in its Mobility division (about 3,800 in Germany), announced 22 November 2024; written after the third round of fixes, gold before the run", {
 '01-de-stuttgarter.txt': ('de','2024-11-22',[
   Q('bis zu 5550 Stellen',5550,'job','cuts'), D('22. November 2024','2024-11-22'), Q('bis zu 5.550 Arbeitsplätze',5550,'job','cuts'),
   Q('rund 3800',3800,'job','de'), Y('2032',2032,'hy'), Q('etwa 750 Stellen',750,'job','hild'), Y('2027',2027), Q('rund 1300',1300,'job'),
   Q('rund 230.000 Menschen',230000,'person','staff'), Q('knapp 80.000',80000,'person'), M('56,2 Milliarden Euro',56.2*B,'EUR','sales'),
   Q('mehr als 10.000 Beschäftigte',10000,'employee'), Y('2024',2024), Q('etwa 93 Millionen Fahrzeugen',93*MIO,'vehicle','prod')]),
 '02-fr-usinenouvelle.txt': ('fr','2024-11-22',[
   Q("jusqu'à 5 550 emplois",5550,'job','cuts'), D('22 novembre 2024','2024-11-22'), Q('5 550 postes',5550,'job','cuts'),
   Q('environ 3 800',3800,'job','de'), Q('quelque 750 emplois',750,'job','hild'), Y('2032',2032,'hy'),
   Q('230 000 personnes',230000,'person','staff'), M("56,2 milliards d'euros",56.2*B,'EUR','sales'), Q('environ 6 600 salariés',6600,'employee'),
   Q('26 sites',26,'site'), Q("93 millions d'unités",93*MIO,'unit','prod')]),
 '03-en-autonews.txt': ('en','2024-11-22',[
   Q('up to 5,550 jobs',5550,'job','cuts'), D('Nov. 22, 2024','2024-11-22'), Q('5,550 jobs',5550,'job','cuts'), Q('around 3,800',3800,'job','de'),
   Q('about 750 positions',750,'job','hild'), Y('2032',2032,'hy'), Q('some 230,000 people',230000,'person','staff'),
   M('56.2 billion euros',56.2*B,'EUR','sales'), M('$58.6 billion',58.6*B,'USD','sales'), Q('around 93 million units',93*MIO,'unit','prod'),
   Y('2024',2024), Q('up to 14,000 jobs',14000,'job'), Y('2028',2028), Q('7,150 positions',7150,'job')]),
 '04-it-sole24ore.txt': ('it','2024-11-22',[
   Q('fino a 5.550 posti',5550,'job','cuts'), D('22 novembre 2024','2024-11-22'), Q('fino a 5.550 posti di lavoro',5550,'job','cuts'),
   Q('circa 3.800',3800,'job','de'), Q('circa 750 posti',750,'job','hild'), Y('2032',2032,'hy'), Q('230mila dipendenti',230000,'employee','staff'),
   M('56,2 miliardi di euro',56.2*B,'EUR','sales'), Q('circa 5.500 persone',5500,'person'), Q('18 società',18,'company'),
   Q('93 milioni di unità',93*MIO,'unit','prod'), Y('2024',2024), P("dell'1%",1), Y('2023',2023)]),
}, {
 'cuts': ('Bosch Mobility job cuts (up to 5,550)', ''),
 'de': ('Of which in Germany (about 3,800)', ''),
 'hild': ('Hildesheim cuts (about 750)', ''),
 'hy': ('Deadline of the Hildesheim cuts (end of 2032)', ''),
 'staff': ('Mobility headcount (about 230,000)', ''),
 'sales': ('Mobility sales last year (EUR 56.2bn)', 'EUR/USD 1.043 on 2024-11-22: 56.2bn EUR = 58.6bn USD'),
 'prod': ('Global vehicle production expected in 2024 (about 93 million)', 'vehicles and units: the same fact'),
})

build('novo-kalundborg-2024', "Novo Nordisk's DKK 42bn investment in new production plants in Kalundborg, 1,250 jobs, completion 2027-2029, announced 25 June 2024; written after the fourth round of fixes, gold before the run", {
 '01-da-borsen.txt': ('da','2024-06-25',[
   M('42 mia. kr.',42*B,'DKK','inv'), D('25. juni 2024','2024-06-25'), M('42 mia. kr.',42*B,'DKK','inv'), Q('1.250 nye arbejdspladser',1250,'job','jobs'),
   Y('2027',2027,'from'), Y('2029',2029,'to'), Q('omkring 200.000 kvadratmeter',200000,'m2'), Q('op mod 3.000 håndværkere',3000,'craftsman'),
   Q('omkring 4.500 ansatte',4500,'employee'), Q('16.000 indbyggere',16000,'inhabitant'), Q('2.000 nye boliger',2000,'home'), Y('2030',2030),
   P('1,2 pct.',1.2,'rise'), M('1.004 kr.',1004,'DKK'), Q('over 64.000 medarbejdere',64000,'employee','staff')]),
 '02-sv-di.txt': ('sv','2024-06-25',[
   M('42 miljarder danska kronor',42*B,'DKK','inv'), D('25 juni 2024','2024-06-25'), M('42 miljarder danska kronor',42*B,'DKK','inv'),
   M('drygt 63 miljarder svenska kronor',63*B,'SEK','inv'), Q('1 250 nya jobb',1250,'job','jobs'), Y('2027',2027,'from'), Y('2029',2029,'to'),
   Q('drygt 64 000 anställda',64000,'employee','staff'), M('232 miljarder danska kronor',232*B,'DKK'), Q('omkring 25 000 svenskar',25000,'person')]),
 '03-nl-fd.txt': ('nl','2024-06-26',[
   M('€5,6 miljard',5.6*B,'EUR','inv'), D('26 juni 2024','2024-06-26'), M('42 miljard Deense kronen',42*B,'DKK','inv'), M('ruim €5,6 miljard',5.6*B,'EUR','inv'),
   Q('1250 banen',1250,'job','jobs'), Y('2027',2027,'from'), Y('2029',2029,'to'), M('meer dan 500 miljard euro',500*B,'EUR'),
   Q('30.000 patiënten',30000,'patient'), P('1,2 procent',1.2,'rise')]),
 '04-pl-pulsbiznesu.txt': ('pl','2024-06-25',[
   M('42 mld koron',42*B,'DKK','inv'), D('25 czerwca 2024','2024-06-25'), M('42 mld koron duńskich',42*B,'DKK','inv'), M('ok. 24 mld zł',24*B,'PLN','inv'),
   Q('1250 miejsc pracy',1250,'job','jobs'), Y('2029',2029,'to'), Y('2027',2027,'from'), Q('ponad 64 tys. osób',64000,'person','staff'),
   Q('ok. 1,4 tys.',1400,'person'), P('1,2 proc.',1.2,'rise')]),
}, {
 'inv': ('Novo Nordisk Kalundborg investment (DKK 42bn)', 'ECB 2024-06-25: DKK 7.46, SEK 11.3, PLN 4.31 per EUR: 42bn DKK = 5.63bn EUR = 63.6bn SEK = 24.3bn PLN'),
 'jobs': ('New jobs (1,250)', ''),
 'from': ('First plants ready (2027)', ''),
 'to': ('Completion (2029)', ''),
 'staff': ('Novo Nordisk headcount (more than 64,000)', 'employees and persons: the same fact'),
 'rise': ('Share move on the day (+1.2 %)', ''),
})
