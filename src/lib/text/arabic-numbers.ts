/**
 * Finds numbers in Arabic (or mixed) news text: digit numbers in any of the
 * three digit sets, cardinal number words, ordinal words and percentages.
 * Matching runs on a per-word folded copy; every offset is in the original string.
 * The readers live in ./numbers/. Rules and limits: docs/extract-values.md.
 */
import { valueWords } from './value-words.ts';
import type { ValueWord } from './value-words.ts';
import { readCardinal } from './numbers/cardinal-words.ts';
import { digitNumbers, readDigits } from './numbers/digit-numbers.ts';
import { NumberScan } from './numbers/number-scan.ts';
import type { NumberMention } from '../schemas/claim.ts';
import type { NumberToken } from './numbers/number-scan.ts';
import { readOrdinal } from './numbers/ordinal-words.ts';

export type { NumberMention };

/**
 * Every number in an Arabic (or mixed) text: Western digits, Arabic-Indic digits (٠-٩, ۰-۹),
 * number words, ordinal words. `tokens`: the text's tokens (tokens.ts `tokenize(text)`), when
 * the caller has them already.
 */
export function findNumbers(text: string, tokens?: readonly ValueWord[]): NumberMention[] {
  const scan = new NumberScan(text, inOrder(valueWords(text, tokens), digitNumbers(text)));
  for (let i = 0; i < scan.tokens.length; ) {
    const tok = scan.tokens[i];
    if (tok === undefined) break;
    if (tok.digits !== undefined) {
      i = readDigits(scan, i);
      continue;
    }
    const hit = scan.wordAt(i);
    if (!hit) i++;
    else i = hit.entry.cls === 'ordinal' ? readOrdinal(scan, i, hit) : readCardinal(scan, i, hit);
  }
  return scan.found;
}

/** Words and digit numbers in text order. */
function inOrder(words: readonly ValueWord[], numbers: readonly NumberToken[]): NumberToken[] {
  return [...words, ...numbers].sort((a, b) => a.start - b.start);
}
