/**
 * Bytes → text. Seeds come from scrapers and editors' machines, so the decoder accepts
 * UTF-8 (with or without a BOM), UTF-16 with a BOM, and legacy Windows-1256 Arabic (with a
 * warning), and refuses binary files and bytes that are no known encoding.
 */
import { arabicLetterShare } from '../text/arabic-fold.ts';
import { problems, type Problem } from '../problems.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export type Decoded = { ok: true; text: string; encoding: Encoding; warnings: Problem[] } | { ok: false; problem: Problem };

/** 1-based line of byte `index`: the number of LF bytes before it, plus one. */
function lineOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
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

/** Index of the first byte that breaks UTF-8, or -1 when the whole buffer is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

// Legacy Arabic text decoded as Windows-1256 is almost all Arabic letters; random or
// Latin-1 bytes decoded the same way are not. These bounds keep both cases apart.
const MIN_ARABIC_SHARE = 0.9;
const MIN_ARABIC_LETTERS = 20;

function looksLikeArabic(text: string): boolean {
  const arabicLetters = (text.match(/[\u0621-\u064A]/g) ?? []).length;
  return arabicLetters >= MIN_ARABIC_LETTERS && arabicLetterShare(text) >= MIN_ARABIC_SHARE;
}

export function decodeSeed(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) return { ok: false, problem: problems.emptySeed(file) };

  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings: [] };

  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, problem: problems.notText(file, lineOfByte(bytes, nul).line) };

  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const bad = firstInvalidUtf8(body);
  if (bad < 0) return { ok: true, text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', warnings: [] };

  const legacy = new TextDecoder('windows-1256').decode(body);
  if (looksLikeArabic(legacy)) return { ok: true, text: legacy, encoding: 'windows-1256', warnings: [problems.legacyEncoding(file, 'Windows-1256')] };

  const at = lineOfByte(body, bad);
  return { ok: false, problem: problems.unknownEncoding(file, at.line, at.column) };
}
