# Fourth cluster, written after the second round of fixes, to measure them on unseen text ('~' = U+00A0).
T = {}
T['powerco-sagunto-2023/01-es-levante.txt'] = """Volkswagen pone la primera piedra de su gigafactoría de baterías en Sagunto
Valencia, 24 de marzo de 2023

El grupo Volkswagen colocó este viernes la primera piedra de la fábrica de celdas de baterías de su filial PowerCo en Sagunto, una inversión de unos 3.000 millones de euros que generará 3.000 empleos directos y hasta 30.000 indirectos. La planta, que ocupará unas 200 hectáreas, tendrá una capacidad de 40 gigavatios hora al año, suficiente para equipar a unos 500.000 vehículos eléctricos, y empezará a producir en 2026. El rey Felipe VI y el presidente del Gobierno asistieron al acto junto a más de 600 invitados. Volkswagen y sus socios movilizarán en total unos 10.000 millones en España, donde el grupo fabrica ya en Martorell y Landaben más de medio millón de coches al año. Seat tiene actualmente 15.000 trabajadores. Las acciones de Volkswagen cedieron un 0,6 % en Fráncfort, hasta 124,50 euros.
"""
T['powerco-sagunto-2023/02-pt-eco.txt'] = """Volkswagen arranca construção de fábrica de baterias de 3 mil milhões em Espanha
Lisboa, 24 de março de 2023

A PowerCo, a empresa de baterias do grupo Volkswagen, lançou esta sexta-feira a primeira pedra da gigafábrica de Sagunto, perto de Valência. O investimento ronda os 3 mil milhões de euros e a unidade deverá empregar 3 mil pessoas a partir de 2026. A capacidade anual será de 40 GWh, o equivalente a baterias para meio milhão de carros elétricos. Em Portugal, a Autoeuropa, em Palmela, produziu 231 mil veículos em 2022 e emprega cerca de 5 mil trabalhadores. A fábrica espanhola é a segunda da PowerCo, depois da de Salzgitter, na Alemanha, que arranca em 2025. O grupo quer ter seis gigafábricas na Europa até 2030, com uma capacidade total de 240 GWh.
"""
T['powerco-sagunto-2023/03-it-motori.txt'] = """Volkswagen, al via la gigafactory di Sagunto: 3 miliardi e 3mila posti di lavoro
Torino, 24 marzo 2023

Volkswagen ha posato venerdì la prima pietra della gigafactory di PowerCo a Sagunto, in Spagna: un investimento da circa 3 miliardi di euro per uno stabilimento da 40 GWh l'anno che darà lavoro a 3.000 persone dal 2026. Sarà la seconda fabbrica di celle del gruppo dopo Salzgitter, mentre una terza sorgerà a St. Thomas, in Canada. Entro il 2030 il gruppo punta a sei impianti in Europa per complessivi 240 GWh. In Italia Stellantis ha invece congelato il progetto di Termoli, dove Acc prevedeva un investimento di oltre 2 miliardi e circa 2.000 addetti. Il titolo Volkswagen ha perso lo 0,6% a 124,5 euro.
"""
T['powerco-sagunto-2023/04-nl-autoweek.txt'] = """Volkswagen legt eerste steen voor batterijfabriek in Spanje
Amsterdam, 25 maart 2023

Volkswagen heeft vrijdag in het Spaanse Sagunto de eerste steen gelegd voor een batterijfabriek van dochterbedrijf PowerCo. Met de bouw is zo'n 3 miljard euro gemoeid. Vanaf 2026 moeten er 3000 mensen werken en rollen er jaarlijks cellen voor een half miljoen elektrische auto's van de band, goed voor 40 gigawattuur. Het terrein is 200 hectare groot, ongeveer 400 voetbalvelden. In Nederland werden vorig jaar 73.000 volledig elektrische personenauto's verkocht, bijna een kwart van alle nieuwe auto's. PowerCo wil tegen 2030 zes fabrieken in Europa hebben met samen 240 gigawattuur aan capaciteit en zo'n 20.000 medewerkers.
"""
for p, t in T.items():
    open(p, 'w', encoding='utf-8').write(t.replace('~', '\u00a0'))
