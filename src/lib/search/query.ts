/**
 * What the search box sends to Pagefind (docs/search.md). Pagefind's Arabic stemmer already
 * folds tashkeel, tatweel, alef and hamza forms, final ة/ه and ى/ي and Arabic-Indic digits,
 * and removes most attached prefixes; measured on this site, it misses a few: "فالقيادة",
 * "لحفتر", "لباكستان" and "لليبيا" (where the word itself starts with ل). So each query is
 * also tried with those prefixes taken off, and the results are merged.
 */
import { foldArabic } from '../text/arabic-fold.ts';

const PUNCTUATION = /[«»"“”()؟?!.,،؛:]/g;

/** The query, folded the way the index is, without punctuation. */
export const searchQuery = (input: string): string => foldArabic(input).replace(PUNCTUATION, ' ').replace(/\s+/g, ' ').trim();

/** Forms of one word without an attached conjunction or preposition. */
function withoutPrefix(word: string): string | undefined {
  if (word.length < 4) return undefined;
  if (/^[وفبك]ال/.test(word)) return word.slice(1);
  if (/^لل/.test(word)) return word.slice(1); // لليبيا → ليبيا; للقيادة → لقيادة, which Pagefind also reads
  if (/^(وب|ول|فب|فل|وك)/.test(word) && word.length >= 5) return word.slice(2);
  if (/^[وفبلك]/.test(word)) return word.slice(1);
  return undefined;
}

/** The query first, then the query with every word's prefix removed when that changes it. */
export function queryVariants(input: string): string[] {
  const query = searchQuery(input);
  if (!query) return [];
  const stripped = query
    .split(' ')
    .map((w) => withoutPrefix(w) ?? w)
    .join(' ');
  return stripped === query ? [query] : [query, stripped];
}
