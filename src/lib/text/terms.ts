/**
 * Content words of a claim for matching claims against each other: folded, with attached
 * conjunctions, prepositions and the article removed, a light stem (no plural or feminine
 * ending, no imperfect prefix), and function words dropped. "اعترافاً" and "اعترافا",
 * "يعكس" and "تعكس", "الجيوش" and "جيوش" meet; nothing here is shown to readers.
 */
import { barestReading, CONJUNCTIONS, PREPOSITIONS } from './clitics.ts';
import { tokenize, type Token } from './tokens.ts';
import { STOP_WORDS as STOP } from './word-lists.ts';

// One proclitic group, leaving three letters at least. Only prefixes that cannot be a word's
// own letters are removed: a bare ب or ل may be (باكستان، ليبيا), so they go only together
// with the article (بال، لل).
const PROCLITICS = {
  conj: CONJUNCTIONS,
  prep: PREPOSITIONS,
  prepNeedsArticle: true,
  stack: false,
  article: 'any',
  minRest: 3,
  minCore: 3,
  minCoreAfterLil: 3,
} as const;

/** The light stem of one folded word. */
export function stem(word: string): string {
  let w = barestReading(word, PROCLITICS)?.core ?? word;
  w = w.replace(/(ات|ون|ين|ان|يه|يا|ا|ه|ي)$/, (m) => (w.length - m.length >= 3 ? '' : m));
  if (/^[يتن]/.test(w) && w.length >= 4) w = w.slice(1);
  return w;
}

/** Distinct content terms of a text (whose tokens the caller may have made). */
export function terms(text: string, tokens: readonly Token[] = tokenize(text)): string[] {
  const out = new Set<string>();
  for (const t of tokens) {
    if (STOP.has(t.folded) || t.folded.length < 2 || /^\d+$/.test(t.folded)) continue;
    const s = stem(t.folded);
    if (s.length >= 2 && !STOP.has(s)) out.add(s);
  }
  return [...out];
}
