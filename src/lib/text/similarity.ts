/** How alike two Arabic texts are, for re-anchoring reviews and ledger entries to reworded claims. */
import { foldArabic } from './arabic-fold.ts';
import { editDistance } from './edit-distance.ts';

/** 1 − edit distance / length, on folded text (so hamza or tashkeel changes cost nothing). */
export function textSimilarity(a: string, b: string): number {
  const fa = foldArabic(a);
  const fb = foldArabic(b);
  const longest = Math.max(fa.length, fb.length);
  if (longest === 0) return 1;
  return 1 - editDistance(fa, fb) / longest;
}
