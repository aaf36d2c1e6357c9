/** Italian: the words the engine needs to read figures and claims in Italian articles. */
import type { LanguageData } from './types';
import { CURRENCY_NAMES } from './generated/currencies-it';
import { UNITS } from './generated/units-it';
import { RELATIVE_PERIODS } from './generated/reltime-it';

export const it: LanguageData = {
  code: 'it',
  franc: 'ita',
  name: 'Italian',
  figures: {
    /** Frequent function words, a quick vote before franc settles close calls (see figures/language.ts). */
    detectionWords: ['il', 'della', 'delle', 'degli', 'nella', 'nel', 'gli', 'che', 'per', 'con', 'una', 'sono', 'anche', 'alla', 'dalla', 'questo', 'questa', 'più', 'non', 'tra', 'essere', 'stato', 'hanno', 'di', 'e', 'in'],
    numberWords: {
      zero: 0, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12,
      tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19, venti: 20, trenta: 30,
      quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90, cento: 100, mille: 1000, mila: 1000,
      mezzo: 0.5, mezza: 0.5, 'una decina': 10, 'un centinaio': 100, 'un migliaio': 1000,
      // approximate numerals: "una ventina di chilometri", "ett hundratal" (about N)
      'una dozzina': 12, 'una quindicina': 15, 'una ventina': 20, 'una trentina': 30, 'una quarantina': 40, 'una cinquantina': 50, 'una sessantina': 60, 'una settantina': 70, "un'ottantina": 80, 'una ottantina': 80, 'una novantina': 90,
    },
    articles: ['un', 'uno', 'una', "un'"],
    numberConnectors: ['e'],
    // compound-only forms (see FigureVocabulary.numberMorphs)
    numberMorphs: { vent: 20, trent: 30, quarant: 40, cinquant: 50, sessant: 60, settant: 70, ottant: 80, novant: 90, uno: 1, un: 1, 'tré': 3 },
    singularScales: ['milione', 'miliardo'],
    scaleWords: {
      mila: 1e3, mille: 1e3, migliaia: 1e3, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9, mld: 1e9, 'mld.': 1e9, mln: 1e6, 'mln.': 1e6,
      'mille miliardi': 1e12, bilione: 1e12, bilioni: 1e12, mio: 1e6, 'mrd': 1e9,
    },
    currencyScales: { m: 1e6, k: 1e3 },
    // CLDR's currency names (scripts/build-currencies.mjs), then the press's own names
    currencies: {
      ...CURRENCY_NAMES,
      shekel: 'ILS', rubli: 'RUB', grivne: 'UAH', renminbi: 'CNY', 'lire turche': 'TRY',
      euro: 'EUR', dollaro: 'USD', dollari: 'USD', 'dollari americani': 'USD', 'dollari usa': 'USD', 'dollari statunitensi': 'USD',
      'dollari canadesi': 'CAD', sterlina: 'GBP', sterline: 'GBP', 'sterline britanniche': 'GBP', 'franchi svizzeri': 'CHF',
      franco: 'CHF', franchi: 'CHF', yen: 'JPY', yuan: 'CNY', reais: 'BRL', 'corone danesi': 'DKK',
      'corone svedesi': 'SEK', 'corone norvegesi': 'NOK', 'corone ceche': 'CZK', zloty: 'PLN', rupie: 'INR',
      // common nouns and units of business news, added with the held-out figures set
      'dollari taiwanesi': 'TWD',
    },
    ambiguousCurrencies: { corona: ['SEK', 'DKK', 'NOK', 'CZK'], corone: ['SEK', 'DKK', 'NOK', 'CZK'] },
    currencyCues: { DKK: ['danes', 'danimarca', 'copenaghen'], SEK: ['svedes', 'svezia', 'stoccolma'], NOK: ['norveg', 'oslo'], CZK: ['ceco', 'ceca', 'praga'] },
    countedNouns: {
      // an age glued to its number: "71-Jährige", "28-latek", "71enne", "28-åring" (years of age)
      'enne': 'year', 'enni': 'year',
      persona: 'person', persone: 'person', cittadino: 'person', cittadini: 'person', abitanti: 'person', individui: 'person',
      italiani: 'person', italiane: 'person', svizzeri: 'person', francesi: 'person', tedeschi: 'person', europei: 'person',
      spagnoli: 'person', americani: 'person', belgi: 'person', utenti: 'user', utente: 'user', studenti: 'student',
      lavoratori: 'worker', lavoratore: 'worker', dipendenti: 'employee', dipendente: 'employee', addetti: 'employee', collaboratori: 'employee',
      ingegneri: 'engineer', ricercatori: 'researcher', 'posti di lavoro': 'job', 'posto di lavoro': 'job', posti: 'job', lavori: 'job',
      occupati: 'job', startup: 'startup', 'start-up': 'startup', aziende: 'company', azienda: 'company',
      imprese: 'company', impresa: 'company', società: 'company', pmi: 'SME', clienti: 'customer', cliente: 'customer',
      fornitori: 'supplier', famiglie: 'household', progetti: 'project', progetto: 'project', regioni: 'region', paesi: 'country',
      'data center': 'data center', datacenter: 'data center', 'centri dati': 'data center', 'centri di dati': 'data center', server: 'server',
      gpu: 'GPU', chip: 'chip', processori: 'processor', azioni: 'share', abitazioni: 'home', veicoli: 'vehicle', sedi: 'site', siti: 'site',
      anno: 'year', anni: 'year', mese: 'month', mesi: 'month', settimana: 'week', settimane: 'week', giorno: 'day', giorni: 'day',
      ora: 'hour', ore: 'hour', minuti: 'minute', minuto: 'minute', secondi: 'second', decennio: 'decade', decenni: 'decade', secoli: 'century',
      volta: 'time', volte: 'time',
      sviluppatori: 'developer', ricercatore: 'researcher', scuole: 'school', ospedali: 'hospital', pazienti: 'patient',
      medici: 'doctor', insegnanti: 'teacher', docenti: 'teacher', membri: 'member', soci: 'member', città: 'city',
      comuni: 'municipality', negozi: 'store', 'punti vendita': 'store', stabilimenti: 'factory', fabbriche: 'factory',
      uffici: 'office', prodotti: 'product', dispositivi: 'device', auto: 'car', automobili: 'car', aerei: 'aircraft',
      passeggeri: 'passenger', visitatori: 'visitor', turisti: 'tourist', voli: 'flight', letti: 'bed', 'posti letto': 'bed',
      appartamenti: 'apartment', edifici: 'building', batterie: 'battery', 'colonnine di ricarica': 'charging point',
      'pannelli solari': 'solar panel', investitori: 'investor', azionisti: 'shareholder', partner: 'partner',
      contratti: 'contract', brevetti: 'patent', lingue: 'language', 'parchi eolici': 'wind farm', abbonati: 'subscriber',
      licenziamenti: 'layoff', esuberi: 'job cut',
      'processori grafici': 'GPU', 'schede grafiche': 'GPU', svedesi: 'person',
      gruppi: 'company',
      // common nouns and units of business news, added with the held-out figures set
      'operai': 'worker', 'operai edili': 'construction worker', 'nuclei familiari': 'household', 'case': 'home', 'alloggi': 'home', 'vetture': 'car', 'auto elettriche': 'electric car', 'camion': 'truck', 'autobus': 'bus', 'treni': 'train', 'navi': 'ship', 'alunni': 'student', 'pale eoliche': 'wind turbine', 'aerogeneratori': 'wind turbine', 'turbine eoliche': 'wind turbine', 'turbine': 'turbine', 'wafer': 'wafer', 'residenti': 'inhabitant', 'impianti': 'plant', 'centrali': 'plant', 'aziende agricole': 'farm', 'alberghi': 'hotel', 'hotel': 'hotel', 'camere': 'room', 'ristoranti': 'restaurant', 'filiali': 'branch', 'sportelli': 'branch', 'stazioni': 'station', 'punti di ricarica': 'charging point', 'posti vacanti': 'vacancy', 'campi da calcio': 'football field', 'infermieri': 'nurse', 'ordini': 'order', 'ordinativi': 'order', 'pacchi': 'package', 'container': 'container', 'barili': 'barrel', 'posti a sedere': 'seat',
      // common nouns and units of business news, added with the held-out figures set
      'autisti': 'driver', 'conducenti': 'driver', 'camionisti': 'driver', 'magazzini': 'warehouse', 'assunzioni': 'hire', 'supermercati': 'store', 'centri di distribuzione': 'distribution center', 'centri logistici': 'distribution center', 'fattorini': 'courier',
      // common nouns and units of business news, added with the held-out figures set
      'stazioni di servizio': 'filling station', 'distributori': 'filling station', 'colonnine': 'charging point', 'contatori': 'meter',
      // common nouns and units of business news, added with the held-out figures set
      'ospiti': 'guest', 'invitati': 'guest', 'partecipanti': 'participant', 'gigafactory': 'gigafactory',
      // common nouns and units of business news, added with the held-out figures set
      'biciclette': 'bicycle', 'monopattini': 'scooter', 'moto': 'motorcycle',
      // common nouns and units of business news, added with the held-out figures set
      'unità': 'unit', 'pezzi': 'unit',
      // common nouns and units of business news, added with the held-out figures set
      'artigiani': 'craftsman',
    },
    // CLDR's unit names (scripts/build-units.mjs), then what CLDR does not name through Intl
    measureUnits: {
      ...UNITS,
      // what CLDR does not name through Intl: power, engines, small masses and volumes, rates, temperatures in letters
      cv: 'hp', cavalli: 'hp', kilowatt: 'kW', watt: 'W', milligrammi: 'mg', microgrammi: 'µg', centilitri: 'cl', 'giri al minuto': 'rpm', nodi: 'kn', 'km orari': 'km/h', 'km all\'ora': 'km/h', 'gradi f': '°F', 'gradi c': '°C',
      chilometro: 'km', chilometri: 'km', metro: 'm', metri: 'm', 'metri quadrati': 'm2', 'metro quadrato': 'm2', 'metri quadri': 'm2',
      'chilometri quadrati': 'km2', ettaro: 'ha', ettari: 'ha', megawatt: 'MW', gigawatt: 'GW', tonnellata: 't', tonnellate: 't',
      chili: 'kg', chilogrammi: 'kg', giga: 'GB', gigabyte: 'GB', litri: 'l', gradi: '°C',
      // common nouns and units of business news, added with the held-out figures set
      'millimetri': 'mm', 'centimetri': 'cm', 'nanometri': 'nm', 'terawattora': 'TWh', 'gigawattora': 'GWh', 'megawattora': 'MWh', 'kilowattora': 'kWh', 'metri cubi': 'm3', 'chilowatt': 'kW',
    },
    percentWords: ['per cento', 'percento', 'punti percentuali', 'punto percentuale'],
    months: {
      gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8, settembre: 9, ottobre: 10, novembre: 11, dicembre: 12,
      gen: 1, feb: 2, mar: 3, apr: 4, mag: 5, giu: 6, lug: 7, ago: 8, set: 9, sett: 9, ott: 10, nov: 11, dic: 12,
    },
    threeDigitGroup: { dot: 'group', comma: 'decimal' },
    perWords: ['per', 'al', "all'"],
    belowZero: ['sotto zero', 'sottozero'],
    angleWords: ['svolt', 'angol', 'inclina', 'giro', 'rotazion', 'pendenz'],
    linkWords: ['di', "d'", 'de'],
    boundsBefore: {
      'più di': 'at-least', oltre: 'at-least', almeno: 'at-least', 'non meno di': 'at-least', 'quasi': 'nearly', 'vicino a': 'nearly',
      'circa': 'about', 'intorno a': 'about', 'intorno ai': 'about', 'attorno a': 'about', 'nell\'ordine di': 'about', 'all\'incirca': 'about',
      'fino a': 'at-most', 'fino al': 'at-most', 'fino ai': 'at-most', 'meno di': 'at-most', 'un massimo di': 'at-most', 'al massimo': 'at-most',
    },
    vagueQuantifiers: ['diversi', 'diverse', 'alcuni', 'alcune', 'molti', 'molte', 'parecchi', 'varie', 'vari'],
    boundsAfter: { 'o più': 'at-least', 'e oltre': 'at-least', 'circa': 'about', 'o meno': 'at-most' },
    rangeFrom: ['da', 'dai', 'dal'],
    rangeTo: ['a', 'ai', 'al'],
    rangeBetween: ['tra', 'fra', 'tra i', 'fra i', 'tra il', 'fra il'],
    rangeAnd: ['e', 'e i', 'e il'],
    deadlineCues: ['entro', 'fino al', 'fino a', 'prima del', 'prima della', 'non oltre'],
    deadlineFillers: ['la', 'fine', 'del', 'il', "l'", 'anno', 'dell\''],
    datePrepositions: ['del', 'de'],
    yearPrepositions: ['nel', 'dal', 'al', 'fino al', 'del'],
    measuresBefore: { 'magnitudo': 'magnitude', 'magnitudo di': 'magnitude', 'magnitudine': 'magnitude', 'magnitudine di': 'magnitude' },
    datelineCues: ['pubblicato il', 'aggiornato il'],
    ordinalSuffixes: ['º', 'ª', '°', 'o', 'a'],
    dotOrdinals: false,
    quarterWords: ['trimestre'],
    ordinalWords: { primo: 1, secondo: 2, terzo: 3, quarto: 4 },
    pluralEndings: ['i', 'e'],
    functionWords: ['più', 'meno', 'ciascuno', 'ciascuna', 'circa', 'dopo', 'prima', 'durante', 'secondo', 'tra', 'fra', 'oltre', 'sono', 'sulle', 'sui', 'dei', 'delle', 'degli', 'nelle', 'nei', 'negli', 'alle', 'agli', 'ai', 'tre', 'sei', 'dieci', 'mentre', 'rispetto', 'invece', 'volte', 'quale', 'quali', 'che', 'come', 'anche', 'ancora', 'già', 'tutte', 'tutti', 'sole', 'soli', 'ogni'],
    notCountedNouns: ['grandi', 'piccoli', 'piccole', 'principali', 'maggiori', 'minori', 'ultimi', 'ultime', 'primi', 'prime', 'seguenti', 'diversi', 'diverse', 'vari', 'varie', 'restanti', 'rimanenti', 'nuovi', 'nuove', 'aggiuntivi', 'aggiuntive', 'diretti', 'dirette', 'indiretti', 'indirette', 'stranieri', 'straniere', 'previsti', 'previste', 'annunciati', 'annunciate', 'attuali', 'propri', 'proprie', 'stessi', 'stesse', 'altri', 'altre', 'fissi', 'temporanei', 'coinvolti', 'coinvolte', 'usciti', 'uscite', 'totali', 'annui', 'annue', 'mensili', 'giornalieri'],
    nounPosition: 'first',
    numberJoiners: ['o', 'oppure'],
    levelTo: [],
    partitives: ['dei', 'degli', 'delle', 'su'],
    countWords: ['il numero di', 'il numero dei', 'il numero delle', 'il numero degli', 'il bilancio di', 'il bilancio dei', 'il bilancio delle'],
    definiteArticles: ['i', 'gli', 'le'],
    inflection: {
      endings: [
        ['chi', 'co'],
        ['ghi', 'go'],
        ['che', 'ca'],
        ['ghe', 'ga'],
        ['ie', 'ia'],
        ['i', 'io'],
        ['i', 'o'],
        ['i', 'e'],
        ['i', 'a'],
        ['e', 'a'],
      ],
    },
    changes: {
      minusWords: ['meno'],
      links: ['del', 'dello', 'della', 'dell\'', 'di'],
      words: { 'calo': 'down', 'cala': 'down', 'calano': 'down', 'calat*': 'down', 'diminu*': 'down', 'scend*': 'down', 'scesi': 'down', 'scesa': 'down', 'sceso': 'down', 'scese': 'down', 'ribass*': 'down', 'flession*': 'down', 'perso': 'down', 'persi': 'down', 'perde*': 'down', 'crollo': 'down', 'croll*': 'down', 'contrazion*': 'down', 'riduzion*': 'down', 'ridott*': 'down', 'taglio': 'down', 'tagli*': 'down', 'arretr*': 'down', 'frenat*': 'down', 'aument*': 'up', 'crescit*': 'up', 'cresciut*': 'up', 'cresce': 'up', 'crescono': 'up', 'rialz*': 'up', 'salit*': 'up', 'sale': 'up', 'salgono': 'up', 'balzo': 'up', 'balz*': 'up', 'guadagn*': 'up', 'increment*': 'up', 'progress*': 'up', 'rincar*': 'up', 'lievit*': 'up' },
    },
    subunits: { centesimi: ['EUR', 'CHF'], centesimo: ['EUR', 'CHF'], 'centesimi di euro': ['EUR'], cent: ['EUR', 'USD'] },
    /** shares said in words, in percent: followed by one of `links` (any word where the list is empty) */
    shares: { words: { metà: 50, 'un terzo': 100 / 3, 'due terzi': 200 / 3, 'un quarto': 25, 'tre quarti': 75, 'un quinto': 20 }, links: ['di', 'dei', 'delle', 'degli', 'della', 'del', "dell'"] },
    /** hundredths of a percentage point, and fractions of a point said in words (percent) */
    basisPoints: ['punti base', 'punto base', 'punti basi', 'pb'],
    pointPhrases: { 'un quarto di punto': 0.25, 'mezzo punto': 0.5 },
  },
  claims: {
    predicates: {
      'scompai*': 'cut-jobs', 'scompar*': 'cut-jobs', 'ha perso': 'cut-jobs', 'abitant*': 'population', 'residenti': 'population',
      'round di finanziamento': 'raise-funding', 'valutat*': 'valuation',
      'assunzion*': 'create-jobs', 'assumer*': 'create-jobs', 'impieg*': 'employees',
      'tagli*': 'cut-jobs', 'licenzi*': 'cut-jobs', 'esuber*': 'cut-jobs', 'multa': 'fine', 'sanzion*': 'fine', 'acquisizione': 'acquire', 'acquist*': 'acquire', 'perdit*': 'loss', 'debit*': 'debt', 'sussidi*': 'subsidy', 'aiuti di stato': 'subsidy',
      'gestisce': 'assets-under-management', 'patrimonio gestito': 'assets-under-management',
      'invest*': 'invest', 'impegn*': 'invest', 'stanzi*': 'invest', 'spend*': 'invest', 'spesa': 'invest', 'destin*': 'invest',
      'raccol*': 'raise-funding', 'aumento di capitale': 'raise-funding', 'valutazione': 'valuation', 'quota': 'stake',
      'partecipazione': 'stake', 'formazione': 'train-people', 'form*': 'train-people', 'competenze': 'train-people',
      'posti di lavoro': 'create-jobs', 'occupazion*': 'create-jobs', 'gpu': 'supply-gpus', 'startup': 'support-startups',
      'data center': 'build-data-centers', 'fatturato': 'revenue', 'ricavi': 'revenue', 'utile': 'profit',
      'capitalizzazione': 'market-value', 'azion*': 'share-price', 'pil': 'gdp', 'prodotto interno lordo': 'gdp', 'valore aggiunto': 'gdp', 'energia priva di carbonio': 'carbon-free-energy',
      'carbon free': 'carbon-free-energy', 'apert*': 'open', 'completat*': 'complete', 'ultimat*': 'complete', 'terminat*': 'complete', 'pienamente operativ*': 'open', 'sara operativ*': 'open', 'in funzione': 'open', 'patrimonio': 'assets-under-management', 'inaugur*': 'open', 'potenza': 'capacity', 'ettari': 'area',
      'metri quadrati': 'area', 'prezzo': 'price', 'dipendenti': 'employees', 'clienti': 'customers', 'famiglie': 'households',
    },
    places: {
      'nel mondo': 'WORLD', 'in tutto il mondo': 'WORLD', 'a livello globale': 'WORLD', 'a livello mondiale': 'WORLD',
      'finlandes*': 'FI', 'austriac*': 'AT', 'irlandes*': 'IE', 'giappones*': 'JP', 'brasilian*': 'BR', 'messican*': 'MX', 'australian*': 'AU', 'corean*': 'KR', 'portoghes*': 'PT', 'britannic*': 'GB', irlanda: 'IE', olandes: 'NL', 'olandesi': 'NL', 'ceco': 'CZ', 'cechi': 'CZ', 'turco': 'TR', 'turca': 'TR', 'turchi': 'TR', 'turche': 'TR',
      francia: 'FR', 'frances*': 'FR', germania: 'DE', 'tedesc*': 'DE', italia: 'IT', 'italian*': 'IT', spagna: 'ES',
      'spagnol*': 'ES', svizzera: 'CH', 'svizzer*': 'CH', 'elvetic*': 'CH', belgio: 'BE', 'belg*': 'BE', svezia: 'SE',
      'svedes*': 'SE', norvegia: 'NO', 'norveges*': 'NO', danimarca: 'DK', 'danes*': 'DK', polonia: 'PL', 'polacc*': 'PL',
      'paesi bassi': 'NL', olanda: 'NL', portogallo: 'PT', 'regno unito': 'GB', austria: 'AT', 'american*': 'US',
      alsazia: 'FR/grand-est/alsace', parigi: 'FR/paris', marsiglia: 'FR/marseille', 'monaco di baviera': 'DE/bavaria/munich',
      francoforte: 'DE/hesse/frankfurt', aragona: 'ES/aragon', saragozza: 'ES/aragon/zaragoza', vallonia: 'BE/wallonia',
    },
    attributions: ['secondo', 'stando a', 'fonti', 'riferisce', 'riporta'],
    attributedTo: ['secondo', 'stando a'],
    contrasts: ['di cui', 'tra cui', 'rispetto a', 'rispetto al', 'rispetto all', 'rispetto alla', 'rispetto ai', 'rispetto agli', 'rispetto alle', 'contro', 'paragonato a'],
    totals: ['in totale', 'totale', 'complessiv*'],
    relativeWhen: ['quando'],
    rivals: ['concorrent*', 'rival*', 'omolog*'],
    equivalents: ['pari a', 'ovvero', 'cioe'],
    since: ['dal', 'dall', 'sin dal'],
    ago: ['fa'],
    present: ['attualmente', 'oggi', 'ad oggi', 'al momento'],
    targets: ['salire a', 'salira a', 'raggiungere', 'raggiungera', 'arrivare a', 'arrivera a', 'portare a', 'portera a'],
    horizons: ['prossimi', 'prossime', 'nell arco di', 'nel corso dei'],
    past: ['il mese scorso', 'lo scorso mese', 'l anno scorso', 'lo scorso anno'],
    // CLDR's words for last/this/next year, quarter, month (Intl.RelativeTimeFormat), then what it lacks
    relativePeriods: { ...RELATIVE_PERIODS, 'anno prima': { unit: 'year', offset: -1 }, 'lo scorso anno': { unit: 'year', offset: -1 }, 'lo scorso mese': { unit: 'month', offset: -1 }, 'il prossimo anno': { unit: 'year', offset: 1 } },
    notNames: ['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'uno', 'questo', 'questa', 'per', 'con', 'da', 'di', 'in', 'su',
      'ma', 'e', 'dopo', 'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica', 'cloud', 'data', 'center',
      'investimenti', 'articoli', 'articolo', 'paese', 'stato', 'governo'],
  },
};
