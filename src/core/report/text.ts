/**
 * Making untrusted article text safe to show as text: invisible characters that reorder or hide what a
 * reader sees (bidirectional controls, zero-width characters, other control codes) are written out as
 * visible code points, so a report shows exactly what the article contains.
 */

// Bidi embeddings/overrides/isolates and marks, zero-width characters, BOM, and C0/C1 controls except tab/newlines.
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

export function revealInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

/** Every kind of line break (and tabs) as one space: a table cell holds one line. */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\t\u0085\u2028\u2029]/g, ' ');
}
