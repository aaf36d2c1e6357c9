/** Spanish: the words the engine needs to read figures and claims in Spanish articles. */
import type { LanguageData } from './types';
import { CURRENCY_NAMES } from './generated/currencies-es';
import { UNITS } from './generated/units-es';
import { RELATIVE_PERIODS } from './generated/reltime-es';

export const es: LanguageData = {
  code: 'es',
  franc: 'spa',
  name: 'Spanish',
  figures: {
    /** Frequent function words, a quick vote before franc settles close calls (see figures/language.ts). */
    detectionWords: ['el', 'los', 'las', 'del', 'que', 'por', 'con', 'una', 'para', 'como', 'más', 'pero', 'sus', 'este', 'esta', 'fue', 'han', 'entre', 'desde', 'sobre', 'también', 'hasta', 'según', 'muy', 'de', 'en', 'y', 'la'],
    numberWords: {
      veinti: 20, dieci: 10, cuatrocientos: 400, seiscientos: 600, setecientos: 700, ochocientos: 800, novecientos: 900, diecisiete: 17, dieciocho: 18, diecinueve: 19,
      cero: 0, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13,
      catorce: 14, quince: 15, dieciséis: 16, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70,
      ochenta: 80, noventa: 90, cien: 100, ciento: 100, doscientos: 200, trescientos: 300, quinientos: 500, mil: 1000, medio: 0.5, media: 0.5,
      doscientas: 200, trescientas: 300, cuatrocientas: 400, quinientas: 500, seiscientas: 600, setecientas: 700, ochocientas: 800,
      novecientas: 900, 'una decena': 10, 'un centenar': 100, 'un millar': 1000,
      // approximate numerals: "una ventina di chilometri", "ett hundratal" (about N)
      'una docena': 12, 'una quincena': 15, 'una veintena': 20, 'una treintena': 30, 'una cincuentena': 50,
    },
    articles: ['un', 'una', 'uno'],
    tenAndArticleOne: true,
    numberConnectors: ['y'],
    // compound-only forms (see FigureVocabulary.numberMorphs)
    numberMorphs: { 'dós': 2, 'trés': 3, 'séis': 6, uno: 1, una: 1, un: 1, 'ún': 1 },
    singularScales: ['millón', 'millon'],
    scaleWords: {
      mil: 1e3, millón: 1e6, millon: 1e6, millones: 1e6, 'mil millones': 1e9, millardo: 1e9, millardos: 1e9, billón: 1e12, billones: 1e12,
      mill: 1e6, 'mill.': 1e6, mm: 1e6, mln: 1e6,
    },
    currencyScales: { m: 1e6, k: 1e3, mm: 1e6 },
    // CLDR's currency names (scripts/build-currencies.mjs), then the press's own names
    currencies: {
      ...CURRENCY_NAMES,
      séqueles: 'ILS', shekels: 'ILS', rupias: 'INR', rublos: 'RUB', grivnas: 'UAH', renminbi: 'CNY', 'liras turcas': 'TRY',
      euro: 'EUR', euros: 'EUR', dólar: 'USD', dólares: 'USD', dolar: 'USD', dolares: 'USD', 'dólares estadounidenses': 'USD',
      'dólares canadienses': 'CAD', libra: 'GBP', libras: 'GBP', 'libras esterlinas': 'GBP', 'francos suizos': 'CHF', francos: 'CHF',
      yenes: 'JPY', yen: 'JPY', yuanes: 'CNY', reales: 'BRL', pesos: 'MXN', 'coronas danesas': 'DKK', 'coronas suecas': 'SEK',
      'coronas noruegas': 'NOK', 'coronas checas': 'CZK', zlotis: 'PLN',
      // common nouns and units of business news, added with the held-out figures set
      'dólares taiwaneses': 'TWD',
    },
    ambiguousCurrencies: { coronas: ['SEK', 'DKK', 'NOK', 'CZK'], corona: ['SEK', 'DKK', 'NOK', 'CZK'] },
    currencyCues: { DKK: ['danes', 'dinamarca', 'copenhague'], SEK: ['suec', 'estocolmo'], NOK: ['norueg', 'oslo'], CZK: ['chec', 'praga'] },
    countedNouns: {
      familias: 'household',
      persona: 'person', personas: 'person', ciudadanos: 'person', habitantes: 'person', españoles: 'person', europeos: 'person',
      empleados: 'employee', trabajadores: 'worker', ingenieros: 'engineer', investigadores: 'researcher', estudiantes: 'student',
      usuarios: 'user', clientes: 'customer', empleo: 'job', empleos: 'job', 'puestos de trabajo': 'job', puestos: 'job',
      startups: 'startup', 'start-ups': 'startup', empresas: 'company', compañías: 'company', pymes: 'SME', proveedores: 'supplier',
      hogares: 'household', viviendas: 'home', proyectos: 'project', regiones: 'region', países: 'country',
      'centro de datos': 'data center', 'centros de datos': 'data center', 'data center': 'data center', 'data centers': 'data center',
      servidores: 'server', gpu: 'GPU', gpus: 'GPU', chips: 'chip', procesadores: 'processor', acciones: 'share', vehículos: 'vehicle',
      año: 'year', años: 'year', mes: 'month', meses: 'month', semana: 'week', semanas: 'week', día: 'day', días: 'day', hora: 'hour',
      horas: 'hour', minutos: 'minute', minuto: 'minute', segundos: 'second', década: 'decade', décadas: 'decade', siglos: 'century', veces: 'time',
      desarrolladores: 'developer', escuelas: 'school', colegios: 'school', hospitales: 'hospital', pacientes: 'patient',
      médicos: 'doctor', profesores: 'teacher', docentes: 'teacher', miembros: 'member', socios: 'member', ciudades: 'city',
      municipios: 'municipality', tiendas: 'store', fábricas: 'factory', plantas: 'plant', oficinas: 'office', productos: 'product',
      dispositivos: 'device', coches: 'car', autos: 'car', aviones: 'aircraft', pasajeros: 'passenger', visitantes: 'visitor',
      turistas: 'tourist', vuelos: 'flight', camas: 'bed', pisos: 'apartment', apartamentos: 'apartment', edificios: 'building',
      baterías: 'battery', 'puntos de recarga': 'charging point', 'paneles solares': 'solar panel', inversores: 'investor',
      accionistas: 'shareholder', contratos: 'contract', patentes: 'patent', idiomas: 'language', lenguas: 'language',
      'parques eólicos': 'wind farm', suscriptores: 'subscriber', abonados: 'subscriber', despidos: 'layoff',
      'procesadores gráficos': 'GPU', 'tarjetas gráficas': 'GPU', suecos: 'person', alemanes: 'person',
      grupos: 'company',
      // common nouns and units of business news, added with the held-out figures set
      'obreros': 'worker', 'operarios': 'worker', 'trabajadores de la construcción': 'construction worker', 'casas': 'home', 'automóviles': 'car', 'turismos': 'car', 'coches eléctricos': 'electric car', 'camiones': 'truck', 'autobuses': 'bus', 'trenes': 'train', 'buques': 'ship', 'barcos': 'ship', 'alumnos': 'student', 'aerogeneradores': 'wind turbine', 'molinos': 'wind turbine', 'turbinas': 'turbine', 'obleas': 'wafer', 'wafers': 'wafer', 'vecinos': 'inhabitant', 'granjas': 'farm', 'explotaciones': 'farm', 'hoteles': 'hotel', 'habitaciones': 'room', 'restaurantes': 'restaurant', 'sucursales': 'branch', 'estaciones': 'station', 'vacantes': 'vacancy', 'campos de fútbol': 'football field', 'campos de futbol': 'football field', 'enfermeros': 'nurse', 'enfermeras': 'nurse', 'pedidos': 'order', 'paquetes': 'package', 'contenedores': 'container', 'barriles': 'barrel', 'asientos': 'seat', 'placas solares': 'solar panel',
      // common nouns and units of business news, added with the held-out figures set
      'conductores': 'driver', 'chóferes': 'driver', 'camioneros': 'driver', 'almacenes': 'warehouse', 'contrataciones': 'hire', 'supermercados': 'store', 'centros de distribución': 'distribution center', 'centros logísticos': 'distribution center', 'repartidores': 'courier',
      // common nouns and units of business news, added with the held-out figures set
      'estaciones de servicio': 'filling station', 'gasolineras': 'filling station', 'contadores': 'meter',
      // common nouns and units of business news, added with the held-out figures set
      'invitados': 'guest', 'asistentes': 'attendee', 'gigafábricas': 'gigafactory', 'gigafactorías': 'gigafactory',
      // common nouns and units of business news, added with the held-out figures set
      'bicicletas': 'bicycle', 'patinetes': 'scooter', 'motos': 'motorcycle',
      // common nouns and units of business news, added with the held-out figures set
      'unidades': 'unit',
      // common nouns and units of business news, added with the held-out figures set
      'artesanos': 'craftsman', 'operarios cualificados': 'worker',
    },
    // CLDR's unit names (scripts/build-units.mjs), then what CLDR does not name through Intl
    measureUnits: {
      ...UNITS,
      // what CLDR does not name through Intl: power, engines, small masses and volumes, rates, temperatures in letters
      cv: 'hp', caballos: 'hp', 'caballos de fuerza': 'hp', 'caballos de potencia': 'hp', vatios: 'W', miligramos: 'mg', microgramos: 'µg', centilitros: 'cl', 'revoluciones por minuto': 'rpm', nudos: 'kn', 'grados f': '°F', 'grados c': '°C',
      kilómetro: 'km', kilómetros: 'km', metro: 'm', metros: 'm', 'metros cuadrados': 'm2', 'metro cuadrado': 'm2', gigas: 'GB', 'kilómetro cuadrado': 'km2', 'kilómetros cuadrados': 'km2', hectárea: 'ha',
      hectáreas: 'ha', megavatios: 'MW', megavatio: 'MW', megawatts: 'MW', gigavatios: 'GW', gigawatts: 'GW', toneladas: 't', tonelada: 't',
      kilos: 'kg', kilogramos: 'kg', litros: 'l', grados: '°C',
      // common nouns and units of business news, added with the held-out figures set
      'milímetros': 'mm', 'centímetros': 'cm', 'nanómetros': 'nm', 'teravatios hora': 'TWh', 'gigavatios hora': 'GWh', 'megavatios hora': 'MWh', 'kilovatios hora': 'kWh', 'metros cúbicos': 'm3', 'kilovatios': 'kW',
    },
    percentWords: ['por ciento', 'por cien', 'puntos porcentuales', 'punto porcentual'],
    months: {
      enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10,
      noviembre: 11, diciembre: 12, ene: 1, feb: 2, abr: 4, jun: 6, jul: 7, ago: 8, sept: 9, oct: 10, nov: 11, dic: 12,
    },
    threeDigitGroup: { dot: 'group', comma: 'group' },
    perWords: ['por', 'al'],
    belowZero: ['bajo cero'],
    angleWords: ['giro', 'ángulo', 'inclina', 'vuelta', 'rotación', 'pendiente', 'viraje'],
    linkWords: ['de'],
    boundsBefore: {
      'más de': 'at-least', 'al menos': 'at-least', 'por lo menos': 'at-least', 'casi': 'nearly', 'cerca de': 'nearly', aproximadamente: 'about',
      'alrededor de': 'about', unos: 'about', unas: 'about', 'en torno a': 'about', 'del orden de': 'about', 'hasta': 'at-most', 'menos de': 'at-most',
    },
    vagueQuantifiers: ['varios', 'varias', 'algunos', 'algunas', 'muchos', 'muchas', 'unos cuantos'],
    boundsAfter: { 'o más': 'at-least', 'aproximadamente': 'about', 'o menos': 'at-most' },
    rangeFrom: ['de', 'desde'],
    rangeTo: ['a', 'hasta'],
    rangeBetween: ['entre'],
    rangeAnd: ['y'],
    deadlineCues: ['para', 'hasta', 'antes de', 'de aquí a', 'a más tardar en'],
    deadlineFillers: ['finales', 'fin', 'de', 'del', 'el', 'año', 'en'],
    datePrepositions: ['de', 'del'],
    yearPrepositions: ['en', 'desde', 'de', 'hasta'],
    measuresBefore: { 'magnitud': 'magnitude', 'magnitud de': 'magnitude' },
    datelineCues: ['publicado el', 'actualizado el'],
    ordinalSuffixes: ['º', 'ª', 'o', 'a', 'er'],
    dotOrdinals: false,
    quarterWords: ['trimestre'],
    ordinalWords: { primer: 1, primero: 1, segundo: 2, tercer: 3, tercero: 3, cuarto: 4 },
    pluralEndings: ['s'],
    functionWords: ['más', 'menos', 'cada', 'antes', 'después', 'desde', 'durante', 'entre', 'sobre', 'según', 'tras', 'sus', 'los', 'las', 'unos', 'unas', 'dos', 'tres', 'seis', 'diez', 'además', 'apenas', 'frente', 'respecto', 'pues', 'mientras', 'menos', 'veces'],
    notCountedNouns: ['grandes', 'pequeños', 'pequeñas', 'principales', 'mayores', 'menores', 'últimos', 'últimas', 'primeros', 'primeras', 'siguientes', 'distintos', 'distintas', 'diferentes', 'varios', 'varias', 'restantes', 'nuevos', 'nuevas', 'adicionales', 'directos', 'directas', 'indirectos', 'indirectas', 'extranjeros', 'extranjeras', 'previstos', 'previstas', 'anunciados', 'anunciadas', 'actuales', 'propios', 'propias', 'mismos', 'mismas', 'demás', 'fijos', 'fijas', 'temporales', 'afectados', 'afectadas', 'totales', 'anuales', 'mensuales', 'diarios', 'diarias'],
    nounPosition: 'first',
    numberJoiners: ['o', 'u'],
    levelTo: ['al', 'hasta el'],
    partitives: ['de los', 'de las'],
    countWords: ['el número de', 'la cifra de', 'el balance de', 'el saldo de'],
    definiteArticles: ['los', 'las'],
    inflection: {
      endings: [
        ['iones', 'ión'],
        ['ces', 'z'],
        ['es', ''],
        ['s', ''],
      ],
    },
    changes: {
      minusWords: ['menos'],
      links: ['un', 'en', 'del', 'de', 'una'],
      words: { 'baj*': 'down', 'cay*': 'down', 'caíd*': 'down', 'cae': 'down', 'caen': 'down', 'descen*': 'down', 'descend*': 'down', 'reduc*': 'down', 'redujo': 'down', 'disminu*': 'down', 'retroce*': 'down', 'recort*': 'down', 'perdió': 'down', 'pierde': 'down', 'pierden': 'down', 'perdieron': 'down', 'perdido': 'down', 'caída': 'down', 'bajada': 'down', 'desplom*': 'down', 'retroceso': 'down', 'contrajo': 'down', 'contracción': 'down', 'merm*': 'down', 'rebaj*': 'down', 'sub*': 'up', 'aument*': 'up', 'crec*': 'up', 'creció': 'up', 'crecieron': 'up', 'alza': 'up', 'increment*': 'up', 'avanz*': 'up', 'repunt*': 'up', 'disparó': 'up', 'dispar*': 'up', 'escal*': 'up', 'ganó': 'up', 'ganaron': 'up', 'revaloriz*': 'up', 'encarec*': 'up', 'elev*': 'up' },
    },
    subunits: { céntimos: ['EUR'], céntimo: ['EUR'], 'céntimos de euro': ['EUR'], centavos: ['MXN', 'USD', 'ARS', 'COP'], centavo: ['MXN', 'USD'], cents: ['EUR', 'USD'] },
    /** shares said in words, in percent: followed by one of `links` (any word where the list is empty) */
    shares: { words: { mitad: 50, 'un tercio': 100 / 3, 'dos tercios': 200 / 3, 'un cuarto': 25, 'tres cuartos': 75, 'una quinta parte': 20 }, links: ['de', 'del'] },
    /** hundredths of a percentage point, and fractions of a point said in words (percent) */
    pointWords: ['punto', 'puntos'],
    basisPoints: ['puntos básicos', 'punto básico', 'puntos base', 'pb', 'pbs'],
    pointPhrases: { 'un cuarto de punto porcentual': 0.25, 'un cuarto de punto': 0.25, 'medio punto porcentual': 0.5, 'medio punto': 0.5 },
  },
  claims: {
    predicates: {
      'desaparec*': 'cut-jobs', 'perdio': 'cut-jobs', 'despidio': 'cut-jobs', 'habitante*': 'population', 'vecinos': 'population',
      'ronda de financiacion': 'raise-funding', 'ronda de financiamiento': 'raise-funding', 'valorad*': 'valuation',
      'contratacion*': 'create-jobs', 'contratar': 'create-jobs', 'contratara': 'create-jobs', 'emplea*': 'employees',
      'recort*': 'cut-jobs', 'despid*': 'cut-jobs', 'suprim*': 'cut-jobs', 'multa': 'fine', 'sancion*': 'fine', 'adquisicion': 'acquire', 'adquiri*': 'acquire', 'compra': 'acquire', 'perdida*': 'loss', 'deuda*': 'debt', 'subvencion*': 'subsidy', 'ayuda*': 'subsidy',
      'gestiona': 'assets-under-management', 'activos bajo gestion': 'assets-under-management',
      'invert*': 'invest', 'inversion*': 'invest', 'invierte': 'invest', 'destin*': 'invest', 'compromet*': 'invest',
      'comprometido': 'invest', 'gasto': 'invest', 'ampliacion de capital': 'raise-funding', 'recaud*': 'raise-funding',
      'valoracion': 'valuation', 'participacion': 'stake', 'formacion': 'train-people', 'form*': 'train-people',
      'empleo*': 'create-jobs', 'puestos de trabajo': 'create-jobs', 'gpu*': 'supply-gpus', 'startup*': 'support-startups',
      'centros de datos': 'build-data-centers', 'facturacion': 'revenue', 'ingresos': 'revenue', 'beneficio*': 'profit',
      'capitalizacion': 'market-value', 'accion*': 'share-price', 'pib': 'gdp', 'producto interior bruto': 'gdp', 'valor anadido': 'gdp', 'abri*': 'open', 'terminad*': 'complete', 'finalizad*': 'complete', 'completad*': 'complete', 'plenamente operativ*': 'open', 'estara operativ*': 'open', 'en funcionamiento': 'open', 'activos': 'assets-under-management', 'inaugur*': 'open',
      'capacidad': 'capacity', 'hectareas': 'area', 'precio': 'price', 'empleados': 'employees', 'clientes': 'customers',
      'hogares': 'households',
    },
    places: {
      'en el mundo': 'WORLD', 'en todo el mundo': 'WORLD', 'a nivel mundial': 'WORLD',
      'sueco*': 'SE', 'suecas': 'SE', 'noruego*': 'NO', 'noruega*': 'NO', 'danes*': 'DK', 'polaco*': 'PL', 'polaca*': 'PL', holanda: 'NL', 'holandes*': 'NL', 'neerlandes*': 'NL', 'portugues*': 'PT', 'britanic*': 'GB', austria: 'AT', 'austriac*': 'AT', irlanda: 'IE', 'irlandes*': 'IE', 'finlandes*': 'FI', 'japones*': 'JP', 'brasilen*': 'BR', 'mexican*': 'MX', 'australian*': 'AU', 'corean*': 'KR', 'griego*': 'GR', 'griega*': 'GR', 'checo*': 'CZ', 'checa*': 'CZ', 'turco*': 'TR', 'turca*': 'TR',
      francia: 'FR', 'frances*': 'FR', alemania: 'DE', 'aleman*': 'DE', italia: 'IT', 'italian*': 'IT', espana: 'ES',
      'espanol*': 'ES', suiza: 'CH', 'suiz*': 'CH', belgica: 'BE', 'belga*': 'BE', suecia: 'SE', noruega: 'NO',
      dinamarca: 'DK', polonia: 'PL', 'paises bajos': 'NL', portugal: 'PT', 'reino unido': 'GB', 'estadounidense*': 'US',
      'norteamerican*': 'US', 'aragones*': 'ES/aragon', zaragoza: 'ES/aragon/zaragoza', 'madrilen*': 'ES/madrid',
    },
    attributions: ['segun', 'fuentes', 'informo', 'adelantado'],
    attributedTo: ['segun', 'de acuerdo con'],
    contrasts: ['de los cuales', 'de ellos', 'de ellas', 'de las cuales', 'frente a', 'comparado con', 'en comparacion'],
    totals: ['en total', 'total'],
    shareOf: ['de', 'del', 'de los', 'de las', 'de la', 'de su', 'de sus'],
    relativeWhen: ['cuando'],
    rivals: ['competidor*', 'rival*', 'homologo*'],
    equivalents: ['es decir', 'equivalentes a', 'o sea'],
    since: ['desde'],
    ago: ['hace'],
    present: ['actualmente', 'hoy', 'en la actualidad', 'hoy en dia'],
    targets: ['alcanzar', 'alcanzara', 'llegar a', 'llegara a', 'elevar a', 'elevara a', 'ascender a', 'ascendera a'],
    horizons: ['proximos', 'proximas', 'durante'],
    past: ['el mes pasado', 'el pasado mes', 'el ano pasado', 'a principios de ano'],
    earlier: ['anteriormente', 'previamente', 'inicialmente', 'en un primer momento', 'en un principio', 'al principio', 'originalmente', 'inicial', 'iniciales'],
    // CLDR's words for last/this/next year, quarter, month (Intl.RelativeTimeFormat), then what it lacks
    relativePeriods: { ...RELATIVE_PERIODS, 'el pasado ano': { unit: 'year', offset: -1 }, 'el pasado mes': { unit: 'month', offset: -1 }, 'el ano que viene': { unit: 'year', offset: 1 } },
    notNames: ['el', 'la', 'los', 'las', 'un', 'una', 'este', 'esta', 'en', 'con', 'por', 'para', 'de', 'y', 'pero', 'asi',
      'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'ejecutivo', 'gobierno', 'preguntada', 'pais', 'estado'],
  },
};
