/**
 * Folded word stems, for the scorer's learned lexical family (`word:<stem>` features, chosen
 * by scripts/fit-scorer.ts and stored in scorer-weights.json).
 */
import { barestReading, PREPOSITIONS } from '../text/clitics.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { normaliseForScoring } from './scoring-text.ts';

/** و (not ف: فيروس), then لل / ب-ك-ل + ال / ال; a bare ب or ل stays (باكستان، ليبيا). */
const STEM = { conj: ['و'], prep: PREPOSITIONS, prepNeedsArticle: true, article: 'any', minRest: 3 } as const;

/**
 * The stem of one folded word, its proclitics taken off: "وللوزير" → "وزير", "بالمستشفيات" → "مستشفيات".
 */
export const stemWord = (word: string): string => barestReading(word, STEM)?.core ?? word;

/**
 * Stems of the Arabic-letter runs of a text (normalised, folded); stems of one letter are
 * dropped. `tokens` are the tokens of `normaliseForScoring(text)` when the caller has them.
 */
export function wordStems(text: string, tokens: readonly Token[] = tokenize(normaliseForScoring(text))): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    for (const w of t.folded.match(/[\u0621-\u064A]+/gu) ?? []) {
      const s = stemWord(w);
      if (s.length >= 2) out.add(s);
    }
  }
  return out;
}
