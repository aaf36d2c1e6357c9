/**
 * A count with its noun in the UI language. `vscode.l10n` gives one string per key and English has two forms ("1
 * figure", "{0} figures"); Polish has four (`Intl.PluralRules`: one, few, many, other: "2 liczby", "5 liczb"). A
 * bundle gives a language's extra forms under the English key with the plural category after a bar ("{0}
 * figures|few"); a language whose bundle has none (every other shipped language) uses the "{0} …" form.
 */
import * as vscode from 'vscode';

const rules = new Map<string, Intl.PluralRules>();
function categoryOf(n: number, locale: string): Intl.LDMLPluralRule {
  let r = rules.get(locale);
  if (!r) {
    try {
      r = new Intl.PluralRules(locale);
    } catch {
      r = new Intl.PluralRules('en');
    }
    rules.set(locale, r);
  }
  return r.select(n);
}

/** The forms of one count, each already passed through `vscode.l10n.t` (so the key scan finds them). */
export interface CountForms {
  /** "1 figure": n is exactly 1 (the string says "1"). */
  one: string;
  /** "{0} figures" */
  other: string;
  /** "{0} figures|few", "{0} figures|many": used when translated (the bar is gone). */
  few?: string;
  many?: string;
}

/** Which form of `forms` a count of `n` takes in `locale`. */
export function countForm(n: number, forms: CountForms, locale: string = vscode.env.language): string {
  if (n === 1) return forms.one;
  const category = categoryOf(n, locale);
  const form = category === 'few' ? forms.few : category === 'many' ? forms.many : undefined;
  // untranslated, vscode.l10n.t gives the key back: its bar says so
  return form !== undefined && !form.includes('|') ? form : forms.other;
}
