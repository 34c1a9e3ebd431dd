/**
 * Words with their offsets and folded forms: the unit the extractor's rules look at.
 * Offsets always point into the original string, so every decision maps back to the text.
 */
import { foldArabic } from './arabic-fold.ts';

export interface Token {
  start: number;
  end: number;
  /** The word as written. */
  raw: string;
  /** foldArabic(raw): no tashkeel, أ/إ/آ → ا, final ة → ه and ى → ي, ASCII digits. */
  folded: string;
}

const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

export function tokenize(text: string, offset = 0): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    raw: m[0],
    folded: foldArabic(m[0]),
  }));
}

/**
 * The tokens of `text.slice(start, end)`, taken from `tokens` (the tokens of `text`) instead
 * of tokenizing again: a token that crosses an end is cut there, as `tokenize` would cut it.
 * Offsets move by `-shift`: 0 keeps them in `text`, `start` makes them relative to the slice.
 */
export function tokensIn(tokens: readonly Token[], start: number, end: number, shift = 0): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (t.end <= start || t.start >= end) continue;
    const s = Math.max(t.start, start);
    const e = Math.min(t.end, end);
    const raw = s === t.start && e === t.end ? t.raw : t.raw.slice(s - t.start, e - t.start);
    if (shift === 0 && raw === t.raw) out.push(t);
    else out.push({ start: s - shift, end: e - shift, raw, folded: raw === t.raw ? t.folded : foldArabic(raw) });
  }
  return out;
}

/** A token of Arabic letters only; tashkeel and tatweel count (they are Arabic by script extension, not by script). */
export const isArabicWord = (t: Token): boolean => /^\p{Script_Extensions=Arabic}+$/u.test(t.raw);
