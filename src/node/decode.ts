/**
 * Bytes of an article file to text. Newsroom files come from everywhere: UTF-8 with or without a BOM,
 * UTF-16 from Word's "Unicode text", Latin-1/Windows-1252 from old CMS exports. We decode what we can
 * recognise without guessing wildly, say so in a warning, and refuse binary files outright.
 */

export type DecodeResult =
  { ok: true; text: string; encoding: string; warnings: string[] } | { ok: false; error: string };

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, euro sign, dashes — common in news copy).
// Undefined slots keep the C1 code point, as the WHATWG decoder does.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
  }
  return codeUnitsToString(units);
}

/** Builds a string in slices: String.fromCharCode over a whole multi-megabyte array overflows the call stack. */
function codeUnitsToString(units: Uint16Array): string {
  const parts: string[] = [];
  const step = 0x4000;
  for (let i = 0; i < units.length; i += step) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, i + step) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * Scans UTF-8 and counts well-formed multi-byte sequences and malformed bytes, so that a UTF-8 article with one
 * stray byte is not mistaken for a Latin-1 one (which would garble every accented letter).
 */
export function utf8Census(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      invalid++;
      i++;
      continue;
    }
    let cp = b & (0x3f >> need);
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      if (c === undefined || (c & 0xc0) !== 0x80) break;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (j <= need || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      invalid++;
      i++;
      continue;
    }
    multibyte++;
    i += need + 1;
  }
  return { multibyte, invalid };
}

/** True when NUL bytes sit on every other position, as ASCII text saved as UTF-16 without a BOM looks. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  return (oddNul > 0.7 * half && evenNul < 0.1 * half) || (evenNul > 0.7 * half && oddNul < 0.1 * half);
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): DecodeResult {
  const warnings: string[] = [];
  let body = bytes.subarray(2);
  if (body.length % 2 === 1) {
    warnings.push('UTF-16 file with an odd number of bytes: the last byte was dropped');
    body = body.subarray(0, body.length - 1);
  }
  const units = new Uint16Array(body.length / 2);
  for (let i = 0; i < units.length; i++) {
    const hi = body[2 * i + (bigEndian ? 0 : 1)]!;
    const lo = body[2 * i + (bigEndian ? 1 : 0)]!;
    units[i] = (hi << 8) | lo;
  }
  const text = codeUnitsToString(units);
  if (text.includes('\u0000')) return { ok: false, error: 'binary file: it contains NUL characters' };
  return { ok: true, text, encoding: bigEndian ? 'utf-16be' : 'utf-16le', warnings };
}

// Decoders are reused: creating one per file costs more than decoding a short article.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Decodes an article's bytes. The BOM is removed (once: our decoders are told to keep any further U+FEFF),
 * so offsets match what the engine and the scorer see.
 */
export function decodeArticle(bytes: Uint8Array): DecodeResult {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) {
    return { ok: false, error: 'UTF-32 text is not supported: save the file as UTF-8' };
  }
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes, false);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, true);

  const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  if (body.indexOf(0) !== -1) {
    return {
      ok: false,
      error: looksLikeBomlessUtf16(body)
        ? 'looks like UTF-16 text without a byte-order mark: save it as UTF-8'
        : 'binary file: it contains NUL bytes',
    };
  }
  try {
    return { ok: true, text: strictUtf8.decode(body), encoding: 'utf-8', warnings: [] };
  } catch {
    const { multibyte, invalid } = utf8Census(body);
    if (multibyte > invalid) {
      return {
        ok: true,
        text: lenientUtf8.decode(body),
        encoding: 'utf-8',
        warnings: [`${invalid} invalid UTF-8 byte${invalid === 1 ? '' : 's'} replaced by U+FFFD`],
      };
    }
    return {
      ok: true,
      text: decodeWindows1252(body),
      encoding: 'windows-1252',
      warnings: ['not valid UTF-8: read as Windows-1252 (Latin-1)'],
    };
  }
}
