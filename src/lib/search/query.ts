/**
 * What the search box sends to Pagefind (docs/search.md). Pagefind's Arabic stemmer already
 * folds tashkeel, tatweel, alef and hamza forms, final ة/ه and ى/ي and Arabic-Indic digits,
 * and removes most attached prefixes; measured on this site, it misses a few: "فالقيادة",
 * "لحفتر", "لباكستان" and "لليبيا" (where the word itself starts with ل). So each query is
 * also tried with those prefixes taken off, and the results are merged.
 */
import { foldArabic } from '../text/arabic-fold.ts';
import { CONJUNCTIONS, PREPOSITIONS, withoutProclitics } from '../text/clitics.ts';

const PUNCTUATION = /[«»"“”()؟?!.,،؛:]/g;

/** The query, folded the way the index is, without punctuation. */
export const searchQuery = (input: string): string => foldArabic(input).replace(PUNCTUATION, ' ').replace(/\s+/g, ' ').trim();

// و/ف and ب/ل/ك, one or two of them, leaving three letters; the article stays (Pagefind reads
// it), and of لل one ل goes: لليبيا → ليبيا; للقيادة → لقيادة, which Pagefind also reads.
const PREFIXES = { conj: CONJUNCTIONS, prep: PREPOSITIONS, minRest: 3 } as const;

/** The word without an attached conjunction or preposition, if it has one. */
const withoutPrefix = (word: string): string | undefined => withoutProclitics(word, PREFIXES);

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
