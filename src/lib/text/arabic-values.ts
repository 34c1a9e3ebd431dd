/**
 * The numbers and dates of one text, read from one set of words: what the extractor asks for
 * once per claim part. Rules and limits: docs/extract-values.md.
 */
import { findDates } from './arabic-dates.ts';
import type { DateMention } from './arabic-dates.ts';
import { findNumbers } from './arabic-numbers.ts';
import type { NumberMention } from './arabic-numbers.ts';
import { valueWords } from './value-words.ts';
import type { ValueWord } from './value-words.ts';

export interface TextValues {
  numbers: NumberMention[];
  dates: DateMention[];
}

/** findNumbers and findDates of `text`; `tokens`: the text's tokens (tokens.ts `tokenize(text)`) when the caller has them. */
export function findValues(text: string, tokens?: readonly ValueWord[]): TextValues {
  const words = valueWords(text, tokens);
  return { numbers: findNumbers(text, words), dates: findDates(text, words) };
}
