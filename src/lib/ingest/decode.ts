/**
 * Bytes → text. Seeds come from scrapers and editors' machines, so the decoder accepts
 * UTF-8 (with or without a BOM), UTF-16 with a BOM, and legacy Windows-1256 Arabic (with a
 * warning), and refuses binary files and bytes that are no known encoding. UTF-8 is strict:
 * one bad byte in a UTF-8 file is an error with its place, never a U+FFFD or a guess.
 */
import { arabicLetterShare } from '../text/arabic-fold.ts';
import { problems, type Problem } from '../problems.ts';
import { decodeUtf8, isMostlyUtf8, lineOfByte } from '../text/utf8.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export type Decoded = { ok: true; text: string; encoding: Encoding; warnings: Problem[] } | { ok: false; problem: Problem };

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

  const utf8 = decodeUtf8(bytes);
  if (utf8.ok) return { ok: true, text: utf8.text, encoding: 'utf-8', warnings: [] };

  // A damaged UTF-8 file read as Windows-1256 would publish mojibake: it is refused with the place of its first bad byte.
  if (!isMostlyUtf8(bytes)) {
    const legacy = new TextDecoder('windows-1256').decode(bytes);
    if (looksLikeArabic(legacy)) return { ok: true, text: legacy, encoding: 'windows-1256', warnings: [problems.legacyEncoding(file, 'Windows-1256')] };
  }
  return { ok: false, problem: problems.unknownEncoding(file, utf8.line, utf8.column) };
}
