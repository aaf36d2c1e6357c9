/**
 * The contradictions found while judging claims, stored in memory linear in the mentions (issue 10: work and memory
 * bounded). Two kinds of record:
 * - a pair, with its code (a contradiction inside one article, another counted noun, another deadline);
 * - a mention against a whole class of another source's mentions (one signature: the same value, unit and bound),
 *   stored once per mention and class instead of once per pair. A claim of 5 000 mentions in two disagreeing classes
 *   held 12 million pair records (2.4 GB on 10 000 articles); it now holds 10 000 class records.
 * A mention's partners are listed when its diagnostic is written, one mention at a time, exactly as the pairs would
 * have given them: each partner once, with the highest-priority code it was flagged with.
 */
import type { DiagnosticCode } from '../types';
import { CODE_PRIORITY } from '../compare/compare';
import type { Item } from './mention';

/** A class of mentions a mention contradicts: every member it is not `excluded` from, each with `codeOf`'s code. */
export interface ConflictClass {
  members: readonly Item[];
  excluded: (a: Item, b: Item) => boolean;
  codeOf: (a: Item, b: Item) => DiagnosticCode;
}

const outranks = (code: DiagnosticCode, prev: DiagnosticCode | undefined): boolean =>
  !prev || CODE_PRIORITY.indexOf(code) < CODE_PRIORITY.indexOf(prev);

export class Conflicts {
  /** Every flagged mention, in the order it was first flagged (the order diagnostics are built in), with its pairs. */
  private readonly pairs = new Map<Item, Map<Item, DiagnosticCode>>();
  private readonly classes = new Map<Item, ConflictClass[]>();

  /** a and b contradict each other with `code` (the highest-priority code of a pair is kept). */
  flag(a: Item, b: Item, code: DiagnosticCode): void {
    this.set(a, b, code);
    this.set(b, a, code);
  }

  /**
   * a and b contradict each other as members of their classes: `ofB` is b's class as a sees it, `ofA` a's class as b
   * sees it. Stored once per mention and class; the pair is listed again from the class when a diagnostic is written.
   */
  flagClasses(a: Item, b: Item, ofB: ConflictClass, ofA: ConflictClass): void {
    this.addClass(a, ofB);
    this.addClass(b, ofA);
  }

  has(it: Item): boolean {
    return this.pairs.has(it);
  }

  /** The flagged mentions, in the order they were first flagged. */
  mentions(): IterableIterator<Item> {
    return this.pairs.keys();
  }

  /** Every mention `it` contradicts, with the highest-priority code; built on demand, so held for one mention. */
  partnersOf(it: Item): Map<Item, DiagnosticCode> {
    const own = this.pairs.get(it) ?? new Map<Item, DiagnosticCode>();
    const classes = this.classes.get(it);
    if (!classes) return own;
    const out = new Map(own);
    for (const c of classes) {
      for (const b of c.members) {
        if (c.excluded(it, b)) continue;
        const code = c.codeOf(it, b);
        if (outranks(code, out.get(b))) out.set(b, code);
      }
    }
    return out;
  }

  private set(x: Item, y: Item, code: DiagnosticCode): void {
    let m = this.pairs.get(x);
    if (!m) this.pairs.set(x, (m = new Map()));
    if (outranks(code, m.get(y))) m.set(y, code);
  }

  private addClass(x: Item, c: ConflictClass): void {
    if (!this.pairs.has(x)) this.pairs.set(x, new Map());
    const list = this.classes.get(x);
    if (!list) this.classes.set(x, [c]);
    else if (list[list.length - 1] !== c && !list.includes(c)) list.push(c);
  }
}
