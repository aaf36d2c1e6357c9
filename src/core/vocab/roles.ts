/**
 * What a count of people counts, from its clause: "a coûté la vie à 2.012 personnes", "zginęło 1014 osób", "4000
 * personer har omkommit", "179 personas muertas" count deaths, not persons (docs/conflict-rules.md, "Outbreak
 * units": deaths take `death`). The nearest role word of the clause decides, so that "la vie à 2.012 personnes et
 * en a blessé 2.059" gives 2 012 deaths and 2 059 injured people: a verb of dying or killing (generated,
 * scripts/build-casualty-verbs.mjs) or a casualty noun of the concept table ("døde", "vie", "dead") for death; a
 * verb of being hurt, going missing, being evacuated, rescued, arrested or taken to hospital, or another casualty
 * noun ("feriti", "Vermisste", "evacuated", "survivors"), for that role. Deaths change the unit; any other role is
 * the figure's `role` (the unit stays `person`, as the gold writes it): the injured and the missing of one disaster
 * are two facts (claims: `other-role`), and one role is one fact in every language.
 */
import { CASUALTY_VERBS, type CasualtyRole } from '../lang/generated/casualty-verbs';
import { TokenKind, type Tokens } from '../numbers/tokenize';
import type { Figure } from '../types';
import { conceptOfLemma, nounConcept, nounForms } from './index';
import { lemmaClass } from './open';

/** What a role word says of the people next to it: a role of the generated verbs ('death', 'injured', ...). */
type Cue = CasualtyRole;

/**
 * The role a casualty noun of the concept table gives ("blessés": injured). Evacuees, the displaced and the homeless
 * are one role (people who had to leave their homes: "sfollati" is both evacuated and displaced, "damnificados" both
 * homeless and affected), as the verbs' data has it.
 */
const NOUN_ROLES: Record<string, CasualtyRole> = {
  death: 'death',
  injured: 'injured',
  'missing person': 'missing',
  evacuee: 'evacuee',
  'displaced person': 'evacuee',
  'homeless person': 'evacuee',
  survivor: 'survivor',
};

interface Cues {
  /** One-word cues. */
  words: Map<string, Cue>;
  /** Forms of the casualty nouns that say no role ("vittime", "Opfer", "victims"). */
  roleless: Set<string>;
  /** Phrases by their first word (read rightwards) and by their last (read leftwards): all their words, and the cue. */
  byFirst: Map<string, { words: string[]; cue: Cue }[]>;
  byLast: Map<string, { words: string[]; cue: Cue }[]>;
}

/**
 * Casualty nouns of the concept table that say nothing of the people next to them: a victim may be alive, a life or
 * a body is named in other statements too ("79 roku życia", "salieron con vida", "recuperato il corpo"); the phrases
 * that lose a life are verbs of the generated data.
 */
const NO_CUE = new Set(['victim', 'life', 'body']);
/**
 * How many words either side of a count its clause is read for a casualty word. A clause's verb stands within a
 * few words of its subject or object ("mindestens 1.037 Menschen seien ums Leben gekommen"); further words belong
 * to another statement more often than not.
 */
const REACH = 6;
/** Tokens that end a clause: a casualty word beyond them is another statement's ("104 reddet, 78 døde"). */
const CLAUSE_ENDS = new Set([',', ';', ':', '(', ')', '[', ']', '-', '"', '«', '»', '“', '”', '!', '?']);

const cache = new Map<string, Cues>();

function add(c: Cues, form: string, cue: Cue): void {
  const words = form.split(/[ _]/);
  if (words.length === 1) {
    if (!c.words.has(form) || cue === 'death') c.words.set(form, cue);
    return;
  }
  for (const [map, key] of [
    [c.byFirst, words[0]!],
    [c.byLast, words[words.length - 1]!],
  ] as const) {
    const list = map.get(key) ?? [];
    list.push({ words, cue });
    map.set(key, list);
  }
}

function cuesOf(lang: string): Cues {
  let c = cache.get(lang);
  if (c) return c;
  c = { words: new Map(), roleless: new Set(), byFirst: new Map(), byLast: new Map() };
  for (const [form, concept] of nounForms(lang)) {
    const role = NOUN_ROLES[concept.lemma];
    if (concept.class !== 'casualty') continue;
    if (NO_CUE.has(concept.lemma)) c.roleless.add(form);
    else if (role) add(c, form, role);
  }
  // a form two roles share keeps its first (the nouns', then the verbs' in the data's order); death wins over all
  for (const role of Object.keys(CASUALTY_VERBS) as CasualtyRole[])
    for (const form of (CASUALTY_VERBS[role][lang] ?? '').split(' ')) if (form) add(c, form, role);
  cache.set(lang, c);
  return c;
}

/** Whether a figure's unit names people (a person of the concept table or of the open vocabulary). */
export function countsPeople(unit: string, lang: string): boolean {
  if (unit === 'person' || unit === 'people') return true;
  const concept = conceptOfLemma(unit) ?? (lang === 'en' ? nounConcept(unit, 'en') : undefined);
  if (concept) return concept.class === 'person';
  return lemmaClass(unit) === 'person';
}

/**
 * The cue of word token i, alone or as one end of a phrase: its first word when the clause is read rightwards
 * (`leftwards` false), its last when read leftwards, so that a phrase counts from its nearest word.
 */
function cueAt(t: Tokens, i: number, c: Cues, leftwards = false): Cue | undefined {
  if (t.kind[i] !== TokenKind.Word) return undefined;
  const w = t.word(i);
  const cue = c.words.get(w);
  if (cue) return cue;
  const from = (p: { words: string[] }): number => (leftwards ? i - p.words.length + 1 : i);
  for (const p of (leftwards ? c.byLast : c.byFirst).get(w) ?? [])
    if (p.words.every((r, k) => t.word(from(p) + k) === r)) return p.cue;
  return undefined;
}

/**
 * The word that joins two statements in a list of the language ("et", "und", "og", "i"), from CLDR's list patterns
 * through Intl.ListFormat: "7000 autres ont été blessées et près de 10.000 sont portées disparues" are two statements,
 * and the count after "et" takes its own verb before the other statement's.
 */
const conjunctions = new Map<string, string | null>();
export function conjunctionOf(lang: string): string | null {
  let w = conjunctions.get(lang);
  if (w !== undefined) return w;
  w = null;
  try {
    const joined = new Intl.ListFormat(lang, { type: 'conjunction' }).format(['\u0001', '\u0002']);
    const middle = joined
      .slice(joined.indexOf('\u0001') + 1, joined.indexOf('\u0002'))
      .trim()
      .toLowerCase();
    if (/^\p{L}+$/u.test(middle)) w = middle;
  } catch {
    // a runtime without the locale's data: no conjunction, the clause is read as one
  }
  conjunctions.set(lang, w);
  return w;
}

/**
 * The casualty the clause of tokens [from, to) says, the nearest cue first (the right one on a tie: a verb after
 * its subject), reading at most REACH words either side and never past a clause end, a sentence end or a token of
 * `stops` (another count: its words are its own). The count's own statement is read first, up to the language's
 * conjunction either side; only when it says nothing is the clause read past the conjunction ("18 991 personnes ont
 * été tuées en Turquie et 3 377 personnes en Syrie": the verb stands once for both counts).
 */
export function clauseCasualty(
  t: Tokens,
  from: number,
  to: number,
  lang: string,
  stops?: ReadonlySet<number>,
): Cue | undefined {
  const c = cuesOf(lang);
  if (c.words.size === 0) return undefined;
  for (let i = from; i < to; i++) {
    const cue = cueAt(t, i, c);
    if (cue) return cue;
  }
  const and = conjunctionOf(lang);
  return (and !== null ? readClause(t, from, to, c, stops, and) : undefined) ?? readClause(t, from, to, c, stops, null);
}

/** The nearest cue either side of tokens [from, to), not past a clause end, a stop or the word `and` (when given). */
function readClause(
  t: Tokens,
  from: number,
  to: number,
  c: Cues,
  stops: ReadonlySet<number> | undefined,
  and: string | null,
): Cue | undefined {
  const s = t.sentence[from]!;
  const ends = (i: number): boolean =>
    i < 0 ||
    i >= t.count ||
    t.sentence[i] !== s ||
    CLAUSE_ENDS.has(t.word(i)) ||
    stops?.has(i) === true ||
    (and !== null && t.word(i).toLowerCase() === and);
  let left: number | null = from - 1;
  let right: number | null = to;
  for (let step = 0; step < REACH && (left !== null || right !== null); step++) {
    if (right !== null) {
      if (ends(right)) right = null;
      else {
        const cue = cueAt(t, right, c);
        if (cue) return cue;
        right++;
      }
    }
    if (left !== null) {
      if (ends(left)) left = null;
      else {
        const cue = cueAt(t, left, c, true);
        if (cue) return cue;
        left--;
      }
    }
  }
  return undefined;
}

/**
 * Whether the count's own words name victims ("otto vittime"): people a casualty noun counts without saying what befell
 * them. A role word further on belongs to another noun phrase ("otto vittime e decine di migliaia di sfollati").
 */
function namesVictims(t: Tokens, from: number, to: number, lang: string): boolean {
  const c = cuesOf(lang);
  for (let i = from; i < to; i++) if (t.kind[i] === TokenKind.Word && c.roleless.has(t.word(i))) return true;
  return false;
}

/** How many words after a number without a noun may stand before the casualty word that makes it people. */
const VERB_AFTER = 3;

/**
 * The role a number without a noun is the subject of, said right after it: "Mindst 135 er omkommet", "Minst 50
 * omkom", "ventisei sono state ferite", "12 were arrested": the cue of the first role word among the next VERB_AFTER
 * words of its clause (auxiliaries stand between), never past another number or a clause end. Every role verb takes
 * people as its subject, so the number counts people.
 */
export function casualtyAfter(t: Tokens, at: number, lang: string): Cue | undefined {
  const c = cuesOf(lang);
  if (c.words.size === 0 || at >= t.count) return undefined;
  const s = t.sentence[at - 1 >= 0 ? at - 1 : at]!;
  for (let i = at, words = 0; i < t.count && words < VERB_AFTER; i++, words++) {
    if (t.sentence[i] !== s || t.kind[i] !== TokenKind.Word || CLAUSE_ENDS.has(t.word(i))) return undefined;
    const cue = cueAt(t, i, c);
    if (cue) return cue;
  }
  return undefined;
}

/** The first token that starts at or after char offset `at`. */
function tokenAt(t: Tokens, at: number): number {
  let lo = 0,
    hi = t.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t.start[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Counts of people whose clause says they died take the unit `death` (in place); a number whose guessed noun is
 * itself a form of dying ("Outras 16 morreram") too. A count of people whose clause says another role ("en a blessé
 * 2.059", "300 Menschen werden vermisst") takes that `role`, its unit unchanged. Other figures are left as they are.
 */
export function applyCasualtyRoles(figures: Figure[], t: Tokens, lang: string): Figure[] {
  if (!CASUALTY_VERBS.death[lang]) return figures;
  let stops: Set<number> | undefined;
  for (const f of figures) {
    if (f.kind !== 'quantity' || !f.unit) continue;
    const unknownVerb = f.unitKnown === false && cuesOf(lang).words.get(f.unit.toLowerCase()) === 'death';
    if (!unknownVerb && (f.unitKnown === false || !countsPeople(f.unit, lang))) continue;
    if (!stops) {
      stops = new Set();
      // another count's words are its own; a date is no statement of its own ("starben 2011 knapp 500 Menschen")
      for (const g of figures)
        if (g.kind !== 'date') for (let i = tokenAt(t, g.start); i < t.count && t.start[i]! < g.end; i++) stops.add(i);
    }
    const from = tokenAt(t, f.start);
    let to = from;
    while (to < t.count && t.start[to]! < f.end) to++;
    const role = unknownVerb ? 'death' : clauseCasualty(t, from, to, lang, stops);
    if (role === 'death') {
      f.unit = 'death';
      delete f.unitKnown;
    } else if (role && !namesVictims(t, from, to, lang)) f.role = role;
  }
  return figures;
}
