/**
 * Each document's own number convention. A German text may be written with English separators
 * ("120,000 Einwohner", "1,250,000 Euro") and an English one with continental ones ("1.250.000 euros",
 * "4,5 %"): the numbers that can be read only one way say how the ambiguous ones ("120,000", "2.300") are
 * meant, instead of the language alone.
 */
import { TokenKind, type Tokens } from './tokenize';
import type { SeparatorRules } from './literal';

interface Votes {
  /** a separator seen grouping thousands: "1,250,000", "1.234,5" (its first mark) */
  groupDot: number;
  groupComma: number;
  /** a separator seen as a decimal mark: "4,5", "2.75", "1.234,5" (its last mark) */
  decimalDot: number;
  decimalComma: number;
}

/** What one literal says about the convention (nothing when it reads either way). */
function vote(text: string, from: number, to: number, v: Votes): void {
  let dots = 0,
    commas = 0,
    firstSep = '',
    lastSep = '',
    lastGroup = 0,
    run = 0,
    groupsOfThree = true;
  for (let k = from; k < to; k++) {
    const c = text[k]!;
    if (c >= '0' && c <= '9') {
      run++;
      continue;
    }
    if (c !== '.' && c !== ',') return; // a time, a glued space group: says nothing
    if (c === '.') dots++;
    else commas++;
    if (!firstSep) {
      firstSep = c;
      if (run > 3) groupsOfThree = false;
    } else if (run !== 3) groupsOfThree = false;
    lastSep = c;
    run = 0;
  }
  lastGroup = run;
  if (!firstSep) return;
  if (dots > 0 && commas > 0) {
    // "1.234,5" / "1,234.5": the last mark is the decimal one, the others group
    if (firstSep === lastSep) return;
    if (lastSep === ',') {
      v.groupDot++;
      v.decimalComma++;
    } else {
      v.groupComma++;
      v.decimalDot++;
    }
    return;
  }
  const count = dots + commas;
  if (count > 1) {
    // "1,250,000": several marks of one kind group thousands (a d.m.y date has groups of two)
    if (!groupsOfThree || lastGroup !== 3) return;
    if (dots) v.groupDot++;
    else v.groupComma++;
    return;
  }
  // a single mark not followed by exactly three digits is a decimal mark ("4,5", "2.75")
  if (lastGroup !== 3 && lastGroup > 0) {
    if (dots) v.decimalDot++;
    else v.decimalComma++;
  }
}

/**
 * The document's reading of a single "." or "," before three digits. The language's reading stands unless
 * the document's unambiguous numbers contradict it and none agree with it: a group mark of the other
 * kind ("1,250,000" in a German text) is enough, decimal marks only from two on (one "2.5" may be a
 * version or a score).
 */
export function documentSeparators(t: Tokens, base: SeparatorRules): SeparatorRules {
  const v: Votes = { groupDot: 0, groupComma: 0, decimalDot: 0, decimalComma: 0 };
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== TokenKind.Number) continue;
    const s = t.start[i]!,
      e = t.end[i]!;
    if (e - s >= 3) vote(t.text, s, e, v);
  }
  const english = v.groupComma + v.decimalDot;
  const continental = v.groupDot + v.decimalComma;
  const strong = (group: number, decimal: number): boolean => group > 0 || decimal >= 2;
  if (english > 0 && continental === 0 && strong(v.groupComma, v.decimalDot))
    return base.comma === 'group' && base.dot === 'decimal' ? base : { comma: 'group', dot: 'decimal' };
  if (continental > 0 && english === 0 && strong(v.groupDot, v.decimalComma))
    return base.dot === 'group' && base.comma === 'decimal' ? base : { dot: 'group', comma: 'decimal' };
  return base;
}
