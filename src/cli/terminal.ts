/**
 * Text for a terminal from names and articles nobody vetted. A file name or an article can hold ESC (a terminal
 * escape sequence rewrites the screen, the title, the clipboard), BEL, bidirectional overrides, or a newline that
 * splits one finding over two lines and forges a second: every such character is written as [U+XXXX], the way
 * the JSON, Markdown and CSV outputs escape them, so each finding is exactly one line and shows what is there.
 */
import { revealInvisible } from '../core/report/text';

const LINE_BREAKS = /[\t\n\r\u2028\u2029]/g;

/** One line of output, every control or invisible character made visible (line breaks included). */
export function terminalSafe(text: string): string {
  return revealInvisible(text).replace(
    LINE_BREAKS,
    (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}
