/** Dates written in digits: "18/12/2025", "18-12-2025", "18.12.2025" (day first) and ISO "2025-12-18". */
import { toAsciiDigits } from '../arabic-fold.ts';
import { inRange } from './date-scan.ts';
import type { DateMention } from '../../schemas/claim.ts';

const NUMERIC_DATE =
  /(?<![0-9\u0660-\u0669\u06F0-\u06F9])(?:([0-9\u0660-\u0669\u06F0-\u06F9]{4})-([0-9\u0660-\u0669\u06F0-\u06F9]{1,2})-([0-9\u0660-\u0669\u06F0-\u06F9]{1,2})|([0-9\u0660-\u0669\u06F0-\u06F9]{1,2})([/.-])([0-9\u0660-\u0669\u06F0-\u06F9]{1,2})\5([0-9\u0660-\u0669\u06F0-\u06F9]{4}))(?![0-9\u0660-\u0669\u06F0-\u06F9])/gu;

/** Every numeric date of `text` whose month and day are possible. */
export function numericDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const iso = m[1] !== undefined;
    const year = Number(toAsciiDigits((iso ? m[1] : m[7]) ?? ''));
    const month = Number(toAsciiDigits((iso ? m[2] : m[6]) ?? ''));
    const day = Number(toAsciiDigits((iso ? m[3] : m[4]) ?? ''));
    if (!inRange(month, 1, 12) || !inRange(day, 1, 31)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], year, month, day });
  }
  return out;
}
