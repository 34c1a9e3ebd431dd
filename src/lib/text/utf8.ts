/**
 * UTF-8 checked byte by byte: where the first byte that breaks it lies (line and column, for
 * messages), and how much of a file is well-formed multi-byte sequences (decode.ts uses that
 * to tell a damaged UTF-8 file from a legacy Windows-1256 one).
 */

/** 1-based line of byte `index`: the number of LF bytes before it, plus one. */
export function lineOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/**
 * Length of the well-formed UTF-8 sequence at `i` (Unicode, table 3-7), or 0 when the bytes
 * there are none: no overlong forms (C0 AF, E0 80 AF), no surrogates (ED A0 80), nothing
 * above U+10FFFF (F4 90 80 80).
 */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const inRange = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return inRange(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return inRange(1, lo, hi) && inRange(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const [lo, hi] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return inRange(1, lo, hi) && inRange(2) && inRange(3) ? 4 : 0;
  }
  return 0;
}

export interface Utf8Scan {
  /** Index of the first byte that breaks UTF-8, or -1 when the whole buffer is valid. */
  firstInvalid: number;
  /** Bytes above 0x7F, and how many of them lie in well-formed multi-byte sequences. */
  nonAscii: number;
  inSequences: number;
}

export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { firstInvalid: -1, nonAscii: 0, inSequences: 0 };
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceAt(bytes, i);
    if (n === 0) {
      if (scan.firstInvalid < 0) scan.firstInvalid = i;
      scan.nonAscii++;
      i++;
      continue;
    }
    if (n > 1) {
      scan.nonAscii += n;
      scan.inSequences += n;
    }
    i += n;
  }
  return scan;
}

// A UTF-8 file with a few bad bytes is still mostly well-formed sequences; a legacy Arabic
// file (Windows-1256) forms a valid UTF-8 pair only by chance (a letter before ، ؟ «), a few
// in a thousand of its bytes. 10% keeps the two far apart.
const MIN_UTF8_SEQUENCE_SHARE = 0.1;

/** More than a tenth of the bytes above 0x7F lie in well-formed UTF-8 sequences: UTF-8 was meant, however damaged. */
export function isMostlyUtf8(bytes: Uint8Array): boolean {
  const scan = scanUtf8(bytes);
  return scan.inSequences > scan.nonAscii * MIN_UTF8_SEQUENCE_SHARE;
}

/** Strict UTF-8 (a BOM dropped), or the place of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; line: number; column: number } {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const bad = scanUtf8(body).firstInvalid;
  if (bad >= 0) return { ok: false, ...lineOfByte(body, bad) };
  // The scan and the fatal decoder agree; the decoder is the reference and throws on any gap.
  return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
}
