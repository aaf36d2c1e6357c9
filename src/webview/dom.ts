/**
 * What both webview scripts (the table in compare.ts, the cards in desk.ts) build the page with: elements whose
 * text is set through `textContent` only, after the one rule for showing untrusted text (core/report/text.ts),
 * and the `{0}` placeholders of the strings the extension sends translated.
 */
import { oneLine, revealInvisible } from '../core/report/text';

/** Article text as one visible line: control, bidi and invisible characters shown, never acted on. */
export function visible(text: unknown): string {
  return revealInvisible(oneLine(String(text)));
}

/** A translated template with its arguments; an unknown key is shown as itself. */
export function translate(strings: Readonly<Record<string, string>>, key: string, ...args: unknown[]): string {
  const template = strings[key] || key;
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** An element, its class and its text (as text, never markup). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: unknown,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = visible(text);
  return node;
}
