/** A year after a year noun: "عام 2025", "العام ٢٠٢٤", "سنة 1999". */
import { YEAR_WORDS } from '../numbers/number-words.ts';
import type { DateScan, DraftDate } from './date-scan.ts';

const FOUR_DIGITS = /^\d{4}$/;

/** Reads "عام/سنة + 4 digits" at token `i` into an empty `draft`. */
export function readYearPhrase(scan: DateScan, draft: DraftDate, i: number): void {
  const noun = scan.tokens[i];
  const yearWord = scan.readingWhere(i, (r) => YEAR_WORDS.has(r.core));
  const yTok = scan.tokens[i + 1];
  if (noun && yearWord && yTok?.number !== undefined && FOUR_DIGITS.test(yTok.folded) && scan.adjacent(noun, yTok)) {
    draft.fields.year = yTok.number;
    draft.take(i + 1, scan.startOf(noun, yearWord));
  }
}
