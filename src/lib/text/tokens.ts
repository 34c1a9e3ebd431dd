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

// Clitics written attached to the next word: conjunctions و ف, prepositions ب ل ك, the
// future marker س is left alone (it changes the verb's meaning).
const PROCLITICS = ['وال', 'فال', 'بال', 'كال', 'لل', 'و', 'ف', 'ب', 'ل', 'ك'];

/**
 * The folded word with its attached conjunction/preposition removed, tried longest first,
 * when what remains is in `known`: `وأكدت` → `اكدت`, `للجيش` → `الجيش` (via `ال` + rest).
 */
export function stripProclitic(folded: string, known: ReadonlySet<string> | ReadonlyMap<string, unknown>): string | undefined {
  if (known.has(folded)) return folded;
  for (const p of PROCLITICS) {
    if (!folded.startsWith(p) || folded.length - p.length < 2) continue;
    const rest = folded.slice(p.length);
    const candidates = p.endsWith('ال') || p === 'لل' ? [`ال${rest}`, rest] : [rest];
    for (const c of candidates) if (known.has(c)) return c;
  }
  return undefined;
}

/** Folded word without a leading و or ف conjunction (for matching names and phrases). */
export const withoutConjunction = (folded: string): string => (/^[وف].{2,}/.test(folded) ? folded.slice(1) : folded);
