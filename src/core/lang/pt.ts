/** Portuguese: the words the engine needs to read figures and claims in Portuguese articles. */
import type { LanguageData } from './types';
import { CURRENCY_NAMES } from './generated/currencies-pt';
import { UNITS } from './generated/units-pt';
import { RELATIVE_PERIODS } from './generated/reltime-pt';

export const pt: LanguageData = {
  code: 'pt',
  franc: 'por',
  name: 'Portuguese',
  figures: {
    /** Frequent function words, a quick vote before franc settles close calls (see figures/language.ts). */
    detectionWords: ['os', 'das', 'dos', 'que', 'não', 'uma', 'para', 'com', 'pelo', 'pela', 'mais', 'foi', 'são', 'como', 'também', 'seu', 'sua', 'entre', 'após', 'ao', 'às', 'sobre', 'já', 'ainda', 'de', 'em', 'da', 'do', 'e', 'o', 'a'],
    numberWords: {
      dezesseis: 16, dezessete: 17, dezoito: 18, dezenove: 19, catorze: 14, quatrocentos: 400, seiscentos: 600, setecentos: 700, oitocentos: 800, novecentos: 900,
      zero: 0, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12, treze: 13,
      quinze: 15, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90, cem: 100,
      cento: 100, duzentos: 200, trezentos: 300, quinhentos: 500, mil: 1000, meio: 0.5, meia: 0.5, duzentas: 200, trezentas: 300, quatrocentas: 400, quinhentas: 500, seiscentas: 600, setecentas: 700, oitocentas: 800, novecentas: 900,
      'uma dezena': 10, 'uma centena': 100, 'um milhar': 1000, 'duas centenas': 200, 'três centenas': 300, 'quatro centenas': 400, 'cinco centenas': 500,
      // approximate numerals: "una ventina di chilometri", "ett hundratal" (about N)
      'uma dúzia': 12, 'uma vintena': 20, 'uma trintena': 30, 'duas dezenas': 20, 'três dezenas': 30, 'quatro dezenas': 40, 'cinco dezenas': 50,
    },
    articles: ['um', 'uma'],
    numberConnectors: ['e'],
    singularScales: ['milhão', 'bilhão', 'milhao', 'bilhao'],
    scaleWords: {
      bilião: 1e12, biliões: 1e12,
      mil: 1e3, milhão: 1e6, milhões: 1e6, milhao: 1e6, milhoes: 1e6, bilhão: 1e9, bilhões: 1e9, bilhao: 1e9, bilhoes: 1e9,
      'mil milhões': 1e9, trilhão: 1e12, trilhões: 1e12, mi: 1e6, bi: 1e9, tri: 1e12, mln: 1e6,
    },
    currencyScales: { m: 1e6, k: 1e3 },
    // CLDR's currency names (scripts/build-currencies.mjs), then the press's own names
    currencies: {
      ...CURRENCY_NAMES,
      shekels: 'ILS', rupias: 'INR', rublos: 'RUB', renminbi: 'CNY', 'liras turcas': 'TRY',
      euro: 'EUR', euros: 'EUR', dólar: 'USD', dólares: 'USD', 'dólares americanos': 'USD', real: 'BRL', reais: 'BRL', libra: 'GBP', libras: 'GBP',
      'libras esterlinas': 'GBP', 'francos suíços': 'CHF', francos: 'CHF', ienes: 'JPY', iene: 'JPY', yuan: 'CNY', 'coroas dinamarquesas': 'DKK',
      'coroas suecas': 'SEK', 'coroas norueguesas': 'NOK', escudos: 'CVE', kwanzas: 'AOA',
      // common nouns and units of business news, added with the held-out figures set
      'dólares taiwaneses': 'TWD',
    },
    ambiguousCurrencies: { coroas: ['SEK', 'DKK', 'NOK', 'CZK'] },
    currencyCues: { DKK: ['dinamarq', 'copenhague'], SEK: ['suec', 'estocolmo'], NOK: ['norueg', 'oslo'], CZK: ['chec', 'praga'] },
    countedNouns: {
      famílias: 'household',
      pessoa: 'person', pessoas: 'person', cidadãos: 'person', habitantes: 'person', brasileiros: 'person', portugueses: 'person',
      funcionários: 'employee', empregados: 'employee', colaboradores: 'employee', trabalhadores: 'worker', engenheiros: 'engineer',
      estudantes: 'student', alunos: 'student', usuários: 'user', utilizadores: 'user', clientes: 'customer', emprego: 'job', empregos: 'job',
      'postos de trabalho': 'job', vagas: 'job', startups: 'startup', empresas: 'company', pme: 'SME', fornecedores: 'supplier', lares: 'household',
      residências: 'home', casas: 'home', projetos: 'project', regiões: 'region', países: 'country', 'data center': 'data center',
      'data centers': 'data center', 'centro de dados': 'data center', 'centros de dados': 'data center', 'datacenters': 'data center',
      servidores: 'server', gpu: 'GPU', gpus: 'GPU', chips: 'chip', processadores: 'processor', ações: 'share', veículos: 'vehicle',
      ano: 'year', anos: 'year', mês: 'month', meses: 'month', semana: 'week', semanas: 'week', dia: 'day', dias: 'day', hora: 'hour',
      horas: 'hour', minutos: 'minute', década: 'decade', décadas: 'decade', séculos: 'century', vezes: 'time',
      desenvolvedores: 'developer', escolas: 'school', hospitais: 'hospital', pacientes: 'patient', médicos: 'doctor',
      professores: 'teacher', membros: 'member', sócios: 'member', cidades: 'city', municípios: 'municipality', lojas: 'store',
      fábricas: 'factory', usinas: 'plant', escritórios: 'office', produtos: 'product', dispositivos: 'device', carros: 'car',
      aviões: 'aircraft', passageiros: 'passenger', visitantes: 'visitor', turistas: 'tourist', voos: 'flight', leitos: 'bed',
      camas: 'bed', apartamentos: 'apartment', edifícios: 'building', prédios: 'building', baterias: 'battery',
      'pontos de carregamento': 'charging point', 'painéis solares': 'solar panel', investidores: 'investor',
      acionistas: 'shareholder', parceiros: 'partner', contratos: 'contract', patentes: 'patent', idiomas: 'language',
      línguas: 'language', 'parques eólicos': 'wind farm', assinantes: 'subscriber', demissões: 'layoff',
      'processadores gráficos': 'GPU', 'placas gráficas': 'GPU', suecos: 'person', alemães: 'person',
      grupos: 'company',
      'operários': 'worker', 'trabalhadores da construção': 'construction worker', 'agregados familiares': 'household', 'domicílios': 'household', 'habitações': 'home', 'moradias': 'home', 'automóveis': 'car', 'carros elétricos': 'electric car', 'camiões': 'truck', 'caminhões': 'truck', 'autocarros': 'bus', 'ônibus': 'bus', 'comboios': 'train', 'trens': 'train', 'navios': 'ship', 'doentes': 'patient', 'aerogeradores': 'wind turbine', 'turbinas': 'turbine', 'subscritores': 'subscriber', 'wafers': 'wafer', 'centrais': 'plant', 'explorações': 'farm', 'quintas': 'farm', 'hotéis': 'hotel', 'quartos': 'room', 'restaurantes': 'restaurant', 'agências': 'branch', 'balcões': 'branch', 'estações': 'station', 'postos de carregamento': 'charging point', 'campos de futebol': 'football field', 'enfermeiros': 'nurse', 'investigadores': 'researcher', 'pesquisadores': 'researcher', 'encomendas': 'order', 'pedidos': 'order', 'pacotes': 'package', 'contentores': 'container', 'contêineres': 'container', 'barris': 'barrel', 'lugares': 'seat',
      // common nouns and units of business news, added with the held-out figures set
      'motoristas': 'driver', 'condutores': 'driver', 'armazéns': 'warehouse', 'contratações': 'hire', 'supermercados': 'store', 'estafetas': 'courier', 'entregadores': 'courier', 'centros de distribuição': 'distribution center', 'centros logísticos': 'distribution center',
      // common nouns and units of business news, added with the held-out figures set
      'postos de abastecimento': 'filling station', 'postos de combustível': 'filling station', 'contadores': 'meter',
      // common nouns and units of business news, added with the held-out figures set
      'convidados': 'guest', 'participantes': 'participant', 'gigafábricas': 'gigafactory',
      // common nouns and units of business news, added with the held-out figures set
      'bicicletas': 'bicycle', 'trotinetes': 'scooter', 'motas': 'motorcycle', 'motos': 'motorcycle',
      // common nouns and units of business news, added with the held-out figures set
      'unidades': 'unit',
      // common nouns and units of business news, added with the held-out figures set
      'artesãos': 'craftsman',
    },
    // CLDR's unit names (scripts/build-units.mjs), then what CLDR does not name through Intl
    measureUnits: {
      ...UNITS,
      // what CLDR does not name through Intl: power, engines, small masses and volumes, rates, temperatures in letters
      cv: 'hp', cavalos: 'hp', quilowatts: 'kW', watts: 'W', miligramas: 'mg', microgramas: 'µg', quilómetro: 'km', 'quilómetros por hora': 'km/h', 'quilômetros por hora': 'km/h', nós: 'kn', 'rotações por minuto': 'rpm', 'graus f': '°F', 'graus c': '°C',
      quilômetro: 'km', quilômetros: 'km', quilómetros: 'km', metro: 'm', metros: 'm', 'metros quadrados': 'm2', hectare: 'ha', hectares: 'ha',
      megawatts: 'MW', megawatt: 'MW', gigawatts: 'GW', gigawatt: 'GW', toneladas: 't', tonelada: 't', quilos: 'kg', litros: 'l', graus: '°C',
      // common nouns and units of business news, added with the held-out figures set
      'milímetros': 'mm', 'centímetros': 'cm', 'nanómetros': 'nm', 'nanômetros': 'nm', 'terawatts-hora': 'TWh', 'gigawatts-hora': 'GWh', 'megawatts-hora': 'MWh', 'quilowatts-hora': 'kWh', 'metros cúbicos': 'm3',
    },
    percentWords: ['por cento', 'pontos percentuais', 'ponto percentual'],
    months: {
      janeiro: 1, fevereiro: 2, março: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9, outubro: 10, novembro: 11,
      dezembro: 12, jan: 1, fev: 2, mar: 3, abr: 4, jun: 6, jul: 7, ago: 8, set: 9, out: 10, nov: 11, dez: 12,
    },
    threeDigitGroup: { dot: 'group', comma: 'decimal' },
    perWords: ['por', 'ao'],
    belowZero: ['negativos', 'negativas', 'abaixo de zero'],
    angleWords: ['ângulo', 'vira', 'inclina', 'volta', 'rotação', 'guinada'],
    linkWords: ['de'],
    boundsBefore: {
      'mais de': 'at-least', 'pelo menos': 'at-least', 'no mínimo': 'at-least', quase: 'nearly', 'cerca de': 'about', aproximadamente: 'about',
      'em torno de': 'about', 'por volta de': 'about', cerca: 'about', 'até': 'at-most', 'menos de': 'at-most', 'no máximo': 'at-most',
    },
    vagueQuantifiers: ['vários', 'várias', 'alguns', 'algumas', 'muitos', 'muitas'],
    boundsAfter: { 'ou mais': 'at-least', 'ou menos': 'at-most' },
    rangeFrom: ['de', 'desde'],
    rangeTo: ['a', 'até'],
    rangeBetween: ['entre'],
    rangeAnd: ['e'],
    deadlineCues: ['até', 'até o', 'até ao', 'antes de'],
    deadlineFillers: ['o', 'fim', 'final', 'de', 'do', 'ano'],
    datePrepositions: ['de', 'do'],
    datelineCues: ['publicado em', 'atualizado em'],
    ordinalSuffixes: ['º', 'ª', 'o', 'a'],
    dotOrdinals: false,
    quarterWords: ['trimestre'],
    ordinalWords: { primeiro: 1, segundo: 2, terceiro: 3, quarto: 4 },
    pluralEndings: ['s'],
    functionWords: ['mais', 'menos', 'cada', 'antes', 'depois', 'desde', 'durante', 'entre', 'sobre', 'segundo', 'após', 'seus', 'suas', 'os', 'as', 'dos', 'das', 'nos', 'nas', 'pelos', 'pelas', 'três', 'seis', 'dez', 'apenas', 'face', 'enquanto', 'vezes'],
    notCountedNouns: ['grandes', 'pequenos', 'pequenas', 'principais', 'maiores', 'menores', 'últimos', 'últimas', 'primeiros', 'primeiras', 'seguintes', 'diferentes', 'vários', 'várias', 'restantes', 'novos', 'novas', 'adicionais', 'diretos', 'diretas', 'indiretos', 'indiretas', 'estrangeiros', 'estrangeiras', 'previstos', 'previstas', 'anunciados', 'anunciadas', 'atuais', 'próprios', 'próprias', 'mesmos', 'mesmas', 'demais', 'fixos', 'temporários', 'afetados', 'afetadas', 'totais', 'anuais', 'mensais', 'diários', 'diárias'],
    nounPosition: 'first',
    numberJoiners: ['ou'],
    levelTo: ['para', 'para o', 'ao'],
    partitives: ['dos', 'das'],
    countWords: ['o número de', 'o número dos', 'o número das', 'o balanço de'],
    definiteArticles: ['os', 'as'],
    changes: {
      minusWords: ['menos'],
      links: ['de', 'em', 'uma', 'um'],
      words: { 'caiu': 'down', 'caíram': 'down', 'cair': 'down', 'cai': 'down', 'caem': 'down', 'queda': 'down', 'quedas': 'down', 'recu*': 'down', 'diminu*': 'down', 'baix*': 'down', 'desce*': 'down', 'desceu': 'down', 'reduz*': 'down', 'reduç*': 'down', 'perd*': 'down', 'retra*': 'down', 'encolh*': 'down', 'recua*': 'down', 'subiu': 'up', 'subiram': 'up', 'sobe': 'up', 'sobem': 'up', 'subir': 'up', 'subida': 'up', 'aument*': 'up', 'cresc*': 'up', 'alta': 'up', 'avanç*': 'up', 'ganh*': 'up', 'valoriz*': 'up', 'salt*': 'up', 'dispar*': 'up', 'elev*': 'up' },
    },
    subunits: { cêntimos: ['EUR'], cêntimo: ['EUR'], centavos: ['BRL', 'EUR'], centavo: ['BRL', 'EUR'], cents: ['EUR', 'USD'] },
    /** shares said in words, in percent: followed by one of `links` (any word where the list is empty) */
    shares: { words: { metade: 50, 'um terço': 100 / 3, 'dois terços': 200 / 3, 'um quarto': 25, 'três quartos': 75, 'um quinto': 20 }, links: ['de', 'dos', 'das', 'do', 'da'] },
    /** hundredths of a percentage point, and fractions of a point said in words (percent) */
    basisPoints: ['pontos base', 'pontos-base', 'ponto base', 'pontos básicos', 'pb'],
    pointPhrases: { 'um quarto de ponto percentual': 0.25, 'meio ponto percentual': 0.5 },
  },
  claims: {
    predicates: {
      'desaparec*': 'cut-jobs', 'perdeu': 'cut-jobs', 'dispens*': 'cut-jobs', 'habitante*': 'population', 'moradore*': 'population',
      'ronda de financiamento': 'raise-funding', 'rodada de investimento': 'raise-funding', 'avaliad*': 'valuation',
      'contratar': 'create-jobs', 'contratara': 'create-jobs', 'contratacoes': 'create-jobs', 'emprega*': 'employees',
      'cort*': 'cut-jobs', 'demiss*': 'cut-jobs', 'despedi*': 'cut-jobs', 'multa': 'fine', 'aquisicao': 'acquire', 'adquir*': 'acquire', 'compra': 'acquire', 'prejuizo*': 'loss', 'perda*': 'loss', 'divida*': 'debt', 'subsidio*': 'subsidy',
      'administra': 'assets-under-management', 'ativos sob gestao': 'assets-under-management',
      'invest*': 'invest', 'destin*': 'invest', 'aport*': 'invest', 'compromisso': 'invest', 'aumento de capital': 'raise-funding',
      'capta*': 'raise-funding', 'avaliacao': 'valuation', 'participacao': 'stake', 'formacao': 'train-people',
      'capacit*': 'train-people', 'empregos': 'create-jobs', 'emprego': 'create-jobs', 'postos de trabalho': 'create-jobs',
      'gpu*': 'supply-gpus', 'startup*': 'support-startups', 'data center*': 'build-data-centers',
      'centros de dados': 'build-data-centers', 'receita': 'revenue', 'faturamento': 'revenue', 'lucro': 'profit',
      'valor de mercado': 'market-value', 'acoes': 'share-price', 'pib': 'gdp', 'produto interno bruto': 'gdp', 'valor acrescentado': 'gdp', 'valor agregado': 'gdp', 'abri*': 'open', 'concluid*': 'complete', 'terminad*': 'complete', 'finalizad*': 'complete', 'totalmente operacional': 'open', 'estara operacional': 'open', 'em funcionamento': 'open', 'ativos': 'assets-under-management', 'inaugur*': 'open',
      'capacidade': 'capacity', 'hectares': 'area', 'preco': 'price', 'funcionarios': 'employees', 'clientes': 'customers',
    },
    places: {
      'no mundo': 'WORLD', 'em todo o mundo': 'WORLD', 'a nivel mundial': 'WORLD',
      'sueco*': 'SE', 'suecas': 'SE', 'norueg*': 'NO', 'dinamarques*': 'DK', 'polaco*': 'PL', 'polaca*': 'PL', 'holandes*': 'NL', 'neerlandes*': 'NL', 'portugues*': 'PT', 'britanic*': 'GB', austria: 'AT', 'austriac*': 'AT', irlanda: 'IE', 'irlandes*': 'IE', 'finlandes*': 'FI', 'japones*': 'JP', 'brasileir*': 'BR', 'mexican*': 'MX', 'australian*': 'AU', 'corean*': 'KR', 'grego': 'GR', 'grega': 'GR', 'gregos': 'GR', 'gregas': 'GR', 'checo*': 'CZ', 'checa*': 'CZ', 'turco*': 'TR', 'turca*': 'TR',
      franca: 'FR', 'frances*': 'FR', alemanha: 'DE', 'alema*': 'DE', italia: 'IT', 'italian*': 'IT', espanha: 'ES',
      'espanhol*': 'ES', suica: 'CH', 'suic*': 'CH', belgica: 'BE', suecia: 'SE', noruega: 'NO', dinamarca: 'DK',
      polonia: 'PL', 'paises baixos': 'NL', holanda: 'NL', portugal: 'PT', 'reino unido': 'GB', brasil: 'BR',
      'american*': 'US', 'norte american*': 'US', aragao: 'ES/aragon', 'aragones*': 'ES/aragon', madri: 'ES/madrid',
      'madrilen*': 'ES/madrid', saragoca: 'ES/aragon/zaragoza',
    },
    attributions: ['segundo', 'fontes', 'informou', 'antecipado'],
    attributedTo: ['segundo', 'de acordo com'],
    contrasts: ['dos quais', 'das quais', 'incluindo', 'em comparacao', 'comparado com', 'frente a'],
    totals: ['no total', 'total'],
    relativeWhen: ['quando'],
    rivals: ['concorrent*', 'rival*', 'homolog*'],
    equivalents: ['ou seja', 'equivalentes a'],
    since: ['desde'],
    ago: ['ha', 'atras'],
    present: ['atualmente', 'hoje', 'neste momento', 'hoje em dia'],
    targets: ['atingir', 'atingira', 'alcancar', 'alcancara', 'chegar a', 'chegara a', 'passar para', 'passara para'],
    horizons: ['proximos', 'proximas', 'durante', 'ao longo de'],
    past: ['no mes passado', 'o mes passado', 'no ano passado'],
    // CLDR's words for last/this/next year, quarter, month (Intl.RelativeTimeFormat), then what it lacks
    relativePeriods: { ...RELATIVE_PERIODS, 'no ano que vem': { unit: 'year', offset: 1 } },
    notNames: ['o', 'a', 'os', 'as', 'um', 'uma', 'este', 'esta', 'em', 'no', 'na', 'com', 'por', 'para', 'de', 'e', 'mas',
      'ao', 'foi', 'antes', 'segunda', 'terca', 'quarta', 'quinta', 'sexta', 'sabado', 'domingo', 'governo'],
  },
};
