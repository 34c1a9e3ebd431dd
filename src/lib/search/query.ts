/**
 * What the search box sends to Pagefind (docs/search.md).
 *
 * Pagefind's Arabic stemmer folds tashkeel, alef and hamza forms and Arabic-Indic digits, and
 * removes most attached prefixes; measured on this site it misses three things, handled here:
 * - a few prefixes ("فالقيادة", "لحفتر", "لليبيا"): each word is also tried without them;
 * - a final ه typed for ة (or ة for ه, ي for ى and back) stems differently: «العسكريه» is not
 *   «العسكرية», so the word is also tried with the other letter, never folded before Pagefind;
 * - a word it does not know is dropped from the query, and a word whose stem is unknown matches
 *   the longest known stem it starts with («الانتخابات» matched every «أن»): so every word must
 *   be known to the index (an exact search for it finds a page) or the query finds nothing.
 */
import { toAsciiDigits } from '../text/arabic-fold.ts';
import { CONJUNCTIONS, PREPOSITIONS, withoutProclitics } from '../text/clitics.ts';

const PUNCTUATION = /[«»"“”()؟?!.,،؛:]/g;
const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;

/** The query's words: no punctuation, tashkeel, tatweel; ASCII digits. Letters are left for Pagefind's stemmer. */
export const searchQuery = (input: string): string =>
  toAsciiDigits(input.normalize('NFC')).replace(TASHKEEL, '').replace(TATWEEL, '').replace(PUNCTUATION, ' ').replace(/\s+/g, ' ').trim();

// و/ف and ب/ل/ك, one or two of them, leaving three letters; the article stays (Pagefind reads
// it), and of لل one ل goes: لليبيا → ليبيا; للقيادة → لقيادة, which Pagefind also reads.
const PREFIXES = { conj: CONJUNCTIONS, prep: PREPOSITIONS, minRest: 3 } as const;

/** The same word with its last letter's other spelling: ة ↔ ه, ى ↔ ي. */
const FINAL_SWAP: Record<string, string> = { '\u0629': '\u0647', '\u0647': '\u0629', '\u0649': '\u064A', '\u064A': '\u0649' };

/** The spellings one word is tried in, the typed one first, the one without a prefix last. */
export function wordForms(word: string): string[] {
  const swap = FINAL_SWAP[word.slice(-1)];
  const spellings = swap ? [word, word.slice(0, -1) + swap] : [word];
  const bare = spellings.map((w) => withoutProclitics(w, PREFIXES)).filter((w): w is string => w !== undefined);
  return [...new Set([...spellings, ...bare])];
}

/**
 * The queries to run, best first: each word in the first spelling the index knows, then each
 * in the last one it knows (usually without its prefix); none when a word is unknown in every
 * spelling, so a topic the site never mentions finds nothing. `known` asks the index.
 */
export async function queryVariants(input: string, known: (word: string) => Promise<boolean>): Promise<string[]> {
  const query = searchQuery(input);
  if (!query) return [];
  const words = await Promise.all(
    query.split(' ').map(async (word) => {
      const forms = wordForms(word);
      const found = await Promise.all(forms.map(known));
      return forms.filter((_, i) => found[i]);
    }),
  );
  if (words.some((forms) => forms.length === 0)) return [];
  return [...new Set([words.map((f) => f[0]!).join(' '), words.map((f) => f.at(-1)!).join(' ')])];
}
