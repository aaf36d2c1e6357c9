import os; exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'heldout', 'mkgold.py')).read())  # shared gold builder
M_=10**6
build('gefion-denmark-2024', "Inauguration of Gefion, Denmark's DKK 700m Nvidia AI supercomputer funded by the Novo Nordisk Foundation (DKK 600m) and EIFO (DKK 100m), 23 October 2024", {
 '01-da-borsbladet.txt': ('da','2024-10-23',[
   M('700 millioner kroner',700*M_,'DKK','cost:good'), D('23. oktober 2024','2024-10-23'), M('omkring 700 millioner kroner',700*M_,'DKK','cost:good'),
   M('600 millioner kroner',600*M_,'DKK','nnf'), M('100 millioner kroner',100*M_,'DKK','eifo'), Q('1.528 grafikprocessorer',1528,'GPU','gpu'),
   Y('2025',2025,'dl:good'), P('1,2 procent',1.2), M('3.500 milliarder dollar',3500*B,'USD')]),
 '02-en-techwire.txt': ('en','2024-10-23',[
   M('$100m',100*M_,'USD','cost:good'), D('October 23, 2024','2024-10-23'), M('DKK 700 million',700*M_,'DKK','cost:good'), M('about $100 million',100*M_,'USD','cost:good'),
   M('DKK 600 million',600*M_,'DKK','nnf'), M('DKK 100 million',100*M_,'DKK','eifo'), Q('1,528',1528,'GPU','gpu'), Y('2025',2025,'dl:good'),
   M('about $167bn',167*B,'USD'), M('roughly $480bn',480*B,'USD')]),
 '03-sv-nyteknik.txt': ('sv','2024-10-24',[
   M('700 miljarder kronor',700*B,'DKK','cost:slip'), D('24 oktober 2024','2024-10-24'), M('700 miljarder danska kronor',700*B,'DKK','cost:slip'),
   M('600 miljoner danska kronor',600*M_,'DKK','nnf'), Q(f'1{NB}528 grafikprocessorer',1528,'GPU','gpu'), Y('2025',2025,'dl:good'), Q('752 grafikprocessorer',752,'GPU')]),
 '04-it-zeusnews.txt': ('it','2024-10-23',[
   M('700 milioni di dollari',700*M_,'USD','cost:usd'), D('23 ottobre 2024','2024-10-23'), Q('oltre 1.500 GPU',1500,'GPU','gpu'), M('700 milioni di dollari',700*M_,'USD','cost:usd'),
   M('600 milioni di corone danesi',600*M_,'DKK','nnf'), Y('2026',2026,'dl:late'), P('77%',77), M('4,1 miliardi di dollari',4.1*B,'USD')]),
}, {
 'cost': ("Cost of the Gefion supercomputer", [('good','slip'),('good','usd'),('slip','usd')],
   "DKK 700m = EUR 93.9m = USD 101.1m (ECB 23 Oct 2024: 7.4583 DKK, 1.0767 USD per EUR), so '$100m' and 'about $100 million' agree. 03 (sv) writes 700 miljarder (scale slip); 04 (it) writes USD 700m (the kroner amount with the wrong currency)."),
 'nnf': ("Novo Nordisk Foundation's contribution to Gefion", [], "agree: DKK 600m"),
 'eifo': ("EIFO's contribution to Gefion", [], "agree: DKK 100m (same number as the USD 100m cost: different fact, not a currency slip)"),
 'gpu': ("Nvidia GPUs in Gefion", [], "agree: 1,528; 'oltre 1.500' is a bound that 1,528 satisfies"),
 'dl': ("When Gefion is fully operational", [('good','late')], "2025 in 01-03; 04 (it) says by 2026"),
})
build('ms-poland-2025', "Microsoft's PLN 2.8bn (USD 700m) cloud and AI investment in Poland by June 2026 and AI training for 1 million people by 2027, announced 24 February 2025", {
 '01-pl-bizportal.txt': ('pl','2025-02-24',[
   M('2,8 mld zł',2.8*B,'PLN','inv:good'), D('24 lutego 2025','2025-02-24'), M('2,8 mld zł',2.8*B,'PLN','inv:good'), MO('czerwca 2026','2026-06','dl:good'),
   Q('1 mln osób',1e6,'person','train:good'), Y('2027',2027,'tdl'), Y('2020',2020,'prioryear'), M('1 mld dolarów',1*B,'USD','prior'), Y('2023',2023,'open'),
   Q('ponad 1500 osób',1500,'person','staff')]),
 '02-en-cloudbrief.txt': ('en','2025-02-24',[
   M('$700 million',700*M_,'USD','inv:good'), D('February 24, 2025','2025-02-24'), M('$700 million',700*M_,'USD','inv:good'), MO('June 2026','2026-06','dl:good'),
   Q('1 million people',1e6,'person','train:good'), Y('2027',2027,'tdl'), M('$1 billion',1*B,'USD','prior'), Y('2020',2020,'prioryear'), Y('2023',2023,'open'),
   M('$69.6 billion',69.6*B,'USD'), M('about $80 billion',80*B,'USD')]),
 '03-de-itmarkt.txt': ('de','2025-02-25',[
   M('2,8 Milliarden Euro',2.8*B,'EUR','inv:eur'), D('25. Februar 2025','2025-02-25'), Y('2027',2027,'dl:late'), M('rund 2,8 Milliarden Euro',2.8*B,'EUR','inv:eur'),
   Y('2020',2020,'prioryear'), M('rund 1 Milliarde Dollar',1*B,'USD','prior'), MO('Februar 2024','2024-02'), M('3,2 Milliarden Euro',3.2*B,'EUR'),
   Q('mehr als 1.500 Mitarbeiter',1500,'employee','staff')]),
 '04-fr-lemagit.txt': ('fr','2025-02-24',[
   M('700 millions de dollars',700*M_,'USD','inv:good'), D('24 février 2025','2025-02-24'), M('700 millions de dollars',700*M_,'USD','inv:good'),
   M("environ 670 millions d'euros",670*M_,'EUR','inv:good'), MO('juin 2026','2026-06','dl:good'), Q(f'100{NB}000 Polonais',100000,'person','train:slip'), Y('2027',2027,'tdl'),
   M(f'près de 3{NB}000 milliards de dollars',3000*B,'USD')]),
}, {
 'inv': ("Microsoft's Poland cloud and AI investment announced 24 February 2025", [('good','eur')],
   "PLN 2.8bn = EUR 675.6m = USD 707.1m (ECB 24 Feb 2025: 4.1445 PLN, 1.0466 USD per EUR), so USD 700m and 'environ 670 millions d'euros' agree. 03 (de) writes EUR 2.8bn: the zloty amount with the wrong currency."),
 'dl': ("Deadline of the Poland investment", [('good','late')], "June 2026 in 01, 02, 04; 03 (de) says mid-2027"),
 'train': ("People Microsoft will train in AI skills in Poland", [('good','slip')], "1 million; 04 (fr) writes 100 000 (a factor 10 slip)"),
 'tdl': ("Deadline of the AI training pledge", [], "agree: 2027"),
 'prior': ("Microsoft's 2020 Poland investment (earlier event)", [], "agree: USD 1bn"),
 'prioryear': ("Year of the earlier pledge", [], "agree: 2020"),
 'open': ("Opening year of the Polish cloud region", [], "agree: 2023"),
 'staff': ("Microsoft's staff in Poland", [], "agree: more than 1,500"),
})
build('google-finland-2024', "Google's EUR 1bn expansion of its Hamina data centre in Finland, announced 29 May 2024", {
 '01-de-rechenzentrumnews.txt': ('de','2024-05-29',[
   M('eine Milliarde Euro',1*B,'EUR','inv:good'), D('29. Mai 2024','2024-05-29'), M('eine Milliarde Euro',1*B,'EUR','inv:good'), Y('2009',2009,'since'),
   M('rund 3,4 Milliarden Euro',3.4*B,'EUR','total:good'), P('97 Prozent',97,'cfe'), QU('ersten Quartal','2024-Q1',optional=True), M('80,5 Milliarden Dollar',80.5*B,'USD')]),
 '02-nl-datanieuws.txt': ('nl','2024-05-29',[
   M('1 miljard dollar',1*B,'USD','inv:usd'), D('29 mei 2024','2024-05-29'), M('1 miljard dollar',1*B,'USD','inv:usd'), Y('2011',2011),
   P('97 procent',97,'cfe'), P('40 procent',40)]),
 '03-es-centrodedatos.txt': ('es','2024-05-30',[
   M('1.000 millones de euros',1*B,'EUR','inv:good'), D('30 de mayo de 2024','2024-05-30'), M('1.000 millones de euros',1*B,'EUR','inv:good'),
   M('más de 3.000 millones de euros',3*B,'EUR','total:good'), Y('2009',2009,'since'), P('97%',97,'cfe'), M('2 billones de dólares',2e12,'USD')]),
 '04-nb-digi.txt': ('nb','2024-05-29',[
   M('1 milliard euro',1*B,'EUR','inv:good'), D('29. mai 2024','2024-05-29'), M('1 milliard euro',1*B,'EUR','inv:good'), M('rundt 11,4 milliarder kroner',11.4*B,'NOK','inv:good'),
   M('3,4 millioner euro',3.4e6,'EUR','total:slip'), Y('2019',2019)]),
}, {
 'inv': ("Google's Hamina expansion investment", [('good','usd')],
   "EUR 1bn = NOK 11.42bn = USD 1.086bn (ECB 29 May 2024: 11.417 NOK, 1.0857 USD per EUR), so 'rundt 11,4 milliarder kroner' agrees. 02 (nl) writes USD 1bn (= EUR 0.92bn, -8 %): the euro amount with the wrong currency."),
 'total': ("Google's total investment in Finland since 2009", [('good','slip')], "about EUR 3.4bn; 'más de 3.000 millones' is a bound it satisfies; 04 (nb) writes 3,4 millioner (scale slip)"),
 'cfe': ("Share of carbon-free energy at Hamina", [], "agree: 97 %"),
 'since': ("Year Google's Finnish investments began", [], "agree: 2009 (02's 2011 is the opening year, another fact)"),
})
build('novo-kalundborg-2023', "Novo Nordisk's DKK 42bn expansion of its Kalundborg (Denmark) production sites, completed by 2029 with 1,250 permanent jobs, announced 23 November 2023 (with its EUR 2.1bn Chartres, France, plan of the same week as another site)", {
 '01-da-finanswatch.txt': ('da','2023-11-23',[
   M('42 mia. kr.',42*B,'DKK','inv:good'), D('23. november 2023','2023-11-23'), M('42 milliarder kroner',42*B,'DKK','inv:good'), Y('2029',2029,'dl:good'),
   Q('1.250 nye faste arbejdspladser',1250,'job','jobs:good'), Q('op til 2.500 håndværkere',2500,'person'), M('2,1 mia. euro',2.1*B,'EUR','chartres'),
   Q('ni måneder',9,'month'), M('76 mia. kr.',76*B,'DKK'), P('31 procent',31)]),
 '02-en-pharmatimes.txt': ('en','2023-11-23',[
   M('$6bn',6*B,'USD','inv:good'), D('November 23, 2023','2023-11-23'), M('DKK 42 billion',42*B,'DKK','inv:good'), M('about $6.1 billion',6.1*B,'USD','inv:good'),
   Y('2029',2029,'dl:good'), Q('1,250 permanent jobs',1250,'job','jobs:good'), M('€2.1bn',2.1*B,'EUR','chartres'), Q('500 jobs',500,'job','cjobs'),
   M('about $390bn',390*B,'USD')]),
 '03-fr-industrie.txt': ('fr','2023-11-23',[
   M("5,6 milliards d'euros",5.6*B,'EUR','inv:good'), D('23 novembre 2023','2023-11-23'), M('42 millions de couronnes danoises',42e6,'DKK','inv:slip'),
   M("environ 5,6 milliards d'euros",5.6*B,'EUR','inv:good'), Y('2029',2029,'dl:good'), Q(f'1{NB}250 emplois permanents',1250,'job','jobs:good'),
   Q('trois jours',3,'day'), M("2,1 milliards d'euros",2.1*B,'EUR','chartres'), Q('500 emplois',500,'job','cjobs'), Y('2028',2028)]),
 '04-es-farmanoticias.txt': ('es','2023-11-23',[
   M('42.000 millones de coronas',42*B,'DKK','inv:good'), D('23 de noviembre de 2023','2023-11-23'), M('42.000 millones de coronas danesas',42*B,'DKK','inv:good'),
   M('unos 5.630 millones de euros',5.63*B,'EUR','inv:good'), Y('2027',2027,'dl:early'), Q('1.250 personas',1250,'person','jobs:pred'),
   P('30%',30), P('31%',31), Q('nueve primeros meses',9,'month')]),
}, {
 'inv': ("Novo Nordisk's Kalundborg investment", [('good','slip')],
   "DKK 42bn = EUR 5.633bn = USD 6.14bn (ECB 23 Nov 2023: 7.4559 DKK, 1.0900 USD per EUR): '$6bn' (-2.3 %), 'about $6.1 billion', '5,6 milliards d'euros' and 'unos 5.630 millones de euros' agree. 03 (fr) writes 42 millions de couronnes (scale slip), which also contradicts its own 5,6 milliards d'euros."),
 'jobs': ("Permanent jobs the Kalundborg expansion creates", [('good','pred')], "1,250 jobs; 04 (es) turns them into 1,250 people trained (same number, another counted unit)"),
 'dl': ("Completion year of the Kalundborg expansion", [('good','early')], "2029 in 01-03; 04 (es) says 2027"),
 'chartres': ("Novo Nordisk's EUR 2.1bn Chartres (France) investment announced three days earlier - another site, another event", [], "agree: EUR 2.1bn"),
 'cjobs': ("Jobs of the Chartres investment", [], "agree: 500 (another site: never compared with Kalundborg's 1,250)"),
})
build('aws-italy-2024', "AWS's EUR 1.2bn plan to expand its Italian cloud infrastructure by 2029 (EUR 3.2bn to GDP, 1,300 jobs a year), announced 9 April 2024", {
 '01-it-cor-com.txt': ('it','2024-04-09',[
   M('1,2 miliardi di euro',1.2*B,'EUR','inv:good'), Y('2029',2029,'dl:good'), D('9 aprile 2024','2024-04-09'), M('1,2 miliardi di euro',1.2*B,'EUR','inv:good'), Y('2029',2029,'dl:good'),
   M('3,2 miliardi di euro',3.2*B,'EUR','gdp'), Q('1.300 posti di lavoro',1300,'job','jobs'), Y('2020',2020,'since'), M('1,6 miliardi di euro',1.6*B,'EUR','prior'),
   P('19%',19), Y('2023',2023), P('circa il 31%',31)]),
 '02-en-datacenterwire.txt': ('en','2024-04-09',[
   M('$1.3bn',1.3*B,'USD','inv:good'), D('April 9, 2024','2024-04-09'), M('€1.2 billion',1.2*B,'EUR','inv:good'), M('$1.3 billion',1.3*B,'USD','inv:good'),
   Y('2029',2029,'dl:good'), M('€3.2 billion',3.2*B,'EUR','gdp'), Q('1,300 full-time jobs',1300,'job','jobs'), M('about $1.9 trillion',1.9e12,'USD')]),
 '03-es-cincodigital.txt': ('es','2024-04-10',[
   M('1.200 millones de dólares',1.2*B,'USD','inv:usd'), D('10 de abril de 2024','2024-04-10'), M('1.200 millones de dólares',1.2*B,'USD','inv:usd'), Y('2029',2029,'dl:good'),
   M('3.200 millones de euros',3.2*B,'EUR','gdp'), Q('unos 1.300 empleos',1300,'job','jobs'), M('90.800 millones de dólares',90.8*B,'USD'), Y('2023',2023), P('13%',13)]),
 '04-nl-computable.txt': ('nl','2024-04-09',[
   M('1,2 miljoen euro',1.2e6,'EUR','inv:slip'), D('9 april 2024','2024-04-09'), Y('2028',2028,'dl:late'), M('1,2 miljoen euro',1.2e6,'EUR','inv:slip'),
   M('3,2 miljard euro',3.2*B,'EUR','gdp'), Q('1.300 banen',1300,'job','jobs'), Y('2020',2020,'since'), M('1,6 miljard euro',1.6*B,'EUR','prior')]),
}, {
 'inv': ("AWS's Italian cloud investment to 2029", [('good','usd'),('good','slip'),('usd','slip')],
   "EUR 1.2bn = USD 1.304bn (ECB 9 Apr 2024: 1.0867 USD per EUR): '$1.3bn' agrees. 03 (es) writes USD 1.2bn (= EUR 1.10bn, -8 %): the euro amount with the wrong currency. 04 (nl) writes 1,2 miljoen (scale slip)."),
 'dl': ("End year of the Italian investment", [('good','late')], "2029 in 01-03; 04 (nl) says 2028"),
 'gdp': ("Contribution to Italy's GDP", [], "agree: EUR 3.2bn"),
 'jobs': ("Jobs supported a year", [], "agree: about 1,300"),
 'prior': ("AWS's investment in Italy since 2020 (running total)", [], "agree: EUR 1.6bn"),
 'since': ("Start year of that running total", [], "agree: 2020"),
})
