// Dev: print the figures of a sentence. node --import tsx scripts/dev/probe.ts LANG "text"
import { extractFigures } from '../../src/core/figures/extract';
import type { LanguageCode } from '../../src/core/types';
const [lang, ...rest] = process.argv.slice(2);
for (const text of rest) {
  console.log('> ' + text);
  for (const f of extractFigures(text, lang as LanguageCode))
    console.log('   ', JSON.stringify({ t: f.text, k: f.kind, v: f.value, u: f.unit, known: f.unitKnown }));
}
