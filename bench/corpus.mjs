// A deterministic multilingual news corpus for the benchmarks: hundreds of distinct events (company x country x
// date), each reported by many articles in the 11 supported languages, with the number forms real articles use
// (decimal comma or point, space / no-break space / dot / comma / apostrophe grouping, Md€, Mrd., mld, bn, mil
// milhões, mia. kr., written-out numbers, approximation words, ranges, deadlines) and a few deliberate slips
// (scale, value, currency) so that the claims stage has real conflicts to find. Same seed, same bytes.

/** mulberry32: a tiny, fast, well-distributed PRNG; enough for test data. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

const COMPANIES = [
  'Microsoft', 'Amazon', 'Google', 'Mistral AI', 'Siemens', 'SAP', 'Ørsted', 'Brookfield', 'Nvidia', 'Meta', 'Apple',
  'IBM', 'Oracle', 'Vodafone', 'Telefónica', 'Orange', 'Enel', 'Iberdrola', 'Equinor', 'Volvo', 'Ericsson', 'Nokia',
  'ING', 'Philips', 'ASML', 'Allegro', 'Orlen', 'Novo Nordisk', 'Maersk', 'Santander', 'EDP', 'Galp', 'Leonardo',
  'Stellantis', 'Renault', 'BMW', 'Bosch', 'Airbus', 'Capgemini', 'Spotify', 'Northvolt', 'Vestas', 'OVHcloud',
  'Schneider Electric', 'Infineon', 'STMicroelectronics', 'Prosus', 'Adyen', 'Klarna', 'Inditex',
];

// Country names in each language, in the order fr it de en es pt nl sv nb da pl.
const COUNTRIES = {
  FR: ['France', 'Francia', 'Frankreich', 'France', 'Francia', 'França', 'Frankrijk', 'Frankrike', 'Frankrike', 'Frankrig', 'Francji'],
  IT: ['Italie', 'Italia', 'Italien', 'Italy', 'Italia', 'Itália', 'Italië', 'Italien', 'Italia', 'Italien', 'Włoszech'],
  DE: ['Allemagne', 'Germania', 'Deutschland', 'Germany', 'Alemania', 'Alemanha', 'Duitsland', 'Tyskland', 'Tyskland', 'Tyskland', 'Niemczech'],
  ES: ['Espagne', 'Spagna', 'Spanien', 'Spain', 'España', 'Espanha', 'Spanje', 'Spanien', 'Spania', 'Spanien', 'Hiszpanii'],
  PT: ['Portugal', 'Portogallo', 'Portugal', 'Portugal', 'Portugal', 'Portugal', 'Portugal', 'Portugal', 'Portugal', 'Portugal', 'Portugalii'],
  NL: ['Pays-Bas', 'Paesi Bassi', 'Niederlande', 'the Netherlands', 'Países Bajos', 'Países Baixos', 'Nederland', 'Nederländerna', 'Nederland', 'Holland', 'Holandii'],
  SE: ['Suède', 'Svezia', 'Schweden', 'Sweden', 'Suecia', 'Suécia', 'Zweden', 'Sverige', 'Sverige', 'Sverige', 'Szwecji'],
  NO: ['Norvège', 'Norvegia', 'Norwegen', 'Norway', 'Noruega', 'Noruega', 'Noorwegen', 'Norge', 'Norge', 'Norge', 'Norwegii'],
  DK: ['Danemark', 'Danimarca', 'Dänemark', 'Denmark', 'Dinamarca', 'Dinamarca', 'Denemarken', 'Danmark', 'Danmark', 'Danmark', 'Danii'],
  PL: ['Pologne', 'Polonia', 'Polen', 'Poland', 'Polonia', 'Polónia', 'Polen', 'Polen', 'Polen', 'Polen', 'Polsce'],
  BE: ['Belgique', 'Belgio', 'Belgien', 'Belgium', 'Bélgica', 'Bélgica', 'België', 'Belgien', 'Belgia', 'Belgien', 'Belgii'],
  CH: ['Suisse', 'Svizzera', 'der Schweiz', 'Switzerland', 'Suiza', 'Suíça', 'Zwitserland', 'Schweiz', 'Sveits', 'Schweiz', 'Szwajcarii'],
  AT: ['Autriche', 'Austria', 'Österreich', 'Austria', 'Austria', 'Áustria', 'Oostenrijk', 'Österrike', 'Østerrike', 'Østrig', 'Austrii'],
  FI: ['Finlande', 'Finlandia', 'Finnland', 'Finland', 'Finlandia', 'Finlândia', 'Finland', 'Finland', 'Finland', 'Finland', 'Finlandii'],
};
const LANG_INDEX = { fr: 0, it: 1, de: 2, en: 3, es: 4, pt: 5, nl: 6, sv: 7, nb: 8, da: 9, pl: 10 };
export const LANGUAGES = Object.keys(LANG_INDEX);

/** Units of each currency per euro: a fixed table is enough for test data. */
const PER_EUR = { EUR: 1, USD: 1.08, GBP: 0.85, CHF: 0.96, SEK: 11.5, NOK: 11.7, DKK: 7.46, PLN: 4.3, BRL: 5.6 };

/** Formats x with the language's separators; `group` may be a plain space, NBSP, NNBSP, dot, comma or apostrophe. */
function fmt(x, decimals, dec, group) {
  const fixed = x.toFixed(decimals).replace(/\.?0+$/, (m) => (decimals > 0 ? '' : m));
  const [whole, frac] = fixed.split('.');
  const grouped = whole.length > 4 || (whole.length === 4 && group !== '') ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) : whole;
  return frac ? `${grouped}${dec}${frac}` : grouped;
}

// One module per language: separators, words, and how an article of that language states each kind of figure.
const L = {
  fr: {
    dec: ',', groups: [' ', '\u00a0', '\u202f'], months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    date: (d, m, y, M) => `${d} ${M[m]} ${y}`, approx: ['près de ', 'environ ', 'plus de ', ''], words: ['un', 'deux', 'trois', 'quatre', 'cinq'],
    money: { bn: ['{n} milliards d’euros', '{n} Md€', '{n} milliards de dollars:USD', '{n} milliards de couronnes:local'], mn: ['{n} millions d’euros', '{n} M€', '{n} millions de dollars:USD'] },
    jobs: '{n} emplois', startups: '{n} start-up', people: '{n} personnes', pct: ['{n} %', '{n} pour cent'], range: 'entre {a} et {b}',
    head: ['{co} va investir {money} en {pl}', '{co} annonce {money} pour {pl}', '{pl} : {co} promet {jobs}'],
    body: ['Le groupe {co} a annoncé le {date} un investissement de {money} en {pl} d’ici {deadline}.', 'Le projet doit créer {jobs} et former {people} aux outils numériques.', 'Selon la direction, {pct} de l’énergie consommée sera renouvelable.', 'Au total, {startups} seront accompagnées, a précisé le ministre.', 'Les travaux débuteront {range} mois après le feu vert des autorités.', 'Ce plan s’ajoute aux {money2} déjà engagés depuis {year0}.'],
    filler: ['Le président de la région a salué une « excellente nouvelle pour le territoire ».', 'Les syndicats restent prudents et demandent des garanties sur l’emploi local.', 'Microsoft 365 et la Switch 2 ne sont pas concernés par cette annonce, a indiqué un porte-parole.', 'C’est la 3e annonce de ce type cette année, après celles des concurrents américains.', 'Les élus locaux attendent désormais le détail du calendrier et des premiers recrutements.', 'L’entreprise n’a pas précisé la répartition des montants entre les différents sites.', 'Plusieurs analystes jugent l’annonce cohérente avec la stratégie européenne du groupe.', 'Le gouvernement y voit la preuve de l’attractivité du pays auprès des investisseurs étrangers.'],
  },
  it: {
    dec: ',', groups: ['.'], months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    date: (d, m, y, M) => `${d} ${M[m]} ${y}`, approx: ['circa ', 'oltre ', 'quasi ', ''], words: ['un', 'due', 'tre', 'quattro', 'cinque'],
    money: { bn: ['{n} miliardi di euro', '{n} mld di euro', '{n} miliardi di dollari:USD', '{n} mld di dollari:USD'], mn: ['{n} milioni di euro', '{n} mln di euro', '{n} milioni di dollari:USD'] },
    jobs: '{n} posti di lavoro', startups: '{n} startup', people: '{n} persone', pct: ['{n}%', '{n} per cento'], range: 'tra {a} e {b}',
    head: ['{co} investirà {money} in {pl}', '{co}, {money} per {pl}', '{co} punta su {pl}: {jobs}'],
    body: ['{co} ha annunciato il {date} un investimento di {money} in {pl} entro il {deadline}.', 'Il piano prevede {jobs} e la formazione di {people}.', 'Secondo l’azienda il {pct} dell’energia sarà rinnovabile.', 'Saranno coinvolte {startups} del territorio.', 'I cantieri apriranno {range} mesi dopo l’autorizzazione.', 'Si aggiungono ai {money2} già stanziati dal {year0}.'],
    filler: ['Il presidente della regione ha parlato di una «grande opportunità».', 'I sindacati chiedono garanzie per l’occupazione locale.', 'Microsoft 365 non è interessato dall’annuncio.', 'È il secondo annuncio del genere in pochi mesi.', 'Gli enti locali attendono ora il calendario dettagliato e le prime assunzioni.', 'L’azienda non ha precisato come saranno ripartiti gli importi tra i diversi siti.', 'Diversi analisti considerano l’annuncio coerente con la strategia europea del gruppo.', 'Il governo lo considera una prova dell’attrattività del Paese per gli investitori esteri.'],
  },
  de: {
    dec: ',', groups: ['.', '\u00a0', '\''], months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    date: (d, m, y, M) => `${d}. ${M[m]} ${y}`, approx: ['rund ', 'mehr als ', 'fast ', ''], words: ['eine', 'zwei', 'drei', 'vier', 'fünf'],
    money: { bn: ['{n} Milliarden Euro', '{n} Mrd. €', '{n} Mrd. Euro', '{n} Milliarden US-Dollar:USD', '{n} Milliarden Franken:CHF'], mn: ['{n} Millionen Euro', '{n} Mio. Euro', '{n} Millionen Dollar:USD'] },
    jobs: '{n} Arbeitsplätze', startups: '{n} Start-ups', people: '{n} Menschen', pct: ['{n} Prozent', '{n} %'], range: 'zwischen {a} und {b}',
    head: ['{co} investiert {money} in {pl}', '{co}: {money} für {pl}', '{co} will in {pl} {jobs} schaffen'],
    body: ['{co} hat am {date} Investitionen von {money} in {pl} bis {deadline} angekündigt.', 'Dabei sollen {jobs} entstehen und {people} geschult werden.', 'Nach Angaben des Konzerns stammen {pct} des Stroms aus erneuerbaren Quellen.', 'Gefördert werden zudem {startups}.', 'Der Bau beginnt {range} Monate nach der Genehmigung.', 'Bereits seit {year0} flossen {money2} in das Land.'],
    filler: ['Der Ministerpräsident sprach von einem „starken Signal für den Standort“.', 'Gewerkschaften fordern Zusagen für die Beschäftigten.', 'Windows 11 und Microsoft 365 sind davon nicht betroffen.', 'Es ist die dritte Ankündigung dieser Art in diesem Jahr.', 'Die Kommunen warten nun auf den genauen Zeitplan und die ersten Einstellungen.', 'Wie sich die Summe auf die einzelnen Standorte verteilt, ließ das Unternehmen offen.', 'Mehrere Analysten halten die Ankündigung für folgerichtig in der Europastrategie des Konzerns.', 'Die Regierung sieht darin einen Beleg für die Attraktivität des Standorts.'],
  },
  en: {
    dec: '.', groups: [','], months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    date: (d, m, y, M) => `${M[m]} ${d}, ${y}`, approx: ['about ', 'more than ', 'nearly ', ''], words: ['one', 'two', 'three', 'four', 'five'],
    money: { bn: ['€{n}bn', '€{n} billion', '${n}bn:USD', 'US$ {n} billion:USD', '£{n}bn:GBP'], mn: ['€{n}m', '€{n} million', 'US$ {n} million:USD'] },
    jobs: '{n} jobs', startups: '{n} startups', people: '{n} people', pct: ['{n}%', '{n} per cent'], range: '{a} to {b}',
    head: ['{co} to invest {money} in {pl}', '{co} pledges {money} for {pl}', '{co} to create {jobs} in {pl}'],
    body: ['{co} said on {date} it would invest {money} in {pl} by {deadline}.', 'The plan will create {jobs} and train {people} in digital skills.', 'The company said {pct} of the power would come from renewables.', 'It will also support {startups}.', 'Construction will start {range} months after approval.', 'That comes on top of {money2} spent since {year0}.'],
    filler: ['The regional governor called it "a vote of confidence".', 'Unions asked for guarantees on local hiring.', 'Microsoft 365 and the Switch 2 are not part of the deal, a spokesperson said.', 'It is the 2nd such announcement this year.', 'Local officials are now waiting for a detailed timetable and the first hires.', 'The company did not say how the money would be split between sites.', "Several analysts said the move fits the group's European strategy.", 'The government hailed it as proof that the country remains attractive to foreign investors.'],
  },
  es: {
    dec: ',', groups: ['.'], months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    date: (d, m, y, M) => `${d} de ${M[m]} de ${y}`, approx: ['unos ', 'más de ', 'casi ', ''], words: ['un', 'dos', 'tres', 'cuatro', 'cinco'],
    money: { bn: ['{n} mil millones de euros', '{n} millones de euros:x1000', '{n} mil millones de dólares:USD'], mn: ['{n} millones de euros', '{n} millones de dólares:USD'] },
    jobs: '{n} empleos', startups: '{n} startups', people: '{n} personas', pct: ['{n} %', '{n} por ciento'], range: 'entre {a} y {b}',
    head: ['{co} invertirá {money} en {pl}', '{co} anuncia {money} para {pl}', '{co} creará {jobs} en {pl}'],
    body: ['{co} anunció el {date} una inversión de {money} en {pl} hasta {deadline}.', 'El plan creará {jobs} y formará a {people}.', 'Según la empresa, el {pct} de la energía será renovable.', 'También apoyará a {startups}.', 'Las obras comenzarán {range} meses después de la licencia.', 'Se suma a los {money2} invertidos desde {year0}.'],
    filler: ['El presidente autonómico habló de «una gran noticia».', 'Los sindicatos piden garantías para el empleo local.', 'Microsoft 365 no forma parte del acuerdo.', 'Es el segundo anuncio de este tipo en el año.', 'Las autoridades locales esperan ahora el calendario detallado y las primeras contrataciones.', 'La empresa no detalló cómo se repartirá el importe entre los distintos centros.', 'Varios analistas consideran el anuncio coherente con la estrategia europea del grupo.', 'El Gobierno lo ve como una prueba del atractivo del país para los inversores extranjeros.'],
  },
  pt: {
    dec: ',', groups: ['.'], months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    date: (d, m, y, M) => `${d} de ${M[m]} de ${y}`, approx: ['cerca de ', 'mais de ', 'quase ', ''], words: ['um', 'dois', 'três', 'quatro', 'cinco'],
    money: { bn: ['{n} mil milhões de euros', '{n} bilhões de euros', 'R$ {n} bilhões:BRL', '{n} bilhões de dólares:USD'], mn: ['{n} milhões de euros', '{n} milhões de dólares:USD'] },
    jobs: '{n} empregos', startups: '{n} startups', people: '{n} pessoas', pct: ['{n}%', '{n} por cento'], range: 'entre {a} e {b}',
    head: ['{co} vai investir {money} em {pl}', '{co} anuncia {money} para {pl}', '{co} promete {jobs} em {pl}'],
    body: ['A {co} anunciou em {date} um investimento de {money} em {pl} até {deadline}.', 'O plano deve criar {jobs} e capacitar {people}.', 'Segundo a empresa, {pct} da energia será renovável.', 'Também serão apoiadas {startups}.', 'As obras começam {range} meses após a licença.', 'O valor soma-se aos {money2} investidos desde {year0}.'],
    filler: ['O governo regional falou de «uma excelente notícia».', 'Os sindicatos pedem garantias para o emprego local.', 'O Microsoft 365 não faz parte do acordo.', 'É o segundo anúncio do género este ano.', 'As autoridades locais aguardam agora o calendário detalhado e as primeiras contratações.', 'A empresa não detalhou como o montante será dividido entre os vários locais.', 'Vários analistas consideram o anúncio coerente com a estratégia europeia do grupo.', 'O governo vê nisto uma prova da atratividade do país junto dos investidores estrangeiros.'],
  },
  nl: {
    dec: ',', groups: ['.'], months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    date: (d, m, y, M) => `${d} ${M[m]} ${y}`, approx: ['ongeveer ', 'meer dan ', 'bijna ', ''], words: ['een', 'twee', 'drie', 'vier', 'vijf'],
    money: { bn: ['{n} miljard euro', '€{n} miljard', '{n} miljard dollar:USD'], mn: ['{n} miljoen euro', '€{n} miljoen'] },
    jobs: '{n} banen', startups: '{n} start-ups', people: '{n} mensen', pct: ['{n} procent', '{n}%'], range: 'tussen {a} en {b}',
    head: ['{co} investeert {money} in {pl}', '{co} belooft {money} voor {pl}', '{co} schept {jobs} in {pl}'],
    body: ['{co} maakte op {date} bekend {money} te investeren in {pl} tegen {deadline}.', 'Het plan levert {jobs} op en {people} krijgen een opleiding.', 'Volgens het bedrijf is {pct} van de stroom groen.', 'Daarnaast worden {startups} ondersteund.', 'De bouw start {range} maanden na de vergunning.', 'Eerder investeerde het bedrijf al {money2} sinds {year0}.'],
    filler: ['De gouverneur sprak van „een sterk signaal”.', 'Vakbonden willen garanties voor lokale banen.', 'Microsoft 365 valt buiten de deal.', 'Het is de tweede aankondiging dit jaar.', 'Lokale bestuurders wachten nu op een gedetailleerde planning en de eerste aanwervingen.', 'Het bedrijf zei niet hoe het bedrag over de locaties wordt verdeeld.', 'Verschillende analisten noemen de aankondiging logisch binnen de Europese strategie van het concern.', 'De regering ziet het als bewijs dat het land aantrekkelijk blijft voor buitenlandse investeerders.'],
  },
  sv: {
    dec: ',', groups: [' ', '\u00a0'], months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    date: (d, m, y, M) => `${d} ${M[m]} ${y}`, approx: ['omkring ', 'mer än ', 'nästan ', ''], words: ['en', 'två', 'tre', 'fyra', 'fem'],
    money: { bn: ['{n} miljarder kronor:local', '{n} miljarder euro', '{n} mdr kr:local', '{n} miljarder dollar:USD'], mn: ['{n} miljoner kronor:local', '{n} miljoner euro'] },
    jobs: '{n} jobb', startups: '{n} startups', people: '{n} personer', pct: ['{n} procent', '{n} %'], range: 'mellan {a} och {b}',
    head: ['{co} investerar {money} i {pl}', '{co} satsar {money} på {pl}', '{co} skapar {jobs} i {pl}'],
    body: ['{co} meddelade den {date} att bolaget investerar {money} i {pl} till {deadline}.', 'Satsningen ska ge {jobs} och utbilda {people}.', 'Enligt bolaget kommer {pct} av elen från förnybara källor.', 'Dessutom stöds {startups}.', 'Bygget startar {range} månader efter tillståndet.', 'Sedan {year0} har bolaget redan investerat {money2}.'],
    filler: ['Landshövdingen talade om ”ett styrkebesked”.', 'Facken kräver garantier för lokala jobb.', 'Microsoft 365 omfattas inte.', 'Det är årets andra besked av det slaget.', 'Kommunerna väntar nu på en detaljerad tidsplan och de första rekryteringarna.', 'Bolaget ville inte säga hur summan fördelas mellan anläggningarna.', 'Flera analytiker menar att beskedet passar koncernens Europastrategi.', 'Regeringen ser det som ett bevis på att landet är attraktivt för utländska investerare.'],
  },
  nb: {
    dec: ',', groups: [' ', '\u00a0'], months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
    date: (d, m, y, M) => `${d}. ${M[m]} ${y}`, approx: ['rundt ', 'mer enn ', 'nesten ', ''], words: ['én', 'to', 'tre', 'fire', 'fem'],
    money: { bn: ['{n} milliarder kroner:local', '{n} mrd. kroner:local', '{n} milliarder euro'], mn: ['{n} millioner kroner:local', '{n} millioner euro'] },
    jobs: '{n} arbeidsplasser', startups: '{n} oppstartsselskaper', people: '{n} personer', pct: ['{n} prosent', '{n} %'], range: 'mellom {a} og {b}',
    head: ['{co} investerer {money} i {pl}', '{co} satser {money} på {pl}', '{co} skaper {jobs} i {pl}'],
    body: ['{co} kunngjorde {date} at selskapet vil investere {money} i {pl} innen {deadline}.', 'Planen skal gi {jobs} og lære opp {people}.', 'Ifølge selskapet kommer {pct} av strømmen fra fornybare kilder.', 'I tillegg får {startups} støtte.', 'Byggingen starter {range} måneder etter godkjenning.', 'Siden {year0} har selskapet investert {money2}.'],
    filler: ['Fylkesordføreren kalte det «en gledelig nyhet».', 'Fagforeningene krever garantier for lokale jobber.', 'Microsoft 365 er ikke omfattet.', 'Dette er årets andre kunngjøring av typen.', 'Kommunene venter nå på en detaljert tidsplan og de første ansettelsene.', 'Selskapet ville ikke si hvordan beløpet fordeles mellom anleggene.', 'Flere analytikere mener kunngjøringen passer med konsernets Europa-strategi.', 'Regjeringen ser det som et bevis på at landet er attraktivt for utenlandske investorer.'],
  },
  da: {
    dec: ',', groups: ['.'], months: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
    date: (d, m, y, M) => `${d}. ${M[m]} ${y}`, approx: ['omkring ', 'mere end ', 'næsten ', ''], words: ['en', 'to', 'tre', 'fire', 'fem'],
    money: { bn: ['{n} milliarder kroner:local', '{n} mia. kr.:local', '{n} milliarder euro'], mn: ['{n} millioner kroner:local', '{n} mio. euro'] },
    jobs: '{n} arbejdspladser', startups: '{n} iværksættere', people: '{n} personer', pct: ['{n} procent', '{n} pct.'], range: 'mellem {a} og {b}',
    head: ['{co} investerer {money} i {pl}', '{co} satser {money} på {pl}', '{co} skaber {jobs} i {pl}'],
    body: ['{co} meddelte den {date}, at selskabet investerer {money} i {pl} inden {deadline}.', 'Planen skal skabe {jobs} og uddanne {people}.', 'Ifølge selskabet kommer {pct} af strømmen fra vedvarende energi.', 'Desuden støttes {startups}.', 'Byggeriet går i gang {range} måneder efter godkendelsen.', 'Siden {year0} har selskabet investeret {money2}.'],
    filler: ['Regionsformanden kaldte det »en god nyhed«.', 'Fagbevægelsen kræver garantier for lokale job.', 'Microsoft 365 er ikke omfattet.', 'Det er årets anden melding af den slags.', 'Kommunerne venter nu på en detaljeret tidsplan og de første ansættelser.', 'Selskabet ville ikke oplyse, hvordan beløbet fordeles mellem anlæggene.', 'Flere analytikere mener, at meldingen passer til koncernens europæiske strategi.', 'Regeringen ser det som et bevis på, at landet er attraktivt for udenlandske investorer.'],
  },
  pl: {
    dec: ',', groups: [' ', '\u00a0'], months: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
    date: (d, m, y, M) => `${d} ${M[m]} ${y}`, approx: ['około ', 'ponad ', 'prawie ', ''], words: ['jeden', 'dwa', 'trzy', 'cztery', 'pięć'],
    money: { bn: ['{n} mld zł:local', '{n} mld euro', '{n} miliardów złotych:local', '{n} mld dolarów:USD'], mn: ['{n} mln euro', '{n} mln zł:local'] },
    jobs: '{n} miejsc pracy', startups: '{n} startupów', people: '{n} osób', pct: ['{n} proc.', '{n}%'], range: 'od {a} do {b}',
    head: ['{co} zainwestuje {money} w {pl}', '{co}: {money} dla {pl}', '{co} stworzy {jobs} w {pl}'],
    body: ['{co} ogłosił {date} inwestycję w wysokości {money} w {pl} do {deadline}.', 'Plan ma stworzyć {jobs} i przeszkolić {people}.', 'Według firmy {pct} energii będzie pochodzić ze źródeł odnawialnych.', 'Wsparcie otrzyma też {startups}.', 'Budowa ruszy {range} miesięcy po uzyskaniu zgody.', 'Od {year0} firma zainwestowała już {money2}.'],
    filler: ['Marszałek województwa mówił o „świetnej wiadomości”.', 'Związkowcy domagają się gwarancji zatrudnienia.', 'Microsoft 365 nie jest objęty umową.', 'To druga taka zapowiedź w tym roku.', 'Władze lokalne czekają teraz na szczegółowy harmonogram i pierwsze rekrutacje.', 'Firma nie ujawniła, jak kwota zostanie podzielona między poszczególne lokalizacje.', 'Kilku analityków uważa, że zapowiedź wpisuje się w europejską strategię koncernu.', 'Rząd widzi w tym dowód atrakcyjności kraju dla zagranicznych inwestorów.'],
  },
};
const LOCAL = { sv: 'SEK', nb: 'NOK', da: 'DKK', pl: 'PLN', fr: 'SEK' };

/** Several hundred distinct events: no two share company, country and date. */
export function makeEvents(count, seed = 1) {
  const r = rng(seed);
  const keys = Object.keys(COUNTRIES);
  const events = [];
  const seen = new Set();
  while (events.length < count) {
    const e = {
      company: pick(r, COMPANIES), country: pick(r, keys), year: 2019 + Math.floor(r() * 8), month: Math.floor(r() * 12),
      day: 1 + Math.floor(r() * 28), amountEur: Math.round((0.2 + r() * 11.8) * 100) / 100 * 1e9,
      jobs: Math.round(100 + r() * 9900), startups: Math.round(50 + r() * 4950), people: Math.round(1000 + r() * 999000),
      pct: Math.round(20 + r() * 80), horizon: 2 + Math.floor(r() * 5), months: [6 + Math.floor(r() * 6), 12 + Math.floor(r() * 12)],
      previousEur: Math.round((0.1 + r() * 3) * 10) / 10 * 1e9,
    };
    const key = `${e.company}|${e.country}|${e.year}`;
    if (seen.has(key)) continue;
    seen.add(key);
    events.push(e);
  }
  return events;
}

/** Units of `currency` per euro on an ISO day: the engine's ECB table when given, else the fixed table. */
let rateOn = (currency) => PER_EUR[currency];

function moneyText(r, lang, eur, allowSlip, isoDay) {
  const spec = L[lang];
  let value = eur;
  // ~3 % of mentions carry a slip: ten-fold or thousand-fold scale, or a different value
  const slip = allowSlip ? r() : 1;
  if (slip < 0.01) value *= 1000;
  else if (slip < 0.02) value *= 1.25;
  const big = value >= 1e9;
  const form = pick(r, big ? spec.money.bn : spec.money.mn);
  const [template, tag] = form.split(/:(?=[A-Zlx])/);
  const currency = tag === 'local' ? LOCAL[lang] : tag && tag !== 'x1000' ? tag : 'EUR';
  let amount = (value * rateOn(currency, isoDay)) / (big ? 1e9 : 1e6);
  if (tag === 'x1000') amount *= 1000;
  const group = pick(r, spec.groups);
  const decimals = amount >= 100 ? 0 : pick(r, [0, 1, 1, 2]);
  const rounded = Number(amount.toFixed(decimals));
  const n = rounded >= 1 && rounded <= 5 && Number.isInteger(rounded) && r() < 0.3 ? spec.words[rounded - 1] : fmt(amount, decimals, spec.dec, group);
  return approx(r, spec) + template.replace('{n}', n);
}

/** Most figures are stated plainly; some carry an approximation word or a bound. */
function approx(r, spec) {
  return r() < 0.65 ? '' : pick(r, spec.approx);
}

function countText(r, lang, template, n) {
  const spec = L[lang];
  const group = pick(r, spec.groups);
  return approx(r, spec) + template.replace('{n}', fmt(n, 0, spec.dec, group));
}

function fill(r, lang, template, e, published) {
  const spec = L[lang];
  const place = COUNTRIES[e.country][LANG_INDEX[lang]];
  const deadline = e.year + e.horizon;
  const isoDay = `${published.year}-${String(published.month + 1).padStart(2, '0')}-${String(published.day).padStart(2, '0')}`;
  return template.replace(/\{(\w+)\}/g, (_, key) => {
    switch (key) {
      case 'co': return e.company;
      case 'pl': return place;
      case 'money': return moneyText(r, lang, e.amountEur, true, isoDay);
      case 'money2': return moneyText(r, lang, e.previousEur, false, isoDay);
      case 'jobs': return countText(r, lang, spec.jobs, e.jobs);
      case 'startups': return countText(r, lang, spec.startups, e.startups);
      case 'people': return countText(r, lang, spec.people, e.people);
      case 'pct': return pick(r, spec.pct).replace('{n}', String(e.pct));
      case 'date': return spec.date(published.day, published.month, published.year, spec.months);
      case 'deadline': return String(deadline);
      case 'range': return spec.range.replace('{a}', String(e.months[0])).replace('{b}', String(e.months[1]));
      case 'year0': return String(e.year - 1 - (e.horizon % 3));
      default: return key;
    }
  });
}

/** One article about event `e` in `lang`: headline, dateline, blank line, body (as the corpus lays them out). */
export function makeArticle(e, lang, r) {
  const spec = L[lang];
  const shift = Math.floor(r() * 3);
  const published = { year: e.year, month: e.month, day: Math.min(28, e.day + shift) };
  const lines = [fill(r, lang, pick(r, spec.head), e, published), spec.date(published.day, published.month, published.year, spec.months), ''];
  // Like a news story: the lead states the main figure once, the following paragraphs add the others, then
  // context without figures. Each sentence appears at most once.
  const [lead, second, ...rest] = spec.body;
  const fillers = [...spec.filler].sort(() => r() - 0.5);
  const paragraphs = [
    [lead, ...(r() < 0.8 ? [second] : [])],
    [...rest.filter(() => r() < 0.7), fillers[0]],
    fillers.slice(1, 5 + Math.floor(r() * 3)),
  ];
  for (const templates of paragraphs) {
    if (templates.length === 0) continue;
    lines.push(templates.map((t) => fill(r, lang, t, e, published)).join(' '), '');
  }
  return lines.join('\n');
}

/**
 * `count` articles about round(count / 12) events (at least 50; a folder about one story holds 5 to 15 articles), every language represented, in a fixed order.
 * Returns { name, lang, text }[]; names sort in generation order. `ecbRate(currency, isoDay) -> { perEur }`, when
 * given, converts amounts at the rate of the publication day, so that sources agree unless a slip was injected.
 */
export function makeCorpus(count, seed = 7, ecbRate = undefined) {
  rateOn = ecbRate ? (currency, day) => ecbRate(currency, day)?.perEur ?? PER_EUR[currency] : (currency) => PER_EUR[currency];
  const events = makeEvents(Math.max(50, Math.round(count / 12)), seed);
  const r = rng(seed * 7919);
  const out = [];
  for (let i = 0; i < count; i++) {
    const eventIndex = i % events.length;
    const e = events[eventIndex];
    const lang = LANGUAGES[(i * 7 + Math.floor(i / events.length)) % LANGUAGES.length];
    out.push({ name: `${String(eventIndex).padStart(4, '0')}-${String(i).padStart(5, '0')}-${lang}.txt`, lang, text: makeArticle(e, lang, r) });
  }
  return out;
}
