/** Weekdays: الأحد … السبت (with و/ف/ب/ل), "يوم الجمعة", "السبت الماضي". */
import { rawOffsetAfter } from '../value-words.ts';
import type { DateScan, DraftDate } from './date-scan.ts';
import { WEEKDAYS } from './date-words.ts';
import type { Weekday } from './date-words.ts';
import { relativeAfter } from './relative-days.ts';

/** The weekday at token `i` (not the أحد of "الأحد عشر" or "الواحد الأحد"). */
export function weekdayAt(scan: DateScan, i: number): { weekday: Weekday; start: number } | undefined {
  const tok = scan.tokens[i];
  const hit = scan.readAs(tok, WEEKDAYS, true);
  if (tok === undefined || hit === undefined) return undefined;
  if (hit.value === 0) {
    // "الأحد عشر" (the eleven), "الواحد الأحد" (a name of God)
    const next = scan.tokens[i + 1];
    const prev = scan.tokens[i - 1];
    if (next && scan.adjacent(tok, next) && /^عشر/.test(next.folded)) return undefined;
    if (prev && scan.adjacent(prev, tok) && prev.folded.endsWith('واحد')) return undefined;
  }
  return { weekday: hit.value, start: scan.startOf(tok, hit.reading) };
}

/** Reads "(يوم) weekday" at token `j` into `draft`; returns the index after it (`j` when there is none). */
export function readWeekday(scan: DateScan, draft: DraftDate, j: number): number {
  const isDayNoun = (r: { core: string; definite: boolean }): boolean => r.core === 'يوم' && !r.definite;
  let w = j;
  if (scan.readingWhere(w, isDayNoun) && draft.continuesWith(w) && scan.adjacent(scan.tokens[w], scan.tokens[w + 1]) && weekdayAt(scan, w + 1)) {
    w++;
  }
  const weekday = weekdayAt(scan, w);
  if (!weekday || !draft.continuesWith(w)) return j;
  const dayNoun = scan.tokens[j];
  const start =
    w > j && dayNoun ? dayNoun.start + rawOffsetAfter(dayNoun.raw, scan.readingWhere(j, (r) => r.core === 'يوم')?.prefixLength ?? 0) : weekday.start;
  draft.take(w, start);
  draft.fields.weekday = weekday.weekday;
  return w + 1;
}

/** Reads a relative word after the weekday just taken: "السبت الماضي", "الجمعة المقبل". */
export function readRelativeAfterWeekday(scan: DateScan, draft: DraftDate): void {
  if (draft.fields.weekday === undefined || draft.fields.relative !== undefined) return;
  const relative = relativeAfter(scan, draft.lastUsed);
  if (relative === undefined) return;
  draft.fields.relative = relative;
  draft.take(draft.lastUsed + 1, draft.start ?? 0);
}
