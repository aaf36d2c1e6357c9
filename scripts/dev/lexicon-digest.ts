/**
 * A digest of every compiled figure lexicon (the 11 languages and "und"): its tries, sets, maps and records as data,
 * Maps and Sets in their order, a trie's leaf without a map as one with an empty map. Two builds whose digests match
 * compiled the same lexicons: the check for a change to lexicon.ts or phrase-trie.ts that must change no reading.
 *   node --import tsx scripts/dev/lexicon-digest.ts > after.txt     (the same in the base worktree, then diff)
 */
import { createHash } from 'node:crypto';
import { lexiconFor } from '../../src/core/figures/lexicon';
import { LANGUAGES } from '../../src/core/lang/index';
import type { DetectedLanguage } from '../../src/core/types';

function data(x: unknown): unknown {
  if (x instanceof Map) return ['Map', [...x].map(([k, v]) => [k, data(v)])];
  if (x instanceof Set) return ['Set', [...x]];
  if (x instanceof Uint8Array) return ['U8', createHash('sha1').update(x).digest('hex')];
  if (Array.isArray(x)) return x.map(data);
  if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    // a PhraseTrie node: its value, glue and children
    if ('next' in o && ('value' in o || 'glued' in o || o.next instanceof Map))
      return { v: data(o.value), g: o.glued === true, n: o.next ? data(o.next) : ['Map', []] };
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) if (typeof o[k] !== 'function' && o[k] !== undefined) out[k] = data(o[k]);
    return out;
  }
  return x;
}

for (const code of [...LANGUAGES.map((l) => l.code), 'und'] as DetectedLanguage[]) {
  const s = JSON.stringify(data(lexiconFor(code)));
  console.log(`${code} ${s.length} ${createHash('sha1').update(s).digest('hex')}`);
}
