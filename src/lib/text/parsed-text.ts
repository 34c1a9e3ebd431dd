/**
 * A text as the extractor's rules read it: its tokens, numbers and dates, made once and
 * passed to every rule instead of each rule tokenizing and parsing the text again.
 */
import type { DateMention } from './arabic-dates.ts';
import type { NumberMention } from './arabic-numbers.ts';
import { findValues } from './arabic-values.ts';
import { tokenize, tokensIn, type Token } from './tokens.ts';

export interface ParsedText {
  readonly text: string;
  /** Offsets in `text`. */
  readonly tokens: readonly Token[];
  readonly numbers: readonly NumberMention[];
  readonly dates: readonly DateMention[];
}

export function parseText(text: string, tokens: readonly Token[] = tokenize(text)): ParsedText {
  return { text, tokens, ...findValues(text, tokens) };
}

/**
 * Parses spans of one sentence from its tokens, each span once however often it is asked
 * for: (start, end) → the ParsedText of `sentence.slice(start, end)`, offsets in the span.
 */
export function spanParser(sentence: string, tokens: readonly Token[]): (start: number, end: number) => ParsedText {
  const made = new Map<string, ParsedText>();
  return (start, end) => {
    const key = `${start}:${end}`;
    let parsed = made.get(key);
    if (parsed === undefined) {
      parsed = parseText(sentence.slice(start, end), tokensIn(tokens, start, end, start));
      made.set(key, parsed);
    }
    return parsed;
  };
}
