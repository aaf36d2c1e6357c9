/**
 * Reads a numeric literal as written in an article ("2 500", "2.500", "4,3", "1'000", "1.234,5").
 * A single "." or "," followed by exactly three digits is ambiguous (grouping or decimal); the
 * language module says which reading its press uses.
 */

export type SeparatorReading = 'group' | 'decimal';

export interface LiteralReading {
  /** 'number' a value; 'time' 12:55; 'dotted' several dot/comma groups that are not thousands (a version or a d.m.y date). */
  kind: 'number' | 'time' | 'dotted';
  value: number;
  /** Digit groups and the separators between them, for date patterns and years. */
  groups: string[];
  separators: string[];
  /** For "1.016" read as 1016 by the language's rule: the decimal reading, which a singular scale word ("milliard") demands. */
  decimalAlternative?: number;
}

export interface SeparatorRules {
  dot: SeparatorReading;
  comma: SeparatorReading;
}

const SPACE_SEPS = new Set([' ', '\u00a0', '\u202f', '\u2009']);

export function readLiteral(raw: string, rules: SeparatorRules): LiteralReading {
  const groups: string[] = [];
  const separators: string[] = [];
  let cur = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch >= '0' && ch <= '9') cur += ch;
    else {
      groups.push(cur);
      separators.push(ch);
      cur = '';
    }
  }
  groups.push(cur);
  // a run of hundreds of digits is no figure (and no finite number)
  const reading = (kind: LiteralReading['kind'], value: number): LiteralReading => ({
    kind: kind === 'number' && !Number.isFinite(value) ? 'dotted' : kind,
    value,
    groups,
    separators,
  });
  if (separators.length === 0) return reading('number', Number(cur));
  if (separators.includes(':')) return reading('time', NaN);

  let allThree = true;
  for (let k = 1; k < groups.length; k++) if (groups[k]!.length !== 3) allThree = false;
  const kindOf = (s: string): string => (SPACE_SEPS.has(s) ? ' ' : s === '’' ? "'" : s);
  const sep = kindOf(separators[0]!);
  let uniform = true;
  for (let k = 1; k < separators.length; k++) if (kindOf(separators[k]!) !== sep) uniform = false;

  if (uniform) {
    if (sep === ' ' || sep === "'") return reading(allThree ? 'number' : 'dotted', Number(groups.join('')));
    if (separators.length > 1)
      return allThree && groups[0]!.length <= 3 ? reading('number', Number(groups.join(''))) : reading('dotted', NaN);
    // a single . or ,
    const frac = groups[1]!;
    const asDecimal = Number(`${groups[0] || '0'}.${frac}`);
    // ".005", ",05": a mark before any digit can only be a decimal one
    if (groups[0] === '') return reading('number', asDecimal);
    if (frac.length !== 3 || groups[0] === '0' || groups[0]!.length > 3) return reading('number', asDecimal);
    const rule = sep === '.' ? rules.dot : rules.comma;
    if (rule === 'decimal') return reading('number', asDecimal);
    return { ...reading('number', Number(groups.join(''))), decimalAlternative: asDecimal };
  }
  // mixed separators: the last one is the decimal mark, the others group thousands ("1.234,5", "1,234.5", "2 500,5")
  const last = separators[separators.length - 1]!;
  const lastNorm = SPACE_SEPS.has(last) ? ' ' : last;
  if (lastNorm === ' ' || lastNorm === "'" || lastNorm === '’') return reading('dotted', NaN);
  const intGroups = groups.slice(0, -1);
  if (!intGroups.slice(1).every((g) => g.length === 3) || intGroups[0]!.length > 3) return reading('dotted', NaN);
  if (separators.slice(0, -1).some((s) => s === last)) return reading('dotted', NaN);
  return reading('number', Number(`${intGroups.join('')}.${groups[groups.length - 1]}`));
}
