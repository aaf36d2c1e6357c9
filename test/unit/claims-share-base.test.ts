/**
 * What a share is of (claims/share-base.ts): a percentage without a cue word is a claim when its clause names its base
 * (`share-base`: "32,84% de los votos", "33,05 % des voix", "33.1% of the vote"), or when it stands in a list whose
 * base its article names once (`share-base-of-list`: "... 31,69 %" after "des voix"); a share whose article names no
 * base stays out, and shares of two bases are two claims. Sentences paraphrased from the reporting of Spain's general
 * election of 23 July 2023 (PP 32,84 % and PSOE 31 % of the votes at 97 % counted, 33,05 % and 31,69 % in the final
 * count; turnout 70,4 %) and of the Swiss glaciers' loss of 2022 (6 % of their volume).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formClaims } from '../../src/core/claims/index';
import { shareBase } from '../../src/core/claims/share-base';
import { tokenize } from '../../src/core/claims/text';
import { vocabularyFor } from '../../src/core/claims/vocabulary';
import type { DetectedLanguage } from '../../src/core/types';
import { claimOf, claimOrAlone, doc, type FigureSpec } from './claims-helpers';

/** The base shareBase reads after `figure` in `text`. */
function baseAfter(lang: DetectedLanguage, text: string, figure: string): string | null {
  const { tokens } = tokenize(text);
  const end = text.indexOf(figure) + figure.length;
  const after = tokens.findIndex((t) => t.start >= end);
  return shareBase(tokens, text, end, after, lang, vocabularyFor(lang));
}

const share = (text: string, value: number): FigureSpec => ({ text, kind: 'percent', value, unit: '%' });

describe('claims share-base: the noun a share is of', () => {
  it('one base across languages: votes, voix, voti, Stimmen, stemmen, röster, głosów are the vote', () => {
    assert.equal(baseAfter('es', 'El PP obtuvo un 32,84% de los votos.', '32,84%'), 'vote');
    assert.equal(baseAfter('fr', 'Le PP a obtenu 33,05 % des voix.', '33,05 %'), 'vote');
    assert.equal(baseAfter('it', 'Il PP ha ottenuto il 33,05 per cento dei voti.', '33,05 per cento'), 'vote');
    assert.equal(baseAfter('en', 'The PP won 33.1% of the votes.', '33.1%'), 'vote');
    assert.equal(baseAfter('de', 'Die PP kam auf 33,1 Prozent der Stimmen.', '33,1 Prozent'), 'vote');
    assert.equal(baseAfter('nl', 'De PP haalde 33,1 procent van de stemmen.', '33,1 procent'), 'vote');
    assert.equal(baseAfter('sv', 'PP fick 33,1 procent av rösterna.', '33,1 procent'), 'vote');
    assert.equal(baseAfter('pl', 'PP zdobyła 33,1 proc. głosów.', '33,1 proc.'), 'vote');
  });
  it('a noun no vocabulary lists is read by its cognate key after an "of" word', () => {
    const fr = baseAfter('fr', 'Les glaciers ont perdu 6 % de leur volume en 2022.', '6 %');
    assert.ok(fr !== null && fr.length >= 3);
  });
  it('no base: nothing says "of", or the word after "of" is no noun of the share', () => {
    assert.equal(baseAfter('es', 'La participación llegó al 70,4 % en toda España.', '70,4 %'), null);
    assert.equal(baseAfter('en', 'Turnout rose 4% in July.', '4%'), null);
    assert.equal(baseAfter('fr', 'Une hausse de 3 % de plus que prévu.', '3 %'), null);
    // a comma ends the share's phrase: what follows is another clause
    assert.equal(baseAfter('en', 'Turnout was 70%, of which most by post.', '70%'), null);
  });
});

describe('claims share-base: shares become claims', () => {
  const es = doc(
    'share/es.txt',
    'es',
    '2023-07-24',
    'Elecciones generales en España\n24 julio 2023\n\nCon el 97 % escrutado, el PP gana con un 32,84% de los votos. ' +
      'El PSOE obtiene un 31% de los sufragios, con 7,7 millones de votos.',
    [share('97 %', 97), share('32,84%', 32.84), share('31%', 31)],
  );
  const fr = doc(
    'share/fr.txt',
    'fr',
    '2023-07-25',
    'Législatives en Espagne\n25 juillet 2023\n\nEn Espagne, le PP arrive en tête avec 33,05 % des voix. Le PSOE suit avec 31,69 %, selon les résultats définitifs.',
    [share('33,05 %', 33.05), share('31,69 %', 31.69)],
  );
  const turnout = doc(
    'share/it.txt',
    'it',
    '2023-07-24',
    "Elezioni in Spagna\n24 luglio 2023\n\nIn Spagna l'affluenza alle urne per il PP e il PSOE è stata del 70,4 per cento.",
    [share('70,4 per cento', 70.4)],
  );
  const r = formClaims([es, fr, turnout]);

  it('share-base: shares of the vote in two languages are one claim', () => {
    assert.ok(claimOf(r, es, '32,84%'));
    assert.equal(claimOrAlone(r, es, '32,84%'), claimOrAlone(r, fr, '33,05 %'));
  });
  it('share-base-of-list: a listed share without its own base takes its article\'s ("31,69 %" after "des voix")', () => {
    assert.ok(claimOf(r, fr, '31,69 %'));
    assert.equal(claimOrAlone(r, fr, '31,69 %'), claimOrAlone(r, es, '31%'));
    assert.notEqual(claimOrAlone(r, fr, '31,69 %'), claimOrAlone(r, fr, '33,05 %'));
  });
  it('a share whose article names no base is no claim (turnout without "of"), nor one before the base in the body', () => {
    assert.equal(claimOf(r, turnout, '70,4 per cento'), undefined);
    assert.equal(claimOf(r, es, '97 %'), undefined);
  });
});
