/**
 * Finds date mentions in Arabic news text: month names (both the Egyptian/Gulf
 * series يناير… and the Levantine series كانون الثاني…), weekdays, "عام 2025",
 * numeric dates and the relative words أمس / اليوم / غدا / الماضي / المقبل.
 * Only what the text states is returned, nothing is resolved against a calendar.
 * The readers live in ./dates/. Rules and limits: docs/extract-values.md.
 */
import { valueWords } from './value-words.ts';
import type { ValueWord } from './value-words.ts';
import { dateTokens, DateScan, DraftDate } from './dates/date-scan.ts';
import type { DateMention } from '../schemas/claim.ts';
import { readMonthPhrase } from './dates/months.ts';
import { numericDates } from './dates/numeric-dates.ts';
import { dayWordAt, headsPhrase } from './dates/relative-days.ts';
import { readRelativeAfterWeekday, readWeekday } from './dates/weekdays.ts';
import { readYearPhrase } from './dates/year-phrases.ts';

export type { DateMention };

/**
 * Every date mention in the text, in order, without overlaps. `tokens`: the text's tokens
 * (tokens.ts `tokenize(text)`), when the caller has them already.
 */
export function findDates(text: string, tokens?: readonly ValueWord[]): DateMention[] {
  const out = numericDates(text);
  const covered = out.map((d) => [d.start, d.end] as const);
  const scan = new DateScan(text, dateTokens(text, valueWords(text, tokens), covered));

  for (let i = 0; i < scan.tokens.length; ) {
    const draft = new DraftDate(scan);
    let j = i;
    // أمس / اليوم / غدا, then (يوم) weekday, then (day) month (year), each continuing the one before.
    const dayWord = dayWordAt(scan, j);
    if (dayWord) {
      draft.fields.relative = dayWord.relative;
      draft.take(j, dayWord.start);
      j++;
    }
    j = readWeekday(scan, draft, j);
    if (!readMonthPhrase(scan, draft, j)) readRelativeAfterWeekday(scan, draft);
    if (draft.lastUsed < 0) readYearPhrase(scan, draft, i);

    const mention = draft.mention();
    const today = draft.lastUsed === i && draft.fields.relative === 'today' && draft.fields.weekday === undefined;
    if (mention && !(today && headsPhrase(scan, i))) {
      out.push(mention);
      i = draft.lastUsed + 1;
    } else {
      i++;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
