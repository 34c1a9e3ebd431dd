/** Dates written in digits: "18/12/2025", "18-12-2025", "18.12.2025" (day first) and ISO "2025-12-18". */
import { toAsciiDigits } from '../arabic-fold.ts';
import { inRange } from './date-scan.ts';
import type { DateMention } from '../../schemas/claim.ts';

/** A digit: ASCII, Arabic-Indic (٠-٩) or Eastern Arabic-Indic (۰-۹). */
const DIGIT = String.raw`[0-9\u0660-\u0669\u06F0-\u06F9]`;

/** Year-month-day, or day/month/year with the same separator twice (`\5`); not inside a longer run of digits. */
const NUMERIC_DATE = new RegExp(
  String.raw`(?<!${DIGIT})(?:(${DIGIT}{4})-(${DIGIT}{1,2})-(${DIGIT}{1,2})|(${DIGIT}{1,2})([/.-])(${DIGIT}{1,2})\5(${DIGIT}{4}))(?!${DIGIT})`,
  'gu',
);

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
