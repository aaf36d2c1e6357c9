exec(open('mkgold.py').read())
build('ms-sweden-2024', "Microsoft's SEK 33.7bn two-year cloud and AI investment in Sweden (Sandviken, Gävle, Staffanstorp; 20,000 GPUs; AI skills for 250,000 people by end-2025), announced in Stockholm on 3 June 2024", {
 '01-sv-affarsnytt.txt': ('sv','2024-06-03',[
   M('33,7 miljarder kronor',33.7*B,'SEK','inv:good'), D('3 juni 2024','2024-06-03'), M('33,7 miljarder kronor',33.7*B,'SEK','inv:good'),
   Q('två åren',2,'year','period'), Q('nästan 40 år',40,'year','forty'), Q('tre år',3,'year'), Q(f'20{NB}000',20000,'GPU','gpu'),
   Q(f'250{NB}000 personer',250000,'person','skill:good'), Y('2025',2025,'deadline:good'), P('29,1 procent',29.1,'emis'), Y('2020',2020), Y('2030',2030,'cneg')]),
 '02-da-ritzau.txt': ('da','2024-06-03',[
   Q('250.000 svenskere',250000,'person','skill:good'), D('3. juni 2024','2024-06-03'), M('3,2 milliarder dollar',3.2*B,'USD','inv:good'),
   Q('to år',2,'year','period'), M('omkring 22 mia. kr.',22*B,'DKK','inv:good'), Q('20.000 avancerede grafikprocessorer',20000,'GPU','gpu'),
   Q('250.000 svenskere',250000,'person','skill:good'), Y('2025',2025,'deadline:good'), Q('fire år',4,'year',optional=True), Y('2030',2030,'cneg'), P('30 procent',30,'emis')]),
 '03-nb-e24.txt': ('nb','2024-06-03',[
   D('3. juni 2024','2024-06-03'), M('33,7 millioner svenske kroner',33.7e6,'SEK','inv:slip'), Q('to årene',2,'year','period'),
   Q('20.000 avanserte grafikkprosessorer',20000,'GPU','gpu'), Q('250.000 svensker',250000,'person','skill:good'), Y('2026',2026,'deadline:late'),
   Y('2020',2020), Y('2030',2030,'cneg'), P('30 prosent',30,'emis')]),
 '04-en-cloudwire.txt': ('en','2024-06-03',[
   M('$3.2B',3.2*B,'USD','inv:good'), D('June 3, 2024','2024-06-03'), M('SEK33.7bn',33.7*B,'SEK','inv:good'), M('$3.2bn',3.2*B,'USD','inv:good'),
   Q('two years',2,'year','period'), Q('four decades',4,'decade'), Q('20,000',20000,'GPU','gpu'), Q('250,000 people',250000,'person','skill:good'),
   Y('2025',2025,'deadline:good'), M('$2.9bn',2.9*B,'USD','japan'), M('$2.2bn',2.2*B,'USD'), M('$211.9bn',211.9*B,'USD'), Y('2023',2023),
   M('Roughly SEK 34bn',34*B,'SEK','inv:good'), Q('10.5 million people',10500000,'person'), P('29.1%',29.1,'emis'), Y('2020',2020), Y('2030',2030,'cneg')]),
 '05-pl-itwiz.txt': ('pl','2024-06',[
   M('3,2 mld euro',3.2*B,'EUR','inv:eur'), MO('czerwiec 2024','2024-06'), M('3,2 mld euro',3.2*B,'EUR','inv:eur'), Q('dwóch lat',2,'year','period'),
   M('33,7 mld koron szwedzkich',33.7*B,'SEK','inv:good'), Q('20 tys.',20000,'GPU','gpu'), Q('250 tys. nowych miejsc pracy',250000,'job','skill:job'),
   M('2,9 mld dolarów',2.9*B,'USD','japan'), Q('prawie 40 lat',40,'year','forty'), Y('2021',2021)]),
}, {
 'inv': ("Microsoft's Sweden investment announced on 3 June 2024", [('good','slip'),('good','eur'),('slip','eur')],
   "Announced: SEK 33.7bn = EUR 2.955bn = USD 3.204bn = DKK 22.04bn (ECB 3 Jun 2024: 11.4035 SEK, 1.0842 USD, 7.459 DKK per EUR), so USD 3.2bn, 'omkring 22 mia. kr.' and 'Roughly SEK 34bn' (+0.9 %) agree. 03 (nb) writes 33,7 millioner (a scale slip, x1000). 05 (pl) writes EUR 3.2bn: the USD figure with the wrong currency, +8.3 % against EUR 2.955bn, so it also conflicts with 05's own correct '33,7 mld koron szwedzkich'."),
 'gpu': ("Advanced GPUs Microsoft will deploy in its Swedish datacenter regions", [], "agree: 20,000 (space, dot, comma separators and '20 tys.')"),
 'skill': ("People in Sweden Microsoft will train in AI skills", [('good','job')], "250,000 people to be trained everywhere; 05 (pl) turns them into 250 tys. new jobs (same number, different counted unit)"),
 'deadline': ("Deadline of the Swedish AI skilling pledge", [('good','late')], "end of 2025 in 01, 02, 04; 03 (nb) says end of 2026"),
 'period': ("Period of the Swedish investment", [], "agree: two years"),
 'forty': ("Years Microsoft has been present in Sweden", [], "agree: (nearly) 40 years"),
 'emis': ("Rise of Microsoft's emissions since 2020", [], "agree: 29.1 % (sustainability report) rounded to 30 % by Ritzau/NTB (3 % apart)"),
 'cneg': ("Year of Microsoft's carbon-negative goal", [], "agree: 2030"),
 'japan': ("Microsoft's earlier investment in Japan (April 2024) - a different event, never one claim with Sweden", [], "agree: USD 2.9bn"),
})
build('aws-germany-2024', "AWS's EUR 8.8bn cloud-infrastructure investment in the Frankfurt region (Hesse) through 2026, part of more than EUR 10bn Amazon announced for Germany on 19 June 2024", {
 '01-de-handelsblick.txt': ('de','2024-06-19',[
   M('8,8 Milliarden Euro',8.8*B,'EUR','inv:good'), D('19. Juni 2024','2024-06-19'), Y('2026',2026,'dl:good'), M('8,8 Mrd. Euro',8.8*B,'EUR','inv:good'),
   M('1,2 Milliarden Euro',1.2*B,'EUR','logi'), M('mehr als 10 Milliarden Euro',10*B,'EUR','total'), Y('2040',2040,'y2040'), M('rund 7,8 Milliarden Euro',7.8*B,'EUR','brand'),
   Q('rund 4.000 neue Arbeitsplätze',4000,'job','newjobs'), Q('40.000',40000,'employee','headcount'), Y('2014',2014), QU('ersten Quartal 2024','2024-Q1'),
   M('rund 25 Mrd. US-Dollar',25*B,'USD'), P('17 Prozent',17,'growth')]),
 '02-fr-lesechosnum.txt': ('fr','2024-06-19',[
   M("8,8 milliards d'euros",8.8*B,'EUR','inv:good'), D('19 juin 2024','2024-06-19'), M("8,8 milliards d'euros",8.8*B,'EUR','inv:good'), Y('2027',2027,'dl:late'),
   M("plus de 10 milliards d'euros",10*B,'EUR','total'), M("1,2 milliard d'euros",1.2*B,'EUR','logi'), M("7,8 milliards d'euros",7.8*B,'EUR','brand'),
   Q(f'environ 4{NB}000 nouveaux emplois',4000,'job','newjobs'), Q(f'40{NNB}000 salariés',40000,'employee','headcount'), M("1,2 milliard d'euros",1.2*B,'EUR','france'),
   P('Près de 80 %',80), Q('trois groupes',3,'company')]),
 '03-it-corrierecom.txt': ('it','2024-06-20',[
   M('10 miliardi di euro',10*B,'EUR','total'), D('20 giugno 2024','2024-06-20'), M('8,8 miliardi di euro',8.8*B,'EUR','inv:good'),
   M('circa 9,5 miliardi di dollari',9.5*B,'USD','inv:good'), Y('2026',2026,'dl:good'), M('10 miliardi',10*B,'EUR','total'),
   Q('4.000 posti di lavoro',4000,'job','newjobs'), Q('40.000',40000,'employee','headcount'), Q('un mese',1,'month',optional=True), M('1,2 miliardi',1.2*B,'EUR','france'),
   QU('primo trimestre','2024-Q1',optional=True), P('17%',17,'growth')]),
 '04-es-expansiondig.txt': ('es','2024-06',[
   M('8.800 millones de dólares',8.8*B,'USD','inv:usd'), MO('junio de 2024','2024-06'), M('8.800 millones de dólares',8.8*B,'USD','inv:usd'), Y('2026',2026,'dl:good'),
   M('10.000 millones de euros',10*B,'EUR','total'), M('7.800 millones de euros',7.8*B,'EUR','brand'), Y('2040',2040,'y2040'),
   Q('unos 4.000 empleos',4000,'job','newjobs'), Q('40.000 trabajadores',40000,'employee','headcount')]),
 '05-nl-techblad.txt': ('nl','2024-06-18',[
   D('18 juni 2024','2024-06-18'), M('ongeveer 7 miljard euro',7*B,'EUR','inv:pre'), Y('2026',2026,'dl:good'), M('€7,8 miljard',7.8*B,'EUR','brand'),
   Q('36.000 medewerkers',36000,'employee')]),
}, {
 'inv': ("AWS's cloud-infrastructure investment in the Frankfurt region announced 19 June 2024", [('good','usd'),('good','pre'),('usd','pre')],
   "Announced: EUR 8.8bn = USD 9.46bn (ECB 19 Jun 2024: 1.0749 USD per EUR; 20 Jun: 1.0719 -> USD 9.43bn), so 03's 'circa 9,5 miliardi di dollari' agrees. 04 (es) gives 8.800 millones de dólares: the euro amount with the wrong currency (USD 8.8bn = EUR 8.19bn, -7 %; also 7.4 % below 03's 'circa' USD 9.5bn, outside the ±6 % of 'circa'). 05 (nl, the day before) relays an unconfirmed pre-announcement figure of about EUR 7bn (-20 %)."),
 'total': ("Total of Amazon's new German commitments of June 2024", [], "agree: more than EUR 10bn (03 gives 10 miliardi, in its body without a currency word: euro from context)"),
 'logi': ("Amazon's June 2024 German investment in logistics, robotics and offices", [], "agree: EUR 1.2bn. Same value as the French pledge of May 2024 (claim aws-france-2024), a different event."),
 'france': ("AWS's EUR 1.2bn investment in France announced at Choose France in May 2024 - a different event (same company, another country, same weeks)", [], "agree: EUR 1.2bn (03 without a currency word)"),
 'dl': ("End year of the Frankfurt-region investment", [('good','late')], "2026 in every source but 02 (fr), which says 2027"),
 'newjobs': ("New jobs Amazon plans to create in Germany by the end of 2024", [], "agree: about 4,000"),
 'headcount': ("Amazon's German workforce after the hiring", [], "agree: 40,000. 05's 36.000 medewerkers is today's headcount, a different figure, left out."),
 'brand': ("AWS's May 2024 sovereign-cloud investment in Brandenburg", [], "agree: EUR 7.8bn (a separate, earlier event in the same country; never one claim with the Frankfurt figure)"),
 'y2040': ("End year of the Brandenburg sovereign-cloud investment", [], "agree: 2040"),
 'growth': ("AWS revenue growth in Q1 2024", [], "agree: 17 %"),
})
build('aws-uk-2024', "AWS's GBP 8bn plan (2024-2028) to build and run data centres in the UK, announced 11 September 2024", {
 '01-en-techdesk.txt': ('en','2024-09-11',[
   M('£8bn',8*B,'GBP','inv:good'), D('11 September 2024','2024-09-11'), M('£8bn',8*B,'GBP','inv:good'), Q('five years',5,'year','horizon'),
   Y('2024',2024), Y('2028',2028,'end'), M('£14bn',14*B,'GBP','gdp'), Q('more than 14,000 full-time equivalent jobs',14000,'job','jobs:good'),
   M('£3bn',3*B,'GBP','prior'), Y('2020',2020,'since'), Y('2023',2023), Y('2020',2020), Y('2028',2028), M('more than £11bn',11*B,'GBP'),
   MO('December 2016','2016-12'), D('14 October','2024-10-14',optional=True), Q('about 75,000 people',75000,'person','staff')]),
 '02-fr-zdnetfr.txt': ('fr','2024-09',[
   M('8 milliards de livres',8*B,'GBP','inv:good'), MO('septembre 2024','2024-09'), M('8 millions de livres sterling',8e6,'GBP','inv:slip'),
   M("9,5 milliards d'euros",9.5*B,'EUR','inv:good'), Q('cinq ans',5,'year','horizon'), M('14 milliards de livres',14*B,'GBP','gdp'), Y('2028',2028,'end'),
   Q(f'plus de 14{NB}000 emplois',14000,'job','jobs:good'), P('33 %',33)]),
 '03-de-cloudmagazin.txt': ('de','2024-09-12',[
   M('8 Milliarden Pfund',8*B,'GBP','inv:good'), D('12.09.2024','2024-09-12'), Q('fünf Jahren',5,'year','horizon'), M('8 Mrd. Pfund',8*B,'GBP','inv:good'),
   M('rund 9,5 Milliarden Euro',9.5*B,'EUR','inv:good'), Y('2028',2028,'end'), M('14 Mrd. Pfund',14*B,'GBP','gdp'),
   Q('mehr als 14.000 Menschen',14000,'person','jobs:trained')]),
 '04-pt-eco.txt': ('pt','2024-09-12',[
   M('8 mil milhões de libras',8*B,'GBP','inv:good'), D('12 de setembro de 2024','2024-09-12'), M('8 mil milhões de libras',8*B,'GBP','inv:good'),
   M('cerca de 9,5 mil milhões de euros',9.5*B,'EUR','inv:good'), Q('cinco anos',5,'year','horizon'), Y('2028',2028,'end'),
   M('14 mil milhões de libras',14*B,'GBP','gdp'), Q('mais de 14 mil postos de trabalho',14000,'job','jobs:good'), Y('2020',2020,'since'),
   M('3 mil milhões de libras',3*B,'GBP','prior'), Q('cerca de 75 mil pessoas',75000,'person','staff')]),
}, {
 'inv': ("AWS's UK data-centre investment announced 11 September 2024", [('good','slip')],
   "Announced: GBP 8bn = EUR 9.48bn = USD 10.47bn (ECB 11 Sep 2024: 0.84375 GBP, 1.1043 USD per EUR; 12 Sep: 0.8446 -> EUR 9.47bn), so EUR 9.5bn agrees. 02 (fr) writes '8 millions de livres sterling' in its body (scale slip x1000), which contradicts every other mention including its own headline and its own euro conversion."),
 'gdp': ("Contribution to UK GDP through 2028", [], "agree: GBP 14bn"),
 'jobs': ("Jobs a year AWS says the investment supports at UK businesses", [('good','trained')], "more than 14,000 FTE jobs a year; 03 (de) turns them into more than 14,000 people trained a year (same number, different counted unit)"),
 'horizon': ("Length of the UK investment plan", [], "agree: five years"),
 'end': ("End year of the UK investment plan / GDP horizon", [], "agree: 2028"),
 'prior': ("AWS's investment in the UK since 2020", [], "agree: GBP 3bn"),
 'since': ("Start year of AWS's earlier UK investment", [], "agree: 2020"),
 'staff': ("Amazon's UK workforce", [], "agree: about 75,000"),
})
