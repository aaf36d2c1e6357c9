// A number and its unit written as one word, and the Nordic genitive of a unit. Germanic and Polish write a number
// and a unit as one adjective or age noun ("die achtjährige Reise", "de twintigjarige Deen", "en femårig aftale",
// "czteroletnią umowę", "siedmiominutowa akcja"; rule `numberUnitCompound`, data `unitCompounds` of each module),
// and Danish, Norwegian and Swedish put a counted unit in the genitive with an "s" ("tolv års fengsel", "to ugers
// undtagelsestilstand"; data `genitiveS`). Sentences follow real reports in each language.
import { describe } from 'node:test';
import { patternSuite, type PatternCase } from './pattern-helpers';

const cases: PatternCase[] = [
  // numberUnitCompound: German -jährig, -tägig, -stündig, -monatig, and the compound's first part "Vierjahres-"
  {
    lang: 'de',
    text: 'Die achtjährige Reise zu den Eismonden des Jupiter beginnt.',
    phrase: 'achtjährige',
    value: 8,
    unit: 'year',
  },
  {
    lang: 'de',
    text: 'Auf ihrer achtjährigen Reise fliegt die Sonde zunächst um die Venus.',
    phrase: 'achtjährigen',
    value: 8,
    unit: 'year',
  },
  {
    lang: 'de',
    text: 'Kane unterschreibt in München einen Vierjahres-Vertrag.',
    phrase: 'Vierjahres',
    value: 4,
    unit: 'year',
  },
  {
    lang: 'de',
    text: 'Nach einer zweistündigen Sitzung trat der Rat vor die Presse.',
    phrase: 'zweistündigen',
    value: 2,
    unit: 'hour',
  },
  {
    lang: 'de',
    text: 'Die Gewerkschaft ruft zu einem dreitägigen Streik auf.',
    phrase: 'dreitägigen',
    value: 3,
    unit: 'day',
  },
  {
    lang: 'de',
    text: 'Der Zwanzigjährige wechselt für 75 Millionen Euro nach Manchester.',
    phrase: 'Zwanzigjährige',
    value: 20,
    unit: 'year',
  },
  { lang: 'de', text: 'Nach fast zweijähriger Tournee ist Schluss.', phrase: 'zweijähriger', value: 2, unit: 'year' },
  { lang: 'de', text: 'Die langjährige Partnerin des Konzerns zieht sich zurück.', phrase: 'langjährige', none: true },
  { lang: 'de', text: 'Die diesjährige Messe war ausverkauft.', phrase: 'diesjährige', none: true },
  { lang: 'de', text: 'Minderjährige Flüchtlinge werden betreut.', phrase: 'Minderjährige', none: true },
  // Dutch -jarig, -daags, -urig
  {
    lang: 'nl',
    text: 'De twintigjarige Deen is na Mount de derde aanwinst.',
    phrase: 'twintigjarige',
    value: 20,
    unit: 'year',
  },
  { lang: 'nl', text: 'De bonden kondigen een driedaagse staking aan.', phrase: 'driedaagse', value: 3, unit: 'day' },
  {
    lang: 'nl',
    text: 'Het kabinet wil een vierjarig contract met de leverancier.',
    phrase: 'vierjarig',
    value: 4,
    unit: 'year',
  },
  { lang: 'nl', text: 'De jarige koning kreeg veel felicitaties.', phrase: 'jarige', none: true },
  { lang: 'nl', text: 'Een meerjarige afspraak is nog niet rond.', phrase: 'meerjarige', none: true },
  // Danish, Norwegian, Swedish -årig, -åring
  {
    lang: 'da',
    text: 'Parterne landede på en femårig aftale med option på en sæson mere.',
    phrase: 'femårig',
    value: 5,
    unit: 'year',
  },
  { lang: 'da', text: 'En toårig pige blev reddet ud af bilen.', phrase: 'toårig', value: 2, unit: 'year' },
  { lang: 'da', text: 'Han har været en mangeårig profil i klubben.', phrase: 'mangeårig', none: true },
  { lang: 'nb', text: 'Han signerte en treårig kontrakt med Brann.', phrase: 'treårig', value: 3, unit: 'year' },
  { lang: 'nb', text: 'En tjueåring er pågrepet etter ranet.', phrase: 'tjueåring', value: 20, unit: 'year' },
  {
    lang: 'sv',
    text: 'Regeringen föreslår ett treårigt försök med sänkt skatt.',
    phrase: 'treårigt',
    value: 3,
    unit: 'year',
  },
  { lang: 'sv', text: 'En mångårig vän till familjen berättar.', phrase: 'mångårig', none: true },
  // Polish: the combining form of the number before -letni, -minutowy, -kilometrowy, -metrowy, -dniowy, -latek
  {
    lang: 'pl',
    text: 'Kane przejdzie testy medyczne i podpisze czteroletnią umowę.',
    phrase: 'czteroletnią',
    value: 4,
    unit: 'year',
  },
  {
    lang: 'pl',
    text: 'Zarobi 25 mln euro brutto w ramach czteroletniej umowy.',
    phrase: 'czteroletniej',
    value: 4,
    unit: 'year',
  },
  {
    lang: 'pl',
    text: 'Choć siedmiominutowa akcja wyglądała na zleconą, sprawcy uciekli.',
    phrase: 'siedmiominutowa',
    value: 7,
    unit: 'minute',
  },
  {
    lang: 'pl',
    text: 'Autobus spadł z około dziesięciometrowej rampy wiaduktu.',
    phrase: 'dziesięciometrowej',
    value: 10,
    unit: 'm',
  },
  {
    lang: 'pl',
    text: 'Ludzie wypełniają całą czterokilometrową trasę przemarszu.',
    phrase: 'czterokilometrową',
    value: 4,
    unit: 'km',
  },
  { lang: 'pl', text: 'Związkowcy zapowiedzieli trzydniowy strajk.', phrase: 'trzydniowy', value: 3, unit: 'day' },
  {
    lang: 'pl',
    text: 'Dwudziestopięcioletni piłkarz trafi do Monachium.',
    phrase: 'Dwudziestopięcioletni',
    value: 25,
    unit: 'year',
  },
  {
    lang: 'pl',
    text: 'Policja zatrzymała dwóch mężczyzn i czterolatka.',
    phrase: 'czterolatka',
    value: 4,
    unit: 'year',
  },
  { lang: 'pl', text: 'Wieloletni prezes spółki odchodzi.', phrase: 'Wieloletni', none: true },
  { lang: 'pl', text: 'Letnia pogoda utrzyma się do niedzieli.', phrase: 'Letnia', none: true },
  // capitalized inside the sentence where nouns are not: a name (a roundabout named after a TV series)
  {
    lang: 'pl',
    text: 'Pochód ruszył od ronda Czterdziestolatka do ronda Dmowskiego.',
    phrase: 'Czterdziestolatka',
    none: true,
  },
  { lang: 'pl', text: 'To kilkuletnia inwestycja.', phrase: 'kilkuletnia', none: true },
  // genitiveS: the Nordic genitive of a counted unit, after a written number or digits
  { lang: 'da', text: 'Lufthavnen åbner efter ni års forsinkelse.', phrase: 'ni års', value: 9, unit: 'year' },
  {
    lang: 'da',
    text: 'Præsidenten erklærede to ugers undtagelsestilstand i byen.',
    phrase: 'to ugers',
    value: 2,
    unit: 'week',
  },
  { lang: 'da', text: 'Hun fik 4 års fængsel for bedrageri.', phrase: '4 års', value: 4, unit: 'year' },
  {
    lang: 'nb',
    text: 'Britisk milliardær dømt til tolv års fengsel i Danmark.',
    phrase: 'tolv års',
    value: 12,
    unit: 'year',
  },
  {
    lang: 'nb',
    text: 'Forliket kom etter fem måneders tøffe forhandlinger.',
    phrase: 'fem måneders',
    value: 5,
    unit: 'month',
  },
  { lang: 'nb', text: 'Det tar 15 minutters kjøring fra sentrum.', phrase: '15 minutters', value: 15, unit: 'minute' },
  { lang: 'sv', text: 'Han dömdes till fem års fängelse.', phrase: 'fem års', value: 5, unit: 'year' },
  { lang: 'sv', text: 'Avtalet kom efter två dagars förhandlingar.', phrase: 'två dagars', value: 2, unit: 'day' },
  { lang: 'sv', text: 'Nu är det dags för nästa steg, sade ministern.', phrase: 'dags', none: true },
];

describe('patterns: a number and its unit as one word, and the Nordic genitive', () => patternSuite(cases));
