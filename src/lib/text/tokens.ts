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
