import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LineIndex } from '../../src/core/lines';
import { decodeArticle } from '../../src/node/decode';

/** Text without NUL: the one character an article can never hold. */
const articleText = fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => s.replace(/\u0000/g, ''));

describe('decodeArticle (property)', () => {
  it('round-trips UTF-8, with or without a BOM, and UTF-16 with a BOM', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const utf8 = Buffer.from(text, 'utf8');
        const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
        const be = Buffer.from(le).swap16();
        const cases: [Uint8Array, string][] = [
          // without a BOM, a leading U+FEFF is indistinguishable from one
          [utf8, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text],
          [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), text],
          [le, text],
          [be, text],
        ];
        for (const [bytes, expected] of cases) {
          const r = decodeArticle(bytes);
          assert.ok(r.ok);
          assert.equal(r.text, expected);
        }
      }),
    );
  });

  it('never throws on arbitrary bytes and never returns a NUL character', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = decodeArticle(bytes);
        if (r.ok) {
          assert.equal(typeof r.text, 'string');
          assert.ok(!r.text.includes('\u0000'));
        } else {
          assert.ok(r.error.length > 0);
        }
      }),
    );
  });

  it('reads bytes that are not UTF-8 one character per byte when it falls back to Windows-1252', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 300 }).map((b) => b.map((x) => x || 0x41)),
        (bytes) => {
          const r = decodeArticle(bytes);
          if (r.ok && r.encoding === 'windows-1252')
            assert.equal(
              r.text.length,
              bytes.length - (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0),
            );
        },
      ),
    );
  });
});

describe('LineIndex (property)', () => {
  it('maps every offset to the line and column that splitting the text gives', () => {
    const withBreaks = fc
      .array(fc.constantFrom('a', 'é', '😀', ' ', '\n', '\r', '\r\n'), { maxLength: 80 })
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(withBreaks, fc.nat(), (text, n) => {
        const offset = text.length === 0 ? 0 : n % (text.length + 1);
        const before = text.slice(0, offset);
        // an offset between \r and \n still belongs to the line the \r ends
        const lines = before.split(/\r\n|\n|\r/);
        const inCrlf = before.endsWith('\r') && text[offset] === '\n';
        const expectedLine = inCrlf ? lines.length - 1 : lines.length;
        const { line, column } = new LineIndex(text).lineColumn(offset);
        assert.equal(line, expectedLine);
        if (!inCrlf) assert.equal(column, lines[lines.length - 1]!.length + 1);
      }),
    );
  });
});
