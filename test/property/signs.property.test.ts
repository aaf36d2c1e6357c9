import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { extractFigures } from '../../src/core/figures/extract';
import type { LanguageCode } from '../../src/core/types';

const LANGS: LanguageCode[] = ['fr', 'it', 'de', 'en', 'es', 'pt', 'nl', 'sv', 'nb', 'da', 'pl'];
const BEFORE = [
  '',
  'The rate was',
  'Le PIB :',
  'Der Index schloss bei',
  'en',
  '(',
  'bis',
  'von',
  'mit',
  'à',
  'al',
  'op',
  'på',
  'o',
  'plus de',
  'around',
  'etwa',
];
const AFTER = [
  '%',
  ' %',
  ' Prozent',
  ' procent',
  ' prosent',
  ' por ciento',
  ' per cent',
  ' °C',
  '°C',
  ' grader',
  ' km',
  ' €',
  ' Mrd. Euro',
  ' millions de dollars',
  ' mln zł',
  ' points',
  '',
  ' milliarder kroner',
];
const SIGNS = ['-', '−', '–'];

describe('signs', () => {
  it('a minus sign glued before a number never yields a positive value for that number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGS),
        fc.constantFrom(...BEFORE),
        fc.constantFrom(...SIGNS),
        fc.integer({ min: 1, max: 99999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(...AFTER),
        (lang, before, sign, whole, frac, after) => {
          const num = frac > 0 ? `${whole},${frac}` : String(whole);
          const lead = before === '(' || before === '' ? before : `${before} `;
          const text = `${lead}${sign}${num}${after} in 2024.`;
          const at = lead.length + sign.length;
          for (const f of extractFigures(text, lang)) {
            if (f.start > at || f.end <= at || typeof f.value !== 'number' || f.kind === 'date') continue;
            // a range or a decrease said with the sign ("-36 % do que") may keep the magnitude only with a change marker
            assert.ok(f.value < 0 || f.change === 'down', `${JSON.stringify(text)} (${lang}): ${JSON.stringify(f)}`);
          }
        },
      ),
      { numRuns: 600 },
    );
  });
});
