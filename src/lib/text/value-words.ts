/**
 * Words as the number and date finders read them: letter runs with offsets and folded
 * spelling, the prefixes a word can be read with, and offsets back into the raw word.
 */
import { foldArabic } from './arabic-fold.ts';
import { tokenize } from './tokens.ts';
import type { Token } from './tokens.ts';

/** A run of letters (with its tashkeel/tatweel) in the original text, plus its folded spelling. */
export type ValueWord = Pick<Token, 'start' | 'end' | 'raw' | 'folded'>;

/** One way to read a folded word as prefixes + core: و/ف, then ب/ل, then ال (or the ل of لل). */
export interface PrefixReading {
  core: string;
  conj: '' | 'و' | 'ف';
  prep: '' | 'ب' | 'ل';
  definite: boolean;
  /** Letters of the folded word before the core that belong to و/ف/ب/ل (ال is not counted). */
  prefixLength: number;
}

const LETTERS = /[\p{L}\p{M}]+/gu; // tatweel is \p{Lm}, tashkeel \p{Mn}
const ONLY_LETTERS = /^[\p{L}\p{M}]+$/u;
const MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/u;

/**
 * The letter runs of `text`, taken from its `tokens` (made once by the caller, offsets into
 * `text`): a token holding digits is cut around them, so "و12" gives "و" and "عربي21" gives "عربي".
 */
export function valueWords(text: string, tokens: readonly ValueWord[] = tokenize(text)): ValueWord[] {
  const out: ValueWord[] = [];
  for (const tok of tokens) {
    if (ONLY_LETTERS.test(tok.raw)) {
      out.push(tok);
      continue;
    }
    for (const m of tok.raw.matchAll(LETTERS)) {
      const start = tok.start + m.index;
      out.push({ start, end: start + m[0].length, raw: m[0], folded: foldArabic(m[0]) });
    }
  }
  return out;
}

const READINGS_MEMO_MAX = 50_000;
const readingsMemo = new Map<string, readonly PrefixReading[]>();

/** All prefix readings of a folded word, fewest stripped letters first (the bare word comes first). */
export function prefixReadings(folded: string): readonly PrefixReading[] {
  // Both finders ask about the same word several times: remember the answer.
  const known = readingsMemo.get(folded);
  if (known !== undefined) return known;
  const out: PrefixReading[] = [];
  for (const conj of ['', 'و', 'ف'] as const) {
    for (const prep of ['', 'ب', 'ل'] as const) {
      const head = conj + prep;
      if (!folded.startsWith(head)) continue;
      const rest = folded.slice(head.length);
      if (rest.length < 2) continue;
      out.push({ core: rest, conj, prep, definite: false, prefixLength: head.length });
      if (prep === 'ل' && rest.startsWith('ل') && rest.length > 3) {
        // لل = ل + ال with the alef dropped: "للأول".
        out.push({ core: rest.slice(1), conj, prep, definite: true, prefixLength: head.length });
      } else if (rest.startsWith('ال') && rest.length > 3) {
        out.push({ core: rest.slice(2), conj, prep, definite: true, prefixLength: head.length });
      }
    }
  }
  out.sort((a, b) => b.core.length - a.core.length);
  if (readingsMemo.size >= READINGS_MEMO_MAX) readingsMemo.clear();
  readingsMemo.set(folded, out);
  return out;
}

/** Offset in `raw` after `count` folded letters (tashkeel/tatweel skipped, trailing marks included). */
export function rawOffsetAfter(raw: string, count: number): number {
  let seen = 0;
  let i = 0;
  while (i < raw.length && seen < count) {
    if (!MARK.test(raw[i] ?? '')) seen++;
    i++;
  }
  while (i < raw.length && MARK.test(raw[i] ?? '')) i++;
  return i;
}
