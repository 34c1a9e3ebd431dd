/**
 * Numbers written in digits (any of the three digit sets): "1,500", "٣٫٥", "20 ألف", "12%",
 * and which 4-digit numbers are years.
 */
import { toAsciiDigits } from '../arabic-fold.ts';
import { hasCore, YEAR_WORDS } from './number-words.ts';
import type { NumberScan, NumberToken } from './number-scan.ts';
import { percentAfter } from './percent.ts';

const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
// Thousands groups: "," or Arabic "٬" followed by exactly three digits; decimals: "." or Arabic "٫".
const DIGIT_NUMBER = new RegExp(`(?<!${DIGIT})${DIGIT}+(?:[,\\u066C]${DIGIT}{3}(?!${DIGIT}))*(?:[.\\u066B]${DIGIT}+)?`, 'gu');
const GLUED_WORD = /[\p{L}\p{M}]+$/u;
const PREFIX_LETTERS_ONLY = /^[وفبلك]{1,3}$/u;
const FOUR_DIGITS = /^\d{4}$/;

/** Digit numbers of `text` with their value; digits glued to a name ("عربي21", "G20") are left out. */
export function digitNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(DIGIT_NUMBER)) {
    // Digits glued to a word are part of a name, unless the word is only prefix
    // letters ("و12", "وب3") or ends in the tatweel of "بـ12".
    const glued = GLUED_WORD.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[0] ?? '';
    if (glued !== '' && !PREFIX_LETTERS_ONLY.test(glued) && !glued.endsWith('\u0640')) continue;
    const ascii = toAsciiDigits(m[0])
      .replace(/[,\u066C]/g, '')
      .replace('\u066B', '.');
    out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], folded: ascii, digits: Number(ascii) });
  }
  return out;
}

/** Reads the digit number at token `i` (times a following scale word, or as a percent); returns the next index. */
export function readDigits(scan: NumberScan, i: number): number {
  const tok = scan.tokens[i];
  if (tok?.digits === undefined) return i + 1;
  let value = tok.digits;
  let end = tok.end;
  let last = i;
  let scaled = false;
  const n = scan.next(i);
  const scale = n && !n.looseWaw ? scan.wordAt(n.idx) : undefined;
  if (n && scale?.entry.cls === 'scale' && !scale.entry.dual && scale.reading.conj === '' && !scale.reading.definite) {
    value *= scale.entry.value;
    end = scan.tokens[n.idx]?.end ?? end;
    last = n.idx;
    scaled = true;
  }
  const pct = percentAfter(scan, last);
  if (pct) {
    scan.push(tok.start, pct.end, value, 'percent');
    return pct.last + 1;
  }
  scan.push(tok.start, end, value, !scaled && isYear(scan, i) ? 'year' : 'cardinal');
  return last + 1;
}

/** A 4-digit number is a year right after عام/العام/سنة, or when it lies in 1900-2100. */
function isYear(scan: NumberScan, i: number): boolean {
  const tok = scan.tokens[i];
  if (tok?.digits === undefined || !FOUR_DIGITS.test(toAsciiDigits(tok.raw))) return false;
  const prev = scan.tokens[i - 1];
  const afterYearWord = scan.adjacent(prev, tok) && hasCore(prev?.folded, YEAR_WORDS);
  return afterYearWord || (tok.digits >= 1900 && tok.digits <= 2100);
}
