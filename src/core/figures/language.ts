/**
 * The article's language, among the supported ones only. A quick vote of frequent function words
 * (each language module's `detectionWords`) settles clear cases; close calls (Swedish, Norwegian and
 * Danish share most of theirs) and thin evidence go to franc, restricted to the registry's ISO 639-3
 * codes (and to the front-runners of the vote). Too little text, or a close call on a short text,
 * gives "und" rather than a guess.
 */
import { francAll } from 'franc';
import type { DetectedLanguage, LanguageCode } from '../types';
import { LANGUAGES } from '../lang/index';
import { TokenKind, tokenize, type Tokens } from '../numbers/tokenize';

const byFranc = new Map(LANGUAGES.map((l) => [l.franc, l.code] as const));
/** Below this many letters franc's trigram statistics are not reliable (a headline alone). */
const MIN_LETTERS = 60;
/** How much text is read: the opening of an article says its language; the rest only costs time. */
const SAMPLE = 1500;
/** What franc reads when the vote left at most three candidates. */
const FRANC_FEW = 1000;
/** The vote reads less: function words are dense. */
const VOTE_SAMPLE = 800;
/** On a short text the runner-up must score clearly below the winner (franc scores the best 1, others lower). */
const MARGIN = 0.02;
const SHORT_LETTERS = 300;
/** The vote decides alone with at least this many hits and twice the runner-up's. */
const VOTE_MIN = 6;
/** ...or, when the leaders share most words, at least this many hits on its own words and three times the runner-up's. */
const OWN_MIN = 3;

/** Which languages list each function word. */
const voters = new Map<string, number[]>();
LANGUAGES.forEach((l, k) => {
  for (const w of new Set(l.figures.detectionWords.map((x) => x.toLowerCase()))) {
    const list = voters.get(w) ?? [];
    list.push(k);
    voters.set(w, list);
  }
});

/** `tokens`: the text's tokens when the caller has them already (the figure stage reads the same ones). */
export function detectLanguage(text: string, tokens?: Tokens): DetectedLanguage {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const t = tokens ?? tokenize(text.length > VOTE_SAMPLE ? text.slice(0, VOTE_SAMPLE) : text);
  const votes = new Array<number>(LANGUAGES.length).fill(0);
  /** hits on words only one language lists: what tells close relatives apart */
  const own = new Array<number>(LANGUAGES.length).fill(0);
  let letters = 0;
  for (let i = 0; i < t.count; i++) {
    if (t.start[i]! >= VOTE_SAMPLE) break;
    if (t.kind[i] !== TokenKind.Word) continue;
    letters += t.end[i]! - t.start[i]!;
    const ks = voters.get(t.word(i));
    // a word several languages share ("de", "in") is worth less to each of them
    if (ks) {
      for (const k of ks) votes[k]! += 1 / ks.length;
      if (ks.length === 1) own[ks[0]!]!++;
    }
  }
  if (letters < MIN_LETTERS) return 'und';
  const order = votes.map((v, k) => [v, k] as const).sort((a, b) => b[0] - a[0]);
  const [best, second] = [order[0]!, order[1]!];
  if (best[0] >= VOTE_MIN && best[0] >= 2 * second[0]) return LANGUAGES[best[1]]!.code;
  // close on shared words, but clearly ahead on words of its own (Norwegian "etter", "ble" against Danish "efter", "blev")
  if (best[0] >= VOTE_MIN && own[best[1]]! >= OWN_MIN && own[best[1]]! >= 3 * own[second[1]]!)
    return LANGUAGES[best[1]]!.code;

  const candidates = best[0] === 0 ? LANGUAGES : order.filter(([v]) => v * 2 >= best[0]).map(([, k]) => LANGUAGES[k]!);
  if (candidates.length === 1) return candidates[0]!.code;
  // with few candidates left, franc needs less text to tell them apart
  const francText = candidates.length <= 3 && sample.length > FRANC_FEW ? sample.slice(0, FRANC_FEW) : sample;
  const ranked = francAll(francText, { only: candidates.map((l) => l.franc), minLength: MIN_LETTERS });
  const [first, runnerUp] = ranked;
  if (!first || first[0] === 'und') return 'und';
  if (letters < SHORT_LETTERS && runnerUp && first[1] - runnerUp[1] < MARGIN) return 'und';
  return (byFranc.get(first[0]) as LanguageCode | undefined) ?? 'und';
}
