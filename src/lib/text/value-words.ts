/**
 * Words as the number and date finders read them: letter runs with offsets and folded
 * spelling, the clitic readings of a word (remembered), and offsets back into the raw word.
 */
import { foldArabic } from './arabic-fold.ts';
import { prefixReadings } from './clitics.ts';
import type { CliticReading } from './clitics.ts';
import { tokenize } from './tokens.ts';
import type { Token } from './tokens.ts';

/** A run of letters (with its tashkeel/tatweel) in the original text, plus its folded spelling. */
export type ValueWord = Pick<Token, 'start' | 'end' | 'raw' | 'folded'>;

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
const readingsMemo = new Map<string, readonly CliticReading[]>();

/** The readings of clitics.ts `prefixReadings` (و/ف, then ب/ل, then ال; longest core first), remembered per word. */
export function valueReadings(folded: string): readonly CliticReading[] {
  // Both finders ask about the same word several times.
  let readings = readingsMemo.get(folded);
  if (readings === undefined) {
    readings = prefixReadings(folded);
    if (readingsMemo.size >= READINGS_MEMO_MAX) readingsMemo.clear();
    readingsMemo.set(folded, readings);
  }
  return readings;
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
