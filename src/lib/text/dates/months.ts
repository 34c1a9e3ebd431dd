/**
 * Month names and the dates built on them: "18 ديسمبر 2025", "كانون الأول ٢٠٢٥",
 * "يوليو/تموز", "ديسمبر من العام 2023", "مارس المقبل".
 */
import { YEAR_WORDS } from '../numbers/number-words.ts';
import { valueReadings } from '../value-words.ts';
import { inRange } from './date-scan.ts';
import type { DateScan, DraftDate } from './date-scan.ts';
import { MARCH_CONTEXT, MONTH_PAIRS, MONTH_WORDS } from './date-words.ts';
import { relativeAfter } from './relative-days.ts';

interface MonthName {
  month: number;
  /** Index of the name's last token (two-word names span two). */
  last: number;
  /** Offset of the name without its و/ف/ب/ل prefix. */
  start: number;
}

/** First words of the two-word month names: كانون, تشرين. */
const PAIR_HEADS: ReadonlySet<string> = new Set([...MONTH_PAIRS.keys()].map((pair) => pair.split(' ')[0] ?? ''));
const SLASH = /^\s*\/\s*$/;
const OPEN_BRACKET = /^\s*\(\s*$/;
const CLOSE_BRACKET = /^\s*\)/;
const COMMA_OR_SPACE = /^\s*[,،]?\s*$/;
const FOUR_DIGITS = /^\d{4}$/;

/** A month name at token `i`: one word (يناير, آب) or a Levantine pair (كانون الثاني). */
export function monthAt(scan: DateScan, i: number): MonthName | undefined {
  const { text, tokens } = scan;
  const tok = tokens[i];
  if (tok === undefined) return undefined;
  const single = scan.readAs(tok, MONTH_WORDS, false);
  if (single) {
    const start = scan.startOf(tok, single.reading);
    // آب (August) only with its madda: "أب" / "اب" is "father".
    if (single.reading.core === 'اب' && text[start] !== '\u0622') return undefined;
    return { month: single.value, last: i, start };
  }
  const next = tokens[i + 1];
  if (next === undefined || !scan.adjacent(tok, next)) return undefined;
  for (const reading of valueReadings(tok.folded)) {
    if (reading.definite || !PAIR_HEADS.has(reading.core)) continue;
    const month = MONTH_PAIRS.get(`${reading.core} ${next.folded}`);
    if (month !== undefined) return { month, last: i + 1, start: scan.startOf(tok, reading) };
  }
  return undefined;
}

/** A second name for the same month right after it: "يوليو/تموز", "يوليو (تموز)". */
function monthAlias(scan: DateScan, m: MonthName): { last: number; end: number } | undefined {
  const { text, tokens } = scan;
  const a = tokens[m.last];
  const other = monthAt(scan, m.last + 1);
  if (a === undefined || other === undefined || other.month !== m.month) return undefined;
  const between = text.slice(a.end, other.start);
  const b = tokens[other.last];
  if (b === undefined) return undefined;
  if (SLASH.test(between)) return { last: other.last, end: b.end };
  const close = CLOSE_BRACKET.exec(text.slice(b.end));
  if (OPEN_BRACKET.test(between) && close) return { last: other.last, end: b.end + close[0].length };
  return undefined;
}

/** The year after a month ending at token `last` / offset `end`: "ديسمبر 2025", "ديسمبر، 2025", "ديسمبر من العام 2025". */
function yearAfter(scan: DateScan, last: number, end: number): { year: number; last: number; end: number } | undefined {
  const { text, tokens } = scan;
  let y = last + 1;
  let prev = tokens[last];
  if (tokens[y]?.folded === 'من' && scan.adjacent(prev, tokens[y])) {
    prev = tokens[y];
    y++;
  }
  if (tokens[y] && valueReadings(tokens[y]?.folded ?? '').some((r) => YEAR_WORDS.has(r.core)) && scan.adjacent(prev, tokens[y])) {
    prev = tokens[y];
    y++;
  }
  const yTok = tokens[y];
  if (yTok?.number === undefined || !FOUR_DIGITS.test(yTok.folded)) return undefined;
  // Right after the month a comma may come between: "ديسمبر، 2025".
  const joined = y === last + 1 ? yTok.start > end && COMMA_OR_SPACE.test(text.slice(end, yTok.start)) : scan.adjacent(prev, yTok);
  return joined ? { year: yTok.number, last: y, end: yTok.end } : undefined;
}

/**
 * Reads "(day) month (alias) (year) (relative)" from token `j` into `draft`; whether it did.
 * "مارس" alone is the verb "practised" unless something around it makes it the month.
 */
export function readMonthPhrase(scan: DateScan, draft: DraftDate, j: number): boolean {
  const { tokens } = scan;
  const dayTok = tokens[j];
  let day: number | undefined;
  let monthIdx = j;
  if (dayTok?.number !== undefined && inRange(dayTok.number, 1, 31) && scan.adjacent(dayTok, tokens[j + 1]) && monthAt(scan, j + 1) && draft.joinsWith(j)) {
    day = dayTok.number;
    monthIdx = j + 1;
  }
  const month = monthAt(scan, monthIdx);
  if (!month || (day === undefined && !draft.joinsWith(monthIdx))) return false;
  const alias = monthAlias(scan, month);
  let last = alias?.last ?? month.last;
  let end = alias?.end ?? tokens[last]?.end ?? 0;
  const year = yearAfter(scan, last, end);
  if (year) ({ last, end } = year);
  const relative = draft.fields.relative === undefined ? relativeAfter(scan, last) : undefined;

  const isMarch = month.month === 3 && scan.readAs(tokens[month.last], MONTH_WORDS, false)?.reading.core === 'مارس';
  if (isMarch && day === undefined && !year && relative === undefined && !alias && draft.fields.weekday === undefined) {
    const prevWord = tokens[monthIdx - 1];
    if (prevWord === undefined || !MARCH_CONTEXT.has(prevWord.folded)) return false;
  }

  if (day !== undefined && dayTok) draft.take(j, dayTok.start);
  draft.take(last, month.start, end);
  draft.fields.month = month.month;
  if (day !== undefined) draft.fields.day = day;
  if (year) draft.fields.year = year.year;
  if (relative !== undefined) {
    draft.fields.relative = relative;
    draft.take(last + 1, draft.start ?? 0);
  }
  return true;
}
