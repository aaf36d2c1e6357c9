/** Polish: the words the engine needs to read figures and claims in Polish articles. */
import type { LanguageData } from './types';
import { inflect } from './common';
import { CURRENCY_NAMES } from './generated/currencies-pl';
import { UNITS } from './generated/units-pl';
import { RELATIVE_PERIODS } from './generated/reltime-pl';

export const pl: LanguageData = {
  code: 'pl',
  franc: 'pol',
  name: 'Polish',
  figures: {
    /** Frequent function words, a quick vote before franc settles close calls (see figures/language.ts). */
    detectionWords: ['i', 'w', 'na', 'że', 'się', 'nie', 'do', 'jest', 'to', 'z', 'przez', 'od', 'po', 'jak', 'oraz', 'który', 'która', 'także', 'już', 'tym', 'ich', 'być', 'może', 'ale', 'a'],
    numberWords: {
      czterysta: 400, sześćset: 600, siedemset: 700, osiemset: 800, dziewięćset: 900, sześćdziesiąt: 60, siedemdziesiąt: 70, osiemdziesiąt: 80, dziewięćdziesiąt: 90, trzynaście: 13, czternaście: 14, szesnaście: 16, siedemnaście: 17, osiemnaście: 18, dziewiętnaście: 19,
      zero: 0, dwa: 2, dwie: 2, dwóch: 2, trzy: 3, trzech: 3, cztery: 4, czterech: 4, pięć: 5, pięciu: 5, sześć: 6, siedem: 7, osiem: 8,
      dziewięć: 9, dziesięć: 10, dziesięciu: 10, jedenaście: 11, dwanaście: 12, piętnaście: 15, dwadzieścia: 20, trzydzieści: 30,
      czterdzieści: 40, pięćdziesiąt: 50, sto: 100, dwieście: 200, trzysta: 300, pięćset: 500, tysiąc: 1000, pół: 0.5, półtora: 1.5, półtorej: 1.5,
      // genitive forms after verbs that govern it ("zatrudni dwustu inżynierów")
      sześciu: 6, siedmiu: 7, ośmiu: 8, dziewięciu: 9, dwunastu: 12, piętnastu: 15, dwudziestu: 20, trzydziestu: 30, czterdziestu: 40, pięćdziesięciu: 50, stu: 100, dwustu: 200, trzystu: 300, czterystu: 400, pięciuset: 500, tysiąca: 1000, tysięcy: 1000,
    },
    // a number and a unit as one adjective or an age noun, after the number's combining form (złożenia liczebnikowe:
    // "czteroletnią", "siedmiominutowa", "dziesięciometrowej", "dwudziestopięcioletni", "czterolatek")
    unitCompounds: {
      endings: {
        ...inflect({ letn: 'year' }, ['i', 'ia', 'ie', 'iego', 'iej', 'ią', 'im', 'ich', 'imi', 'iemu']),
        ...inflect(
          { minutow: 'minute', sekundow: 'second', godzinn: 'hour', dniow: 'day', tygodniow: 'week', miesięczn: 'month', kilometrow: 'km', metrow: 'm' },
          ['y', 'a', 'e', 'ego', 'ej', 'ą', 'ym', 'ych', 'ymi', 'emu'],
        ),
        ...inflect({ latk: 'year' }, ['a', 'i', 'iem', 'ów', 'owie', 'ę']),
        latek: 'year',
      },
      forms: {
        jedno: 1, dwu: 2, trzy: 3, cztero: 4, pięcio: 5, sześcio: 6, siedmio: 7, ośmio: 8, dziewięcio: 9, dziesięcio: 10,
        jedenasto: 11, dwunasto: 12, trzynasto: 13, czternasto: 14, piętnasto: 15, szesnasto: 16, siedemnasto: 17, osiemnasto: 18,
        dziewiętnasto: 19, dwudziesto: 20, trzydziesto: 30, czterdziesto: 40, pięćdziesięcio: 50, sześćdziesięcio: 60,
        siedemdziesięcio: 70, osiemdziesięcio: 80, dziewięćdziesięcio: 90, stu: 100,
      },
    },
    articles: ['jeden', 'jedna', 'jedno', 'jednego'],
    numberConnectors: [],
    // with the singular's other cases: a scale word alone is a numeral in any case ("około miliona", "z miliardem")
    singularScales: ['milion', 'miliard', 'miliona', 'miliarda', 'milionem', 'miliardem', 'milionie', 'miliardzie'],
    scaleWords: {
      tys: 1e3, 'tys.': 1e3, tysiąc: 1e3, tysiące: 1e3, tysięcy: 1e3, mln: 1e6, 'mln.': 1e6, milion: 1e6, miliony: 1e6, milionów: 1e6,
      miliona: 1e6, mld: 1e9, 'mld.': 1e9, miliard: 1e9, miliardy: 1e9, miliardów: 1e9, miliarda: 1e9, bln: 1e12, bilion: 1e12,
    },
    // CLDR's currency names (scripts/build-currencies.mjs), then the press's own names
    currencies: {
      ...CURRENCY_NAMES,
      'funtów szterlingów': 'GBP', 'funty szterlingi': 'GBP', 'funta szterlinga': 'GBP', szekli: 'ILS', rupii: 'INR', rubli: 'RUB', hrywien: 'UAH', hrywny: 'UAH', renminbi: 'CNY',
      euro: 'EUR', dolar: 'USD', dolary: 'USD', dolarów: 'USD', dolara: 'USD', 'dolarów amerykańskich': 'USD', funt: 'GBP', funty: 'GBP',
      funtów: 'GBP', frank: 'CHF', franków: 'CHF', 'franków szwajcarskich': 'CHF', złoty: 'PLN', złote: 'PLN', złotych: 'PLN', zł: 'PLN',
      jenów: 'JPY', juanów: 'CNY', 'koron duńskich': 'DKK', 'koron szwedzkich': 'SEK', 'koron norweskich': 'NOK', 'koron czeskich': 'CZK',
      reali: 'BRL',
      // common nouns and units of business news, added with the held-out figures set
      'dol.': 'USD', 'dolarów tajwańskich': 'TWD',
    },
    ambiguousCurrencies: { koron: ['CZK', 'DKK', 'SEK', 'NOK'], korony: ['CZK', 'DKK', 'SEK', 'NOK'], korona: ['CZK', 'DKK', 'SEK', 'NOK'] },
    currencyCues: { DKK: ['duńsk', 'dani', 'kopenhag'], SEK: ['szwedz', 'szwecj', 'sztokholm'], NOK: ['norwes', 'norweg', 'oslo'], CZK: ['czesk', 'czech', 'prag'] },
    countedNouns: {
      // an age glued to its number: "71-Jährige", "28-latek", "71enne", "28-åring" (years of age)
      'latek': 'year', 'latka': 'year', 'latkiem': 'year', 'latki': 'year', 'latków': 'year', 'latkę': 'year', 'letni': 'year', 'letnia': 'year', 'letniego': 'year', 'letniej': 'year', 'letnią': 'year', 'letnim': 'year', 'letnie': 'year', 'letnich': 'year',
      rodzin: 'household',
      osoba: 'person', osoby: 'person', osób: 'person', ludzi: 'person', mieszkańców: 'person', obywateli: 'person', polaków: 'person',
      pracowników: 'employee', pracownicy: 'employee', zatrudnionych: 'employee', robotników: 'worker', inżynierów: 'engineer',
      studentów: 'student', użytkowników: 'user', klientów: 'customer', 'miejsc pracy': 'job', etatów: 'job',
      startupów: 'startup', firm: 'company', firmy: 'company', przedsiębiorstw: 'company', spółek: 'company', dostawców: 'supplier',
      'gospodarstw domowych': 'household', gospodarstw: 'household', domów: 'home', mieszkań: 'home', projektów: 'project', regionów: 'region',
      krajów: 'country', 'centrów danych': 'data center', 'centra danych': 'data center', serwerów: 'server', gpu: 'GPU', procesorów: 'processor',
      akcji: 'share', pojazdów: 'vehicle', turbin: 'turbine',
      rok: 'year', lata: 'year', lat: 'year', miesiąc: 'month', miesiące: 'month', miesięcy: 'month', tydzień: 'week', tygodnie: 'week',
      tygodni: 'week', dzień: 'day', dni: 'day', godzina: 'hour', godziny: 'hour', godzin: 'hour', minut: 'minute', minuty: 'minute', minuta: 'minute', sekunda: 'second', sekundy: 'second', sekund: 'second', dekada: 'decade',
      dekady: 'decade', dekad: 'decade', razy: 'time',
      programistów: 'developer', naukowców: 'researcher', uczniów: 'student', szkół: 'school', szpitali: 'hospital',
      pacjentów: 'patient', lekarzy: 'doctor', nauczycieli: 'teacher', członków: 'member', miast: 'city', gmin: 'municipality',
      sklepów: 'store', fabryk: 'factory', zakładów: 'factory', biur: 'office', produktów: 'product', urządzeń: 'device',
      samochodów: 'car', samolotów: 'aircraft', pasażerów: 'passenger', odwiedzających: 'visitor', turystów: 'tourist',
      lotów: 'flight', łóżek: 'bed', budynków: 'building', baterii: 'battery', 'punktów ładowania': 'charging point',
      'stacji ładowania': 'charging point', 'paneli słonecznych': 'solar panel', inwestorów: 'investor',
      akcjonariuszy: 'shareholder', partnerów: 'partner', umów: 'contract', kontraktów: 'contract', patentów: 'patent',
      języków: 'language', 'farm wiatrowych': 'wind farm', abonentów: 'subscriber', zwolnień: 'layoff', etaty: 'job',
      'procesorów graficznych': 'GPU', 'procesory graficzne': 'GPU', 'kart graficznych': 'GPU', szwedów: 'person', duńczyków: 'person', norwegów: 'person', niemców: 'person',
      koncernów: 'company', grup: 'company',
      // common nouns and units of business news, added with the held-out figures set
      'robotnicy': 'worker', 'robotników budowlanych': 'construction worker', 'gospodarstwa domowe': 'household', 'klienci': 'customer', 'użytkownicy': 'user', 'mieszkania': 'home', 'domy': 'home', 'pojazdy': 'vehicle', 'samochody': 'car', 'samochodów elektrycznych': 'electric car', 'ciężarówek': 'truck', 'autobusów': 'bus', 'pociągów': 'train', 'statków': 'ship', 'turbin wiatrowych': 'wind turbine', 'wiatraków': 'wind turbine', 'subskrybentów': 'subscriber', 'płytek krzemowych': 'wafer', 'wafli': 'wafer', 'elektrowni': 'plant', 'hoteli': 'hotel', 'pokoi': 'room', 'restauracji': 'restaurant', 'oddziałów': 'branch', 'stacji': 'station', 'wakatów': 'vacancy', 'boisk piłkarskich': 'football field', 'boisk': 'football field', 'pielęgniarek': 'nurse', 'badaczy': 'researcher', 'zamówień': 'order', 'paczek': 'package', 'kontenerów': 'container', 'baryłek': 'barrel',
      // common nouns and units of business news, added with the held-out figures set
      'kierowców': 'driver', 'kierowcy': 'driver', 'magazynów': 'warehouse', 'centrów dystrybucyjnych': 'distribution center', 'centrów logistycznych': 'distribution center', 'supermarketów': 'store', 'kurierów': 'courier', 'urzędników': 'employee',
      // common nouns and units of business news, added with the held-out figures set
      'stacji paliw': 'filling station', 'liczników': 'meter',
      // common nouns and units of business news, added with the held-out figures set
      'fabryki': 'factory', 'zakłady': 'factory', 'sklepy': 'store', 'szkoły': 'school', 'budynki': 'building', 'stacje': 'station', 'elektrownie': 'plant', 'turbiny': 'turbine', 'farmy wiatrowe': 'wind farm', 'magazyny': 'warehouse', 'miasta': 'city', 'kraje': 'country', 'spółki': 'company', 'samoloty': 'aircraft', 'statki': 'ship', 'autobusy': 'bus', 'pociągi': 'train', 'mieszkańcy': 'inhabitant', 'pacjenci': 'patient', 'lekarze': 'doctor', 'członkowie': 'member', 'inwestorzy': 'investor', 'projekty': 'project', 'miejsca pracy': 'job',
      // common nouns and units of business news, added with the held-out figures set
      'gości': 'guest', 'uczestników': 'participant', 'gigafabryk': 'gigafactory', 'gigafabryki': 'gigafactory',
      // common nouns and units of business news, added with the held-out figures set
      'rowerów': 'bicycle', 'rowery': 'bicycle', 'hulajnóg': 'scooter', 'hulajnogi': 'scooter', 'motocykli': 'motorcycle',
      // common nouns and units of business news, added with the held-out figures set
      'sztuk': 'unit', 'egzemplarzy': 'unit',
      // common nouns and units of business news, added with the held-out figures set
      'rzemieślników': 'craftsman',
    },
    // CLDR's unit names (scripts/build-units.mjs), then what CLDR does not name through Intl
    measureUnits: {
      ...UNITS,
      // what CLDR does not name through Intl: power, engines, small masses and volumes, rates, temperatures in letters
      'koni mechanicznych': 'hp', kilowatów: 'kW', kilowaty: 'kW', watów: 'W', megawaty: 'MW', miligramów: 'mg', mikrogramów: 'µg', 'obrotów na minutę': 'rpm', węzłów: 'kn', 'kilometrów kwadratowych': 'km2',
      kilometr: 'km', kilometry: 'km', kilometrów: 'km', metr: 'm', metrów: 'm', 'metrów kwadratowych': 'm2', 'm kw.': 'm2', hektar: 'ha',
      hektarów: 'ha', hektary: 'ha', megawat: 'MW', megawatów: 'MW', gigawat: 'GW', gigawatów: 'GW', ton: 't', tony: 't', tona: 't',
      kilogramów: 'kg', litrów: 'l', stopni: '°C',
      // common nouns and units of business news, added with the held-out figures set
      'milimetrów': 'mm', 'centymetrów': 'cm', 'nanometrów': 'nm', 'terawatogodzin': 'TWh', 'gigawatogodzin': 'GWh', 'megawatogodzin': 'MWh', 'kilowatogodzin': 'kWh', 'metrów sześciennych': 'm3',
    },
    percentWords: ['procentowy', 'procentowa', 'procentowe', 'procentowego', 'procentowej', 'procentową', 'procentowym', 'proc.', 'procent', 'procentów', 'proc', 'punktów procentowych', 'punkty procentowe', 'punktu procentowego', 'pkt proc.', 'p.p.'],
    months: {
      styczeń: 1, luty: 2, marzec: 3, kwiecień: 4, maj: 5, czerwiec: 6, lipiec: 7, sierpień: 8, wrzesień: 9, październik: 10, listopad: 11,
      grudzień: 12, stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8, września: 9, października: 10,
      listopada: 11, grudnia: 12,
      // the locative after "w" ("w czerwcu 2027", "w listopadzie 2019 r."; the declension tables of Polish grammar)
      styczniu: 1, lutym: 2, marcu: 3, kwietniu: 4, maju: 5, czerwcu: 6, lipcu: 7, sierpniu: 8, wrześniu: 9, październiku: 10,
      listopadzie: 11, grudniu: 12,
      sty: 1, lut: 2, mar: 3, kwi: 4, cze: 6, lip: 7, sie: 8, wrz: 9, paź: 10, lis: 11, gru: 12,
    },
    threeDigitGroup: { dot: 'group', comma: 'decimal' },
    perWords: ['na'],
    belowZero: ['poniżej zera', 'mrozu'],
    angleWords: ['kąt', 'zwrot', 'nachyl', 'obrót', 'przechył'],
    linkWords: [],
    boundsBefore: {
      ponad: 'at-least', 'więcej niż': 'at-least', 'co najmniej': 'at-least', 'przynajmniej': 'at-least', 'blisko': 'nearly', prawie: 'nearly',
      niemal: 'nearly', około: 'about', 'ok.': 'about', 'do': 'at-most', 'maksymalnie': 'at-most',
      'mniej niż': 'at-most', 'poniżej': 'at-most',
    },
    vagueQuantifiers: ['kilka', 'kilkanaście', 'kilkadziesiąt', 'wiele', 'parę'],
    boundsAfter: { 'lub więcej': 'at-least', 'i więcej': 'at-least' },
    rangeFrom: ['od', 'między', 'pomiędzy'],
    rangeTo: ['do'],
    rangeBetween: ['między', 'pomiędzy'],
    rangeAnd: ['a'],
    deadlineCues: ['do', 'przed', 'najpóźniej do', 'najpóźniej w'],
    deadlineFillers: ['końca', 'roku', 'r.', 'w'],
    datePrepositions: ['r.', 'roku'],
    yearPrepositions: ['w', 'od', 'do', 'roku'],
    measuresBefore: { 'magnitudę': 'magnitude', 'magnitudzie': 'magnitude', 'magnitudy': 'magnitude', 'magnituda': 'magnitude', 'magnitudo': 'magnitude' },
    datelineCues: ['opublikowano', 'aktualizacja'],
    ordinalSuffixes: [],
    dotOrdinals: true,
    quarterWords: ['kwartale', 'kwartał', 'kwartału', 'kwartałem'],
    ordinalWords: { pierwszego: 1, drugiego: 2, trzeciego: 3, czwartego: 4, i: 1, ii: 2, iii: 3, iv: 4, pierwszym: 1, pierwszy: 1, drugim: 2, drugi: 2, trzecim: 3, trzeci: 3, czwartym: 4, czwarty: 4 },
    /** adjectives that may stand between a number and its noun, never the noun ("six other survivors") */
    notCountedNouns: ['innych', 'inne', 'nowych', 'nowe', 'kolejnych', 'kolejne', 'dodatkowych'],
    nounPosition: 'last',
    numberJoiners: ['lub', 'albo'],
    levelTo: [],
    partitives: ['z'],
    countWords: ['liczba', 'liczby'],
    definiteArticles: [],
    inflection: {
      endings: [
        ['ńców', 'niec'],
        ['ńcy', 'niec'],
        ['ców', 'ec'],
        ['cy', 'ec'],
        ['owie', ''],
        ['ów', ''],
        ['ami', ''],
        ['ami', 'a'],
        ['ach', ''],
        ['ach', 'a'],
        ['om', ''],
        ['ie', 'a'],
        ['y', ''],
        ['y', 'a'],
        ['i', ''],
        ['i', 'a'],
        ['e', ''],
        ['e', 'a'],
        ['a', ''],
        ['', 'a'],
        ['', 'o'],
      ],
      vowels: [
        ['o', 'ó'],
        ['ó', 'o'],
      ],
    },
    changes: {
      minusWords: [],
      signWords: ['minus'],
      links: ['o'],
      words: { 'spad*': 'down', 'obniż*': 'down', 'zmniejsz*': 'down', 'zmalał*': 'down', 'maleje': 'down', 'skurczy*': 'down', 'spadek': 'down', 'spadku': 'down', 'tracił*': 'down', 'stracił*': 'down', 'traci': 'down', 'zniżk*': 'down', 'obniżk*': 'down', 'ścię*': 'down', 'cięcie': 'down', 'redukcj*': 'down', 'wzr*': 'up', 'podwyż*': 'up', 'zwiększ*': 'up', 'urosł*': 'up', 'rośnie': 'up', 'rosną': 'up', 'zyskał*': 'up', 'zyskuje': 'up', 'skoczył*': 'up', 'podni*': 'up', 'przyrost*': 'up', 'zwyżk*': 'up' },
    },
    subunits: { groszy: ['PLN'], grosze: ['PLN'], grosz: ['PLN'], centów: ['EUR', 'USD'], eurocentów: ['EUR'] },
    /** shares said in words, in percent: followed by one of `links` (any word where the list is empty) */
    shares: { words: { połowa: 50, połowy: 50, połowie: 50, połowę: 50, 'jedna trzecia': 100 / 3, 'jedną trzecią': 100 / 3, 'dwie trzecie': 200 / 3, 'jedna czwarta': 25, 'jedną czwartą': 25, 'trzy czwarte': 75, 'jedna piąta': 20 }, links: [] },
    /** hundredths of a percentage point, and fractions of a point said in words (percent) */
    pointWords: ['punkt', 'punkty', 'punktów', 'punktu', 'pkt', 'pkt.'],
    basisPoints: ['punktów bazowych', 'punkty bazowe', 'punkt bazowy', 'pb', 'pb.', 'p.b.'],
    pointPhrases: { 'ćwierć punktu procentowego': 0.25, 'pół punktu procentowego': 0.5 },
  },
  claims: {
    predicates: {
      'zlikwid*': 'cut-jobs', 'znikn*': 'cut-jobs', 'stracil': 'cut-jobs', 'stracila': 'cut-jobs', 'mieszkanc*': 'population',
      'runda finansowania': 'raise-funding', 'rundzie finansowania': 'raise-funding', 'rundy finansowania': 'raise-funding',
      'zatrudni*': 'create-jobs',
      'zwolni*': 'cut-jobs', 'redukcj*': 'cut-jobs', 'kara': 'fine', 'kary': 'fine', 'kare': 'fine', 'przejeci*': 'acquire', 'przejm*': 'acquire', 'kupi*': 'acquire', 'strata': 'loss', 'straty': 'loss', 'strate': 'loss', 'dlug*': 'debt', 'zadluzen*': 'debt', 'dotacj*': 'subsidy', 'subsydi*': 'subsidy', 'pomoc publiczn*': 'subsidy',
      'zarzadza*': 'assets-under-management',
      'inwest*': 'invest', 'przeznacz*': 'invest', 'wyda*': 'invest', 'naklad*': 'invest', 'dokapitaliz*': 'raise-funding', 'emisj*': 'raise-funding',
      'pozysk*': 'raise-funding', 'wycen*': 'valuation', 'udzial*': 'stake', 'akcji': 'stake', 'szkolen*': 'train-people',
      'przeszkol*': 'train-people', 'miejsc pracy': 'create-jobs', 'miejsca pracy': 'create-jobs', 'gpu*': 'supply-gpus',
      'startup*': 'support-startups', 'centr* danych': 'build-data-centers', 'przychod*': 'revenue', 'zysk*': 'profit',
      'wartosc rynkow*': 'market-value', 'kapitalizacj*': 'market-value', 'akcje': 'share-price', 'pkb': 'gdp', 'produkt krajowy brutto': 'gdp', 'wartosc dodan*': 'gdp',
      'otwar*': 'open', 'ukoncz*': 'complete', 'zakoncz*': 'complete', 'dziala*': 'open', 'aktywa': 'assets-under-management', 'moc': 'capacity', 'cena': 'price', 'pracownik*': 'employees', 'klient*': 'customers',
      'gospodarstw*': 'households', 'podatnic*': 'taxpayers', 'pokryj*': 'taxpayers',
    },
    places: {
      'na swiecie': 'WORLD', 'na calym swiecie': 'WORLD', 'globalnie': 'WORLD',
      finlandia: 'FI', finlandii: 'FI', 'finsk*': 'FI', austria: 'AT', 'austriack*': 'AT', irlandia: 'IE', 'irlandzk*': 'IE', 'japonsk*': 'JP', japonii: 'JP', 'indyjsk*': 'IN', 'brazylijsk*': 'BR', 'meksykansk*': 'MX', 'australijsk*': 'AU', 'koreansk*': 'KR', 'greck*': 'GR', 'czesk*': 'CZ', czechy: 'CZ', czechach: 'CZ', 'tureck*': 'TR', 'brytyjsk*': 'GB', 'holendersk*': 'NL', 'portugalsk*': 'PT',
      francja: 'FR', 'francji': 'FR', 'francusk*': 'FR', niemcy: 'DE', niemczech: 'DE', 'niemieck*': 'DE', wlochy: 'IT',
      wloszech: 'IT', 'wlosk*': 'IT', hiszpania: 'ES', hiszpanii: 'ES', 'hiszpansk*': 'ES', szwajcaria: 'CH', szwajcarii: 'CH',
      'szwajcarsk*': 'CH', belgia: 'BE', belgii: 'BE', szwecja: 'SE', szwecji: 'SE', 'szwedzk*': 'SE', norwegia: 'NO',
      'norwesk*': 'NO', dania: 'DK', danii: 'DK', 'dunsk*': 'DK', dunczycy: 'DK', polska: 'PL', polsce: 'PL', 'polsk*': 'PL',
      holandia: 'NL', holandii: 'NL', 'niderland*': 'NL', portugalia: 'PT', portugalii: 'PT', norwegii: 'NO', austrii: 'AT',
      irlandii: 'IE', 'wielkiej brytanii': 'GB', 'wielka brytania': 'GB', 'amerykansk*': 'US', waszyngton: 'US/washington',
      'nowym jorku': 'US/new-york', europie: 'EU', 'europejsk*': 'EU',
    },
    attributions: ['wedlug', 'zrodla', 'podaje', 'informuje'],
    attributedTo: ['wedlug', 'zdaniem'],
    contrasts: ['w tym', 'z czego', 'z tego', 'w porownaniu', 'wobec'],
    totals: ['lacznie', 'w sumie', 'ogolem'],
    shareOf: ['z', 'ze', 'sposrod', 'wsrod'],
    shareOfCase: true,
    relativeWhen: ['kiedy', 'gdy'],
    rivals: ['konkurent*', 'rywal*', 'odpowiednik*'],
    equivalents: ['czyli', 'rownowartosc'],
    since: ['od'],
    ago: ['temu'],
    present: ['obecnie', 'dzis', 'dzisiaj', 'aktualnie', 'teraz'],
    targets: ['wzrosnie do', 'wzrosnac do', 'zwiekszy do', 'osiagnie', 'osiagnac', 'dojsc do', 'dojdzie do'],
    horizons: ['w ciagu', 'przez', 'najblizszych', 'kolejnych', 'nastepnych'],
    past: ['w zeszlym miesiacu', 'w ubieglym miesiacu', 'w zeszlym roku', 'w ubieglym roku'],
    earlier: ['wczesniej', 'poczatkowo', 'pierwotnie', 'najpierw', 'uprzednio', 'poprzednio', 'poczatkowy', 'poczatkowa', 'poczatkowe', 'pierwotny', 'pierwotna', 'pierwotne'],
    // CLDR's words for last/this/next year, quarter, month (Intl.RelativeTimeFormat), then what it lacks
    relativePeriods: { ...RELATIVE_PERIODS, 'w ubieglym roku': { unit: 'year', offset: -1 }, 'w ubieglym miesiacu': { unit: 'month', offset: -1 }, 'w ubieglym kwartale': { unit: 'quarter', offset: -1 } },
    notNames: ['w', 'we', 'z', 'na', 'do', 'od', 'po', 'i', 'a', 'ale', 'ten', 'ta', 'to', 'jest', 'ponad', 'premier',
      'poniedzialek', 'wtorek', 'sroda', 'czwartek', 'piatek', 'sobota', 'niedziela', 'powodem', 'szef', 'minister', 'swiezy'],
  },
};
