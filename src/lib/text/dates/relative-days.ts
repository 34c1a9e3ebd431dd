/** Relative words: أمس / اليوم / غدا (a day), and الماضي / المقبل after a month or weekday. */
import { withArticle } from '../clitics.ts';
import { valueReadings } from '../value-words.ts';
import type { DateScan } from './date-scan.ts';
import { AFTER_WORDS, DAY_WORDS } from './date-words.ts';
import type { Relative } from './date-words.ts';

/** أمس / بالأمس, اليوم, غدا at token `i` (with و/ف/ب; not "باليوم", not the أمس of "أول أمس"). */
export function dayWordAt(scan: DateScan, i: number): { relative: Relative; start: number } | undefined {
  const tok = scan.tokens[i];
  if (tok === undefined || tok.number !== undefined) return undefined;
  for (const reading of valueReadings(tok.folded)) {
    if (reading.prep === 'ل') continue;
    const word = reading.core === 'امس' ? 'امس' : withArticle(reading); // بالأمس is أمس
    const relative = DAY_WORDS.get(word);
    if (relative === undefined) continue;
    if (reading.definite && word !== 'امس' && word !== 'اليوم') continue;
    if (relative === 'today' && reading.prep !== '') continue; // "باليوم"
    // "أول أمس" is the day before yesterday: not reported.
    const prev = i - 1;
    if (scan.adjacent(scan.tokens[prev], tok) && scan.readingWhere(prev, (r) => r.core === 'اول' && !r.definite)) return undefined;
    return { relative, start: scan.startOf(tok, reading) };
  }
  return undefined;
}

/** الماضي / المنصرم / الفائت (last) or المقبل / القادم (next) right after token `i`. */
export function relativeAfter(scan: DateScan, i: number): Relative | undefined {
  const next = scan.tokens[i + 1];
  return next !== undefined && scan.adjacent(scan.tokens[i], next) ? AFTER_WORDS.get(next.folded) : undefined;
}

/** Whether "اليوم" at token `i` heads a phrase ("اليوم الأول", "اليوم التالي"): "the day", not today. */
export function headsPhrase(scan: DateScan, i: number): boolean {
  const next = scan.tokens[i + 1];
  return next !== undefined && scan.adjacent(scan.tokens[i], next) && next.folded.startsWith('ال');
}
