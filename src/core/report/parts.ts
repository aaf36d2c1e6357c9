/**
 * The messages of the codes a claim's verdict cannot word (a count of something else, another date or deadline, a
 * figure that moved between reports, a figure with no readable value), worded from the diagnostic's parts
 * (`Diagnostic.parts`, src/core/claims/diagnostics.ts) in the reader's language: numbers, currency names and dates
 * through `Intl` (words.ts), plurals through `Intl.PluralRules`, the sentences from the language's table.
 */
import type { MessageFigure, MessageParts, MessageValues } from '../types';
import { predicateLabel } from '../lang/claim-vocabulary';
import { boundMessage, fill, phrasesOf, plural, type Phrases } from './phrases';
import { wordDate, wordFigure } from './words';

export interface PartsOptions {
  /** Locale of numbers, currency names and dates (the UI language); English by default. */
  locale?: string;
  /** The sentences in the same language (src/server/messages.ts `why`); English by default. */
  phrases?: Partial<Phrases>;
  /**
   * What a predicate id is called in this language ("utworzone miejsca pracy"); the English name (PREDICATES) when
   * absent. The server's names are in src/server/l10n/predicates.ts.
   */
  predicateName?: (id: string) => string | undefined;
}

/** The message of a diagnostic from its parts, bounded like the engine's. */
export function partsMessage(parts: MessageParts, opts: PartsOptions = {}): string {
  const locale = opts.locale ?? 'en';
  const t = phrasesOf(opts.phrases);
  if (parts.code === 'unreadable-figure') return boundMessage(fill(t.unreadable, parts.text));
  const figure = (f: MessageFigure): string => {
    const text = wordFigure(f, locale, t);
    if (f.predicate !== undefined)
      return fill(t.notes, text, opts.predicateName?.(f.predicate) ?? predicateLabel(f.predicate));
    if (f.day !== undefined) return fill(t.notes, text, f.day === null ? t.undated : wordDate(f.day, locale));
    return text;
  };
  const list = (v: MessageValues): string => {
    const shown = v.values.map(({ figure: f, count }) =>
      v.more > 0 && count > 1 ? plural(t.mentionsOf, count, locale, figure(f)) : figure(f),
    );
    if (v.more > 0) shown.push(plural(t.otherValues, v.more, locale));
    return shown.join(t.separator);
  };
  if (parts.code === 'conflict-update') {
    const out = [fill(parts.later.values.length > 0 ? t.updateOlder : t.updateLatest, figure(parts.here))];
    if (parts.earlier.values.length > 0) out.push(fill(t.earlierReports, list(parts.earlier)));
    if (parts.later.values.length > 0) out.push(fill(t.laterReports, list(parts.later)));
    return boundMessage(out.join(t.separator));
  }
  const values = list(parts.others);
  const who =
    parts.sources === 0
      ? fill(t.elsewhereSays, values)
      : plural(parts.alsoHere ? t.otherSourcesAndHereSay : t.otherSourcesSay, parts.sources, locale, values);
  return boundMessage(fill(t.hereOthers, figure(parts.here), who));
}
