/**
 * What a share is of: "29,49 % des voix", "18,06 % de los votos", "32,6 per cento dei voti", "6 % de leur volume",
 * "99,16 prosent av strømforsyningen", "6 proc. objętości". A percentage says nothing without its base; with one in its
 * clause it is a claim of its own, keyed by that base (keys.ts), even when no cue word names a predicate. The base is
 * read as a cross-lingual key: the English lemma the vocabulary gives the noun ("voix", "votos", "voti" -> vote), else
 * the noun's cognate key, so that one base meets itself across the eleven languages.
 */
import { cognateKey, nounConcept } from '../vocab/index';
import { openNoun } from '../vocab/open';
import type { Token } from './text';
import type { CompiledVocabulary } from './vocabulary';

/** Words after the "of" word within which the base noun stands ("of the total vote", "av de smittade"). */
const BASE_REACH = 2;
/** A word no vocabulary lists is read as a base from this length ("de plus", "of them" are no bases). */
const MIN_FALLBACK_LENGTH = 5;
/** Shorter words are articles and particles in every language of the eleven, not a share's base. */
const MIN_BASE_LENGTH = 3;

/** The cross-lingual key of a noun as written: its concept's English lemma, its wordnet lemma, else its cognate key. */
export function nounKey(word: string, lang: string): string | null {
  const lower = word.toLowerCase();
  const concept = nounConcept(lower, lang) ?? openNoun(lower, lang);
  if (concept) return concept.lemma;
  if (lower.length < MIN_BASE_LENGTH + 1) return null;
  const key = cognateKey(lower);
  return key.length >= MIN_BASE_LENGTH ? key : null;
}

/**
 * The base of a share whose figure ends at `figureEnd`, before token `after`: the noun right after an "of" word of the language
 * (`shareOf`), or right after the figure where the noun's case says "of" (`shareOfCase`), in the figure's clause.
 * A noun the vocabulary knows wins over a word before it ("of the popular vote"); null when the clause names none.
 */
export function shareBase(
  tokens: readonly Token[],
  text: string,
  figureEnd: number,
  after: number,
  lang: string,
  vocab: CompiledVocabulary,
): string | null {
  const at = tokens[after];
  // the word right after the figure, nothing but spaces between, opens the base's clause (the decimal comma of
  // "29,49 %" counts as a clause mark, so the clause of the words before the figure says nothing)
  if (!at || at.start < figureEnd || text.slice(figureEnd, at.start).trim() !== '') return null;
  const clause = at.clause;
  const of = vocab.shareOf.matchAt(tokens, after);
  let from: number;
  if (of) from = after + of.length;
  else if (vocab.shareOfCase) from = after;
  else return null;
  let fallback: string | null = null;
  for (let k = from; k < Math.min(tokens.length, from + BASE_REACH); k++) {
    const t = tokens[k]!;
    if (t.clause !== clause || vocab.functionWords.has(t.folded)) break;
    if (t.folded.length < MIN_BASE_LENGTH || /\d/.test(t.folded)) continue;
    const word = text.slice(t.start, t.end);
    const lower = word.toLowerCase();
    const known = nounConcept(lower, lang) ?? openNoun(lower, lang);
    if (known) return known.lemma;
    // a word no vocabulary lists is a base only where a preposition says "of", and only the first one
    if (of && k === from && lower.length >= MIN_FALLBACK_LENGTH) fallback = nounKey(word, lang);
  }
  return fallback;
}
