/**
 * Finds date mentions in Arabic news text: month names (both the Egyptian/Gulf
 * series يناير… and the Levantine series كانون الثاني…), weekdays, "عام 2025",
 * numeric dates and the relative words أمس / اليوم / غدا / الماضي / المقبل.
 * Only what the text states is returned, nothing is resolved against a calendar.
 * Rules and limits: docs/extract-values.md.
 */
import { toAsciiDigits } from './arabic-fold.ts';
import { prefixReadings, rawOffsetAfter, valueWords } from './value-words.ts';
import type { PrefixReading } from './value-words.ts';

/** One date (or part of a date) stated in a text. */
export interface DateMention {
  start: number;
  end: number;
  raw: string;
  /** What the text states, nothing inferred: */
  year?: number;
  /** 1-12 */
  month?: number;
  day?: number;
  /** 0 = Sunday الأحد */
  weekday?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** Relative words: "أمس" yesterday, "اليوم" today, "غدا" tomorrow, "الماضي" last, "المقبل"/"القادم" next. */
  relative?: 'yesterday' | 'today' | 'tomorrow' | 'last' | 'next';
}

type Weekday = NonNullable<DateMention['weekday']>;
type Relative = NonNullable<DateMention['relative']>;

/** Single-word month names, folded spelling → month. */
const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['ابريل', 4], ['مايو', 5], ['يونيو', 6], ['يونيه', 6],
  ['يوليو', 7], ['يوليه', 7], ['اغسطس', 8], ['سبتمبر', 9], ['اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
  ['شباط', 2], ['اذار', 3], ['نيسان', 4], ['ايار', 5], ['حزيران', 6], ['تموز', 7], ['اب', 8], ['ايلول', 9],
]);

/** Two-word Levantine months: head + ordinal (folded). */
const MONTH_PAIRS: ReadonlyMap<string, number> = new Map([
  ['كانون الثاني', 1], ['كانون الاول', 12], ['تشرين الاول', 10], ['تشرين الثاني', 11],
]);

const WEEKDAYS: ReadonlyMap<string, Weekday> = new Map([
  ['احد', 0], ['اثنين', 1], ['ثلاثاء', 2], ['اربعاء', 3], ['خميس', 4], ['جمعه', 5], ['سبت', 6],
]);

/** Relative words placed before a weekday or standing alone (folded, after و/ف/ب). */
const DAY_WORDS: ReadonlyMap<string, Relative> = new Map([
  ['امس', 'yesterday'], ['اليوم', 'today'], ['غدا', 'tomorrow'],
]);

/** Relative words placed after a month or weekday. */
const AFTER_WORDS: ReadonlyMap<string, Relative> = new Map([
  ['الماضي', 'last'], ['المنصرم', 'last'], ['الفائت', 'last'], ['المقبل', 'next'], ['القادم', 'next'],
]);

/** Words before "مارس" that make it the month, not the verb "practised". */
const MARCH_CONTEXT: ReadonlySet<string> = new Set([
  'شهر', 'في', 'منذ', 'حتي', 'خلال', 'مطلع', 'اوائل', 'اواخر', 'اواسط', 'منتصف', 'بدايه', 'نهايه', 'من', 'الي',
]);

const NUMERIC_DATE =
  /(?<![0-9\u0660-\u0669\u06F0-\u06F9])(?:([0-9\u0660-\u0669\u06F0-\u06F9]{4})-([0-9\u0660-\u0669\u06F0-\u06F9]{1,2})-([0-9\u0660-\u0669\u06F0-\u06F9]{1,2})|([0-9\u0660-\u0669\u06F0-\u06F9]{1,2})([/.-])([0-9\u0660-\u0669\u06F0-\u06F9]{1,2})\5([0-9\u0660-\u0669\u06F0-\u06F9]{4}))(?![0-9\u0660-\u0669\u06F0-\u06F9])/gu;

interface Token {
  start: number;
  end: number;
  raw: string;
  folded: string;
  /** Set for a run of digits. */
  number?: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = valueWords(text);
  for (const m of text.matchAll(/[0-9\u0660-\u0669\u06F0-\u06F9]+/gu)) {
    const ascii = toAsciiDigits(m[0]);
    tokens.push({ start: m.index, end: m.index + m[0].length, raw: m[0], folded: ascii, number: Number(ascii) });
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** First reading of a word whose core is in `table` (prefixes و/ف/ب/ل, and ال when `definite` says so). */
function readAs<T>(
  tok: Token | undefined,
  table: ReadonlyMap<string, T>,
  definite: boolean,
): { value: T; reading: PrefixReading } | undefined {
  if (tok === undefined || tok.number !== undefined) return undefined;
  for (const reading of prefixReadings(tok.folded)) {
    if (reading.definite !== definite) continue;
    const value = table.get(reading.core);
    if (value !== undefined) return { value, reading };
  }
  return undefined;
}

function inRange(n: number | undefined, lo: number, hi: number): n is number {
  return n !== undefined && Number.isInteger(n) && n >= lo && n <= hi;
}

/** Every date mention in the text, in order, without overlaps. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  const covered: [number, number][] = [];

  for (const m of text.matchAll(NUMERIC_DATE)) {
    const iso = m[1] !== undefined;
    const year = Number(toAsciiDigits((iso ? m[1] : m[7]) ?? ''));
    const month = Number(toAsciiDigits((iso ? m[2] : m[6]) ?? ''));
    const day = Number(toAsciiDigits((iso ? m[3] : m[4]) ?? ''));
    if (!inRange(month, 1, 12) || !inRange(day, 1, 31)) continue;
    covered.push([m.index, m.index + m[0].length]);
    out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], year, month, day });
  }

  const tokens = tokenize(text).filter((t) => !covered.some(([s, e]) => t.start < e && t.end > s));
  const gap = (a: Token | undefined, b: Token | undefined): string | undefined =>
    a === undefined || b === undefined ? undefined : text.slice(a.end, b.start);
  const adjacent = (a: Token | undefined, b: Token | undefined): boolean => /^\s+$/.test(gap(a, b) ?? 'x');
  const commaOrSpace = (a: Token | undefined, b: Token | undefined): boolean =>
    /^\s*[,،]?\s*$/.test(gap(a, b) ?? 'x') && (gap(a, b) ?? '') !== '';
  /** Start of a word without its و/ف/ب/ل prefix (ال kept). */
  const startOf = (tok: Token, reading: PrefixReading): number => tok.start + rawOffsetAfter(tok.raw, reading.prefixLength);

  /** A month name at token i: its value and the index of its last token. */
  const monthAt = (i: number): { month: number; last: number; start: number } | undefined => {
    const tok = tokens[i];
    if (tok === undefined) return undefined;
    const single = readAs(tok, MONTH_WORDS, false);
    if (single) {
      const start = startOf(tok, single.reading);
      // آب (August) only with its madda: "أب" / "اب" is "father".
      if (single.reading.core === 'اب' && text[start] !== '\u0622') return undefined;
      return { month: single.value, last: i, start };
    }
    const next = tokens[i + 1];
    if (next === undefined || !adjacent(tok, next)) return undefined;
    for (const reading of prefixReadings(tok.folded)) {
      if (reading.definite) continue;
      const month = MONTH_PAIRS.get(`${reading.core} ${next.folded}`);
      if (month !== undefined) return { month, last: i + 1, start: startOf(tok, reading) };
    }
    return undefined;
  };

  /** Extends a month with a second name for the same month: "يوليو/تموز", "يوليو (تموز)". */
  const monthAlias = (m: { month: number; last: number }): { last: number; end: number } | undefined => {
    const a = tokens[m.last];
    const other = monthAt(m.last + 1);
    if (a === undefined || other === undefined || other.month !== m.month) return undefined;
    const between = text.slice(a.end, other.start);
    const b = tokens[other.last];
    if (b === undefined) return undefined;
    if (/^\s*\/\s*$/.test(between)) return { last: other.last, end: b.end };
    const close = /^\s*\)/.exec(text.slice(b.end));
    if (/^\s*\(\s*$/.test(between) && close) return { last: other.last, end: b.end + close[0].length };
    return undefined;
  };

  const relativeAfter = (i: number): Relative | undefined => {
    const next = tokens[i + 1];
    return next !== undefined && adjacent(tokens[i], next) ? AFTER_WORDS.get(next.folded) : undefined;
  };

  const weekdayAt = (i: number): { weekday: Weekday; start: number } | undefined => {
    const tok = tokens[i];
    const hit = readAs(tok, WEEKDAYS, true);
    if (tok === undefined || hit === undefined) return undefined;
    if (hit.value === 0) {
      // "الأحد عشر" (the eleven), "الواحد الأحد" (a name of God)
      const next = tokens[i + 1];
      const prev = tokens[i - 1];
      if (next && adjacent(tok, next) && /^عشر/.test(next.folded)) return undefined;
      if (prev && adjacent(prev, tok) && prev.folded.endsWith('واحد')) return undefined;
    }
    return { weekday: hit.value, start: startOf(tok, hit.reading) };
  };

  const dayWordAt = (i: number): { relative: Relative; start: number } | undefined => {
    const tok = tokens[i];
    if (tok === undefined || tok.number !== undefined) return undefined;
    for (const reading of prefixReadings(tok.folded)) {
      if (reading.prep === 'ل') continue;
      const word = reading.definite ? (reading.core === 'امس' ? 'امس' : `ال${reading.core}`) : reading.core;
      const relative = DAY_WORDS.get(word);
      if (relative === undefined) continue;
      if (reading.definite && word !== 'امس' && word !== 'اليوم') continue;
      if (relative === 'today' && reading.prep !== '') continue; // "باليوم"
      return { relative, start: startOf(tok, reading) };
    }
    return undefined;
  };

  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (first === undefined) break;
    const mention: Omit<DateMention, 'raw' | 'start' | 'end'> & { start?: number; end?: number } = {};
    let j = i;
    let lastUsed = -1;
    const take = (idx: number, start: number, end?: number): void => {
      mention.start ??= start;
      mention.end = end ?? tokens[idx]?.end ?? start;
      lastUsed = idx;
    };

    // أمس / اليوم / غدا, optionally followed by (يوم) weekday
    const dayWord = dayWordAt(j);
    if (dayWord) {
      const prev = tokens[j - 1];
      // "أول أمس" is the day before yesterday: not reported.
      const afterAwal = prev !== undefined && adjacent(prev, first) && prefixReadings(prev.folded).some((r) => r.core === 'اول' && !r.definite);
      if (!afterAwal) {
        mention.relative = dayWord.relative;
        take(j, dayWord.start);
        j++;
      } else {
        i++;
        continue;
      }
    }

    // (يوم) weekday
    let w = j;
    const dayNoun = tokens[w];
    if (dayNoun && dayNoun.number === undefined && prefixReadings(dayNoun.folded).some((r) => r.core === 'يوم' && !r.definite)
      && (lastUsed < 0 || adjacent(tokens[lastUsed], dayNoun)) && adjacent(dayNoun, tokens[w + 1]) && weekdayAt(w + 1)) {
      w++;
    }
    const weekday = weekdayAt(w);
    if (weekday && (lastUsed < 0 || adjacent(tokens[lastUsed], tokens[w]))) {
      const startTok = tokens[j];
      take(w, w > j && startTok ? startTok.start + rawOffsetAfter(startTok.raw, (prefixReadings(startTok.folded).find((r) => r.core === 'يوم')?.prefixLength ?? 0)) : weekday.start);
      mention.weekday = weekday.weekday;
      j = w + 1;
    }

    // (day) month (alias) (year)
    const dayTok = tokens[j];
    const joinable = (idx: number): boolean => lastUsed < 0 || commaOrSpace(tokens[lastUsed], tokens[idx]);
    let day: number | undefined;
    let monthIdx = j;
    if (dayTok?.number !== undefined && inRange(dayTok.number, 1, 31) && adjacent(dayTok, tokens[j + 1]) && monthAt(j + 1) && joinable(j)) {
      day = dayTok.number;
      monthIdx = j + 1;
    }
    const month = monthAt(monthIdx);
    if (month && (day !== undefined || joinable(monthIdx))) {
      const alias = monthAlias(month);
      let last = alias?.last ?? month.last;
      let end = alias?.end ?? tokens[last]?.end ?? 0;
      let year: number | undefined;
      // year: "ديسمبر 2025", "ديسمبر، 2025", "ديسمبر من العام 2025"
      let y = last + 1;
      let prev: Token | undefined = tokens[last];
      const yEnd = (): boolean => /^\s*[,،]?\s*$/.test(text.slice(end, tokens[y]?.start ?? end)) && (tokens[y]?.start ?? end) > end;
      if (tokens[y]?.folded === 'من' && adjacent(prev, tokens[y])) { prev = tokens[y]; y++; }
      if (tokens[y] && prefixReadings(tokens[y]?.folded ?? '').some((r) => r.core === 'عام' || r.core === 'سنه') && adjacent(prev, tokens[y])) { prev = tokens[y]; y++; }
      const yTok = tokens[y];
      if (yTok?.number !== undefined && /^\d{4}$/.test(yTok.folded) && (y === last + 1 ? yEnd() : adjacent(prev, yTok))) {
        year = yTok.number;
        last = y;
        end = yTok.end;
      }
      const relative = mention.relative === undefined ? relativeAfter(last) : undefined;
      const isMarch = month.month === 3 && readAs(tokens[month.last], MONTH_WORDS, false)?.reading.core === 'مارس';
      const prevWord = tokens[(day !== undefined ? monthIdx - 1 : monthIdx) - 1];
      const marchOk = !isMarch || day !== undefined || year !== undefined || relative !== undefined || alias !== undefined
        || mention.weekday !== undefined || (prevWord !== undefined && MARCH_CONTEXT.has(prevWord.folded));
      if (marchOk) {
        if (day !== undefined && dayTok) take(j, dayTok.start);
        take(last, month.start, end);
        mention.month = month.month;
        if (day !== undefined) mention.day = day;
        if (year !== undefined) mention.year = year;
        if (relative !== undefined) {
          mention.relative = relative;
          take(last + 1, mention.start ?? 0);
        }
      }
    } else if (mention.weekday !== undefined && mention.relative === undefined) {
      const relative = relativeAfter(lastUsed);
      if (relative !== undefined) {
        mention.relative = relative;
        take(lastUsed + 1, mention.start ?? 0);
      }
    }

    // عام 2025 / العام 2025 / سنة 2025
    if (lastUsed < 0) {
      const yearWord = prefixReadings(first.number === undefined ? first.folded : '').find((r) => r.core === 'عام' || r.core === 'سنه');
      const yTok = tokens[i + 1];
      if (yearWord && yTok?.number !== undefined && /^\d{4}$/.test(yTok.folded) && adjacent(first, yTok)) {
        mention.year = yTok.number;
        take(i + 1, startOf(first, yearWord));
      }
    }

    // "اليوم" alone is "today" unless it heads a phrase: "اليوم الأول", "اليوم التالي".
    if (lastUsed === i && mention.relative === 'today' && mention.weekday === undefined) {
      const next = tokens[i + 1];
      if (next && adjacent(first, next) && next.folded.startsWith('ال')) {
        i++;
        continue;
      }
    }

    if (lastUsed >= 0 && mention.start !== undefined && mention.end !== undefined) {
      const { start, end, ...fields } = mention;
      out.push({ start, end, raw: text.slice(start, end), ...fields });
      i = lastUsed + 1;
    } else {
      i++;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
