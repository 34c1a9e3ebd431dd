/**
 * Date and time lines of a news page: "08:08 م", "11-6-2023 | 15:50", "الخميس، 4 يناير 2024 -
 * 10:30", "آخر تحديث: 3 مارس 2024", "منذ 5 ساعات", "9 رجب 1446 هـ". A line is a dateline when
 * every word of it is a number or a word dates are written with, and at least one is a number,
 * a month or a weekday: a sentence that merely holds a date has other words and is kept.
 */
import { MONTH_PAIRS, MONTH_WORDS, WEEKDAYS } from '../text/dates/date-words.ts';
import { foldArabic } from '../text/arabic-fold.ts';

/** Words that name a day, a month or a moment: weekdays with ال, Gregorian, Levantine and Hijri months, "هـ". */
const ANCHOR_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_WORDS.keys(),
  ...[...MONTH_PAIRS.keys()].flatMap((pair) => pair.split(' ')),
  ...[...WEEKDAYS.keys()].map((day) => `ال${day}`),
  // Hijri months (folded), and the era marks هـ (Hijri) and م (Gregorian).
  ...['محرم', 'ربيع', 'جمادي', 'رجب', 'شعبان', 'رمضان', 'شوال', 'القعده', 'الحجه', 'ذو', 'ه'],
]);

/** Words that sit around a date on a page without being one: times of day, "updated", "ago". */
const FRAME_WORDS: ReadonlySet<string> = new Set([
  ...['ص', 'م', 'صباحا', 'مساء', 'مساءا', 'ظهرا', 'am', 'pm', 'gmt', 'utc', 'توقيت', 'بتوقيت'],
  ...['اول', 'الاول', 'الاولي', 'ثاني', 'الثاني', 'الثانيه', 'الاخر', 'الاخره', 'الاخير', 'اخر', 'اخير'],
  ...['منذ', 'قبل', 'الساعه', 'دقيقه', 'دقائق', 'ساعه', 'ساعات', 'يوم', 'ايام', 'اسبوع', 'اسابيع', 'شهر', 'اشهر', 'سنه', 'سنوات'],
  ...['تحديث', 'التحديث', 'محدث', 'نشر', 'النشر', 'في', 'تاريخ', 'بتاريخ', 'date', 'updated', 'published', 'last', 'update'],
]);

const MAX_DATELINE_LENGTH = 120;

/** Folded words and numbers of a line, a number glued to letters split off ("08:34AM", "سنة01683"). */
const wordsOf = (line: string): string[] =>
  foldArabic(line)
    .toLowerCase()
    .replace(/(\d)(?=\p{L})|(\p{L})(?=\d)/gu, '$1$2 ')
    .split(/[^\p{L}\d]+/u)
    .filter((w) => w !== '');

/** True when the whole line is a date, a time, or a publication stamp. */
export function isDateline(line: string): boolean {
  if (line.length > MAX_DATELINE_LENGTH) return false;
  const words = wordsOf(line);
  if (words.length === 0 || words.length > 16) return false;
  let anchored = false;
  let zoneWords = 0;
  for (const w of words) {
    if (/^\d+$/.test(w) || ANCHOR_WORDS.has(w)) anchored = true;
    // "بتوقيت القدس", "بتوقيت مكة المكرمة": the zone's name is free, up to two words.
    else if (zoneWords > 0) zoneWords--;
    else if (!FRAME_WORDS.has(w)) return false;
    if (w === 'بتوقيت' || w === 'توقيت') zoneWords = 2;
  }
  return anchored;
}

// A machine-written date field at the start of a line ("date 2025-03-14 …", "2025-03-14T09:00 …").
const ISO_DATE_FIELD = /^(?:date\s*:?\s*)?\d{4}-\d{2}-\d{2}(?:T[\d:.+Z-]+)?\s*/i;

/** Splits a leading machine date field from the rest of the line; `rest` is the line itself when there is none. */
export function splitDateField(line: string): { field?: string; rest: string } {
  const m = ISO_DATE_FIELD.exec(line);
  return m ? { field: m[0].trim(), rest: line.slice(m[0].length) } : { rest: line };
}
