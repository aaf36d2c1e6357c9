/**
 * What a figure counts, as a class claims are formed on: money (any currency: converted before comparing), percent,
 * a counted noun's group (person, job, ...), a physical unit, a duration, a date.
 */
import type { PredicateId } from '../lang/claim-vocabulary';
import type { Figure } from '../types';
import { cognateKey, conceptOfLemma } from '../vocab/index';

/** Counted nouns that count the same thing (the English lemmas the figure stage emits). */
const GROUPS: Record<string, string[]> = {
  person: [
    'person',
    'people',
    'citizen',
    'inhabitant',
    'resident',
    'individual',
    'worker',
    'employee',
    'staff',
    'entrepreneur',
    'italian',
    'swiss',
    'french',
    'german',
    'student',
    'user',
  ],
  gpu: ['gpu', 'processor', 'chip', 'graphicsprocessor', 'accelerator'],
  'data center': ['datacenter', 'datacentre'],
  job: ['job', 'position', 'post', 'workplace', 'hire'],
  startup: ['startup', 'start-up'],
  ha: ['ha', 'hectare'],
  km: ['km', 'kilometer', 'kilometre'],
  m2: ['m2', 'squaremeter', 'squaremetre', 'sqm'],
  GW: ['gw', 'gigawatt'],
  MW: ['mw', 'megawatt'],
  year: ['year'],
  month: ['month'],
  week: ['week'],
  day: ['day'],
  hour: ['hour'],
};
const key = (u: string): string =>
  u
    .toLowerCase()
    .replace(/[\s_-]+/g, '')
    .replace(/s$/, '');
const groupOf = new Map<string, string>();
for (const [g, members] of Object.entries(GROUPS)) for (const m of members) groupOf.set(key(m), g);

/**
 * Measures in two unit systems are one class, compared after exact conversion into the class's unit ("about 93 miles"
 * against "unos 200 kilómetros", "160 km/h (100 mph)"): the unit a figure carries, its class and how to convert.
 */
const MEASURES: Record<string, { cls: string; toBase: (v: number) => number }> = {};
const linear = (cls: string, units: Record<string, number>): void => {
  for (const [u, f] of Object.entries(units)) MEASURES[u] = { cls, toBase: (v) => v * f };
};
linear('km', { km: 1, m: 1e-3, cm: 1e-5, mm: 1e-6, mi: 1.609344, yd: 0.0009144, ft: 0.0003048, in: 0.0000254 });
linear('kg', { kg: 1, g: 1e-3, t: 1000, lb: 0.45359237, oz: 0.028349523125 });
linear('l', { l: 1, ml: 1e-3, gal: 3.785411784, 'fl oz': 0.0295735295625 });
linear('km/h', { 'km/h': 1, mph: 1.609344, 'm/s': 3.6 });
linear('ha', { ha: 1, ac: 0.40468564224, m2: 1e-4, km2: 100 });
// a volume, a power, an energy in any of its units: "33 millones de litros" against "33 milhões de metros cúbicos" is a
// slip of a thousand, not two facts; "1,6 GW" is "1 600 MW"
linear('l', { m3: 1000, km3: 1e12, cl: 0.01, dl: 0.1 });
linear('MW', { W: 1e-6, kW: 1e-3, MW: 1, GW: 1e3, TW: 1e6 });
linear('MWh', { Wh: 1e-6, kWh: 1e-3, MWh: 1, GWh: 1e3, TWh: 1e6 });
MEASURES['°C'] = { cls: '°C', toBase: (v) => v };
MEASURES['°F'] = { cls: '°C', toBase: (v) => ((v - 32) * 5) / 9 };

/** A measure's value in its class's unit (kilometres, kilograms, litres, km/h, hectares, °C); other figures as they are. */
export function measureAmount(f: Figure, v: number): number {
  return f.kind === 'quantity' ? (MEASURES[f.unit]?.toBase(v) ?? v) : v;
}

/** Units that measure time spans: a duration is a fact of its own, compared like any count. */
export const DURATIONS = new Set(['year', 'month', 'week', 'day', 'hour']);

/** The class a figure's claims are formed on: "money", "%", "date", or a counted/measured unit group. */
export function unitClass(f: Figure): string {
  if (f.kind === 'money') return 'money';
  if (f.kind === 'percent') return '%';
  if (f.kind === 'date') return 'date';
  const measure = MEASURES[f.unit];
  if (measure) return measure.cls;
  // a noun no resource knows keeps its source word: its cognates in the other languages meet it
  // ("manifestanti" / "manifestantes" / "Manifestanten"), and so does an English lemma of the same shape ("migrant")
  if (f.unitKnown === false) return groupOf.get(cognateKey(f.unit)) ?? cognateKey(f.unit);
  // the English lemma's concept says what it counts: a participant of a crowd is a person, like a protester
  const unit = conceptOfLemma(f.unit)?.unit ?? f.unit;
  return groupOf.get(key(unit)) ?? key(unit);
}

/** The predicate a counted noun implies when no cue word says otherwise. */
export const UNIT_PREDICATES: Record<string, PredicateId> = {
  job: 'create-jobs',
  person: 'train-people',
  gpu: 'supply-gpus',
  startup: 'support-startups',
  'data center': 'build-data-centers',
  customer: 'customers',
  household: 'households',
  ha: 'area',
  m2: 'area',
  MW: 'capacity',
  GW: 'capacity',
};

/** Predicates a money figure can have; other cue words near a money figure (jobs, startups) say nothing about it. */
export const MONEY_PREDICATES: ReadonlySet<string> = new Set<PredicateId>([
  'invest',
  'raise-funding',
  'valuation',
  'revenue',
  'profit',
  'market-value',
  'share-price',
  'gdp',
  'funding-gap',
  'project-funding',
  'assets-under-management',
  'fine',
  'acquire',
  'loss',
  'debt',
  'subsidy',
  'price',
  'divestment',
  'taxpayers',
]);
/** Predicates a percentage can have. */
export const PERCENT_PREDICATES: ReadonlySet<string> = new Set<PredicateId>([
  'stake',
  'share-price',
  'share-price-change',
  'carbon-free-energy',
  'gdp',
  'revenue',
  'profit',
  'taxpayers',
]);

/** Predicates of counted things that make a fact of their own: jobs cut are not jobs created, a town's inhabitants are no one's staff. */
export const KEYED_COUNT_PREDICATES: ReadonlySet<string> = new Set<PredicateId>(['cut-jobs', 'population']);

/**
 * `keyed-predicate-domain`: what a keyed count predicate can be read for. A toll (a count with a role of its own: the
 * dead, the missing, the injured, vocab/roles.ts) is named by its own verb, so a verb of losing or disappearing near
 * it is that role's, not a cut ("70 desaparecidos", "han perdido la vida": no jobs lost); a measure (a distance, an
 * area) is neither cut nor a population ("12 kilometer" from the town of 3 000 "innbyggere"); and only people are a
 * population. A loss of other counted things keeps its predicate ("perdeu 13 deputados": seats lost, not seats held).
 */
export function keyedPredicateFits(predicate: string, cls: string, f: Figure): boolean {
  if (f.role !== undefined || cls === 'death' || MEASURE_CLASSES.has(cls)) return false;
  return predicate !== 'population' || cls === 'person';
}
const MEASURE_CLASSES: ReadonlySet<string> = new Set(Object.values(MEASURES).map((m) => m.cls));

/** Predicates of counts that state one fact in two ways: people employed are jobs. */
export const SAME_FACT_PREDICATES: Partial<Record<PredicateId, PredicateId>> = { employees: 'create-jobs' };
