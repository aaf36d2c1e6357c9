/**
 * An article's own reading should never depend on the other files of the folder: adding an unrelated article (made of
 * the base articles' own capitalized words, in the middle of sentences and opening them) should never change another
 * article's names, subjects, places, dates or the context of its figures. Today it does (context.ts `nameEvidence`:
 * a word capitalized mid-sentence in any article, or opening sentences in two languages, is a name in every article;
 * stories.ts breaks subject ties by how many articles name a word), so both properties are todos; what replacing that
 * evidence costs and needs is in docs/notes/claims.md (Session 5 — events). The positive case (an article's own text
 * decides) passes today.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeDocument } from '../../src/core/workspace';
import { figureContext, nameEvidence, newNameEvidence, readDocument } from '../../src/core/claims/context';
import { assignStories } from '../../src/core/claims/stories';
import type { AnalyzedDocument } from '../../src/core/types';

const GOLD = join(import.meta.dirname, '..', 'gold');
const read = (rel: string): AnalyzedDocument => analyzeDocument(rel, readFileSync(join(GOLD, rel), 'utf8'));
const BASE = [
  'corpus/beirut-port-explosion-2020/01-fr-europe1.txt',
  'corpus/beirut-port-explosion-2020/03-pl-gazeta.txt',
  'corpus/beirut-port-explosion-2020/04-da-ekstrabladet.txt',
  'corpus/beirut-port-explosion-2020/05-nl-ad.txt',
  'multidomain-b/cutro-shipwreck-2023/01-it-sardegnalive.txt',
  'multidomain-b/cutro-shipwreck-2023/02-es-timis.txt',
  'multidomain-b/volvo-cars-job-cuts-2025/01-sv-upday.txt',
].map(read);
const GERMAN = ['corpus/beirut-port-explosion-2020/02-de-rnd.txt'].map(read);

/** What an article reads by itself: names, their scores, places, country, subject, and each figure's context. */
function readings(docs: AnalyzedDocument[], count: number): string[] {
  // the name evidence as formClaims gathers it: from every article of the folder
  const evidence = newNameEvidence();
  for (const d of docs) nameEvidence(d, evidence);
  const ctxs = docs.map((d) => readDocument(d, evidence));
  assignStories(ctxs, (k) => k);
  return ctxs.slice(0, count).map((c) => {
    const dates = c.doc.figures.filter((f) => f.kind === 'date');
    const figures = c.doc.figures.map((f) => {
      const x = figureContext(c, f, dates);
      return [f.start, x.subjectCandidates.map((s) => s.key), x.place, x.time?.text ?? null, x.source];
    });
    return JSON.stringify({
      names: c.names.map((n) => [n.index, n.key, n.length]),
      scores: [...c.nameScores],
      places: c.places.map((p) => [p.index, p.value]),
      country: c.mainCountry,
      place: c.mainPlace,
      subject: c.mainSubject,
      figures,
    });
  });
}

/** Capitalized words of the base articles: the words whose reading another file could change. */
function capitalizedWords(docs: AnalyzedDocument[]): string[] {
  const words = new Set<string>();
  for (const d of docs) for (const m of d.text.matchAll(/\b\p{Lu}\p{Ll}{2,}\b/gu)) words.add(m[0]);
  return [...words].sort();
}

const LANG_WORDS: Record<string, string[]> = {
  fr: ['selon', 'le', 'la', 'a', 'dit', 'que', 'et'],
  en: ['the', 'said', 'that', 'and', 'of', 'in'],
  de: ['der', 'die', 'und', 'sagte', 'dass', 'in'],
  it: ['il', 'la', 'ha', 'detto', 'che', 'e'],
  pl: ['w', 'i', 'że', 'powiedział', 'na'],
};

/** An unrelated article: sentences mixing a language's function words with the base articles' capitalized words. */
function unrelated(words: string[]): fc.Arbitrary<string> {
  const sentence = fc
    .tuple(
      fc.constantFrom(...Object.keys(LANG_WORDS)),
      fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }),
      fc.boolean(),
    )
    .map(([lang, names, opens]) => {
      const fn = LANG_WORDS[lang]!;
      const body = names.map((n, i) => `${fn[i % fn.length]} ${n}`).join(' ');
      return opens ? `${names[0]} ${body}.` : `${fn[0]![0]!.toUpperCase()}${fn[0]!.slice(1)} ${body}.`;
    });
  return fc.array(sentence, { minLength: 1, maxLength: 12 }).map((s) => `Nota\n\n${s.join(' ')}\n`);
}

describe("an article's own reading never depends on the other files", () => {
  it(
    'adding an unrelated file changes no base article in a language that keeps capitals for names',
    { todo: 'nameEvidence and the subject tie-break read the other files (docs/notes/claims.md, Session 5 — events)' },
    () => {
      const before = readings(BASE, BASE.length);
      fc.assert(
        fc.property(unrelated(capitalizedWords(BASE)), (text) => {
          const extra = analyzeDocument('unrelated.txt', text);
          assert.deepEqual(readings([...BASE, extra], BASE.length), before);
        }),
        { numRuns: 25, seed: 20261207 },
      );
    },
  );
  it("the article's own text decides: a word that only opens sentences is a name once the article uses it mid-sentence", () => {
    const reading = (text: string): string[] => {
      const d = analyzeDocument('own.txt', text);
      const evidence = newNameEvidence();
      nameEvidence(d, evidence);
      return readDocument(d, evidence).names.map((n) => n.key);
    };
    assert.ok(!reading('Incendie à Lyon\n\nMarwa parle aux pompiers. Il pleut sur la ville.\n').includes('marwa'));
    assert.ok(
      reading('Incendie à Lyon\n\nMarwa parle aux pompiers. Il pleut sur la ville de Marwa.\n').includes('marwa'),
    );
  });
  it(
    'adding an unrelated file changes no German article',
    { todo: 'German names are told from nouns by the other articles until a permissive German noun list exists' },
    () => {
      const before = readings(GERMAN, GERMAN.length);
      fc.assert(
        fc.property(unrelated(capitalizedWords(GERMAN)), (text) => {
          const extra = analyzeDocument('unrelated.txt', text);
          assert.deepEqual(readings([...GERMAN, extra], GERMAN.length), before);
        }),
        { numRuns: 25, seed: 20261207 },
      );
    },
  );
});
