/**
 * The small readers behind findNumbers and findDates (src/lib/text/numbers, src/lib/text/dates,
 * value-words.ts), and findValues with the caller's tokens. Whole-sentence behaviour:
 * arabic-values.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/text/arabic-dates.ts';
import { findNumbers } from '../../src/lib/text/arabic-numbers.ts';
import { findValues } from '../../src/lib/text/arabic-values.ts';
import { DateScan, dateTokens } from '../../src/lib/text/dates/date-scan.ts';
import { monthAt } from '../../src/lib/text/dates/months.ts';
import { numericDates } from '../../src/lib/text/dates/numeric-dates.ts';
import { dayWordAt, relativeAfter } from '../../src/lib/text/dates/relative-days.ts';
import { weekdayAt } from '../../src/lib/text/dates/weekdays.ts';
import { digitNumbers } from '../../src/lib/text/numbers/digit-numbers.ts';
import { NumberScan } from '../../src/lib/text/numbers/number-scan.ts';
import { numberWord } from '../../src/lib/text/numbers/number-words.ts';
import { percentAfter } from '../../src/lib/text/numbers/percent.ts';
import { tokenize } from '../../src/lib/text/tokens.ts';
import { rawOffsetAfter, valueReadings, valueWords } from '../../src/lib/text/value-words.ts';

const dateScan = (text: string): DateScan => new DateScan(text, dateTokens(text, valueWords(text), []));
/** Index of the first date token whose raw text is `raw`. */
const at = (scan: DateScan, raw: string): number => scan.tokens.findIndex((t) => t.raw === raw);

describe('value-words', () => {
  it('cuts tokens that hold digits into their letter runs, keeps letter-only tokens as they are', () => {
    const text = 'وصل و12 زائرا إلى موقع عربي21';
    const tokens = tokenize(text);
    const words = valueWords(text, tokens);
    expect(words.map((w) => w.raw)).toEqual(['وصل', 'و', 'زائرا', 'إلى', 'موقع', 'عربي']);
    expect(words[0]).toBe(tokens[0]);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.raw);
  });

  it('keeps tatweel and tashkeel inside a run', () => {
    expect(valueWords('بـ12 مِلْيُون').map((w) => [w.raw, w.folded])).toEqual([
      ['بـ', 'ب'],
      ['مِلْيُون', 'مليون'],
    ]);
  });

  it('reads و/ف, ب/ل and ال off a folded word, longest core first', () => {
    expect(valueReadings('وبالعشرين').map((r) => [r.conj, r.prep, r.definite, r.core])).toEqual([
      ['', '', false, 'وبالعشرين'],
      ['و', '', false, 'بالعشرين'],
      ['و', 'ب', false, 'العشرين'],
      ['و', 'ب', true, 'عشرين'],
    ]);
    expect(valueReadings('للثالث').find((r) => r.definite)?.core).toBe('ثالث');
  });

  it('maps a count of folded letters back to the raw word past tashkeel and tatweel', () => {
    expect(rawOffsetAfter('وَبِـالخَمْسَة', 2)).toBe(5);
    expect(rawOffsetAfter('والعشرين', 1)).toBe(1);
  });
});

describe('numbers: small readers', () => {
  it('numberWord: finds the number word behind the prefixes, but not لست or Monday', () => {
    expect(numberWord('وبخمسه')).toMatchObject({ entry: { value: 5, cls: 'unit' }, reading: { conj: 'و', prep: 'ب' } });
    expect(numberWord('للعاشره')).toMatchObject({ entry: { value: 10, cls: 'ordinal' }, reading: { definite: true } });
    expect(numberWord('لست')).toBeUndefined();
    expect(numberWord('الاثنين')).toBeUndefined();
    expect(numberWord(undefined)).toBeUndefined();
  });

  it('digitNumbers: groups, decimals and the three digit sets; digits glued to a name are left out', () => {
    expect(digitNumbers('دفع 2,750 ثم ٤٫٢٥ ثم ۳۰ ثم فـ7 وليس F16 ولا قناة الغد24').map((t) => [t.raw, t.digits])).toEqual([
      ['2,750', 2750],
      ['٤٫٢٥', 4.25],
      ['۳۰', 30],
      ['7', 7],
    ]);
  });

  it('percentAfter: the sign, بالمئة or في المائة right after the number', () => {
    const text = 'نما 8 بالمئة ثم 9 في المائة ثم 10٪ ثم 11 مئة';
    const scan = new NumberScan(
      text,
      [...valueWords(text), ...digitNumbers(text)].sort((a, b) => a.start - b.start),
    );
    const ends = scan.tokens.flatMap((t, i) => (t.digits === undefined ? [] : [percentAfter(scan, i)]));
    expect(ends.map((p) => (p === undefined ? undefined : text.slice(0, p.end).split(' ').slice(-2).join(' ')))).toEqual([
      '8 بالمئة',
      'في المائة',
      'ثم 10٪',
      undefined,
    ]);
  });

  it('reads years, ordinals and compounds in one sentence of news', () => {
    const text = 'في عام 2023 احتل الفريق المركز الثالث عشر بعد أن خسر ثلاثمائة وخمسين ألف دولار';
    expect(findNumbers(text).map((n) => [n.raw, n.value, n.kind])).toEqual([
      ['2023', 2023, 'year'],
      ['الثالث عشر', 13, 'ordinal'],
      ['ثلاثمائة وخمسين ألف', 350000, 'cardinal'],
    ]);
  });
});

describe('dates: small readers', () => {
  it('numericDates: day-first and ISO dates whose month and day exist', () => {
    expect(numericDates('صدر في 3/7/2024 وأُلغي في 2024-11-05 لا في 31/13/2024 ولا 45/1/2024').map((d) => [d.raw, d.day, d.month, d.year])).toEqual([
      ['3/7/2024', 3, 7, 2024],
      ['2024-11-05', 5, 11, 2024],
    ]);
  });

  it('monthAt: one-word names with prefixes, Levantine pairs, آب only with its madda', () => {
    const scan = dateScan('وفي تشرين الثاني عاد، وبشباط رحل، وآب حار، وأب الطفل هنا');
    expect(monthAt(scan, at(scan, 'تشرين'))).toMatchObject({ month: 11, last: at(scan, 'الثاني') });
    const feb = monthAt(scan, at(scan, 'وبشباط'));
    expect(feb?.month).toBe(2);
    expect(scan.text.slice(feb?.start)).toMatch(/^شباط/);
    expect(monthAt(scan, at(scan, 'وآب'))?.month).toBe(8);
    expect(monthAt(scan, at(scan, 'وأب'))).toBeUndefined();
  });

  it('weekdayAt: a weekday after ال, not the أحد of "الأحد عشر"', () => {
    const scan = dateScan('وصلوا الخميس ولعب الأحد عشر لاعبا وبالسبت عادوا');
    expect(weekdayAt(scan, at(scan, 'الخميس'))?.weekday).toBe(4);
    expect(weekdayAt(scan, at(scan, 'الأحد'))).toBeUndefined();
    expect(weekdayAt(scan, at(scan, 'وبالسبت'))?.weekday).toBe(6);
    expect(weekdayAt(scan, at(scan, 'ولعب'))).toBeUndefined();
  });

  it('dayWordAt: أمس, بالأمس, اليوم, غدا; not باليوم, not أول أمس', () => {
    const scan = dateScan('رحلوا بالأمس ويعودون غدا وباليوم نفسه، أول أمس');
    expect(dayWordAt(scan, at(scan, 'بالأمس'))?.relative).toBe('yesterday');
    expect(dayWordAt(scan, at(scan, 'غدا'))?.relative).toBe('tomorrow');
    expect(dayWordAt(scan, at(scan, 'وباليوم'))).toBeUndefined();
    expect(dayWordAt(scan, at(scan, 'أمس'))).toBeUndefined();
  });

  it('relativeAfter: الماضي / المقبل / المنصرم right after a token', () => {
    const scan = dateScan('الأسبوع الماضي والعام المنصرم وشهر مايو القادم');
    expect(relativeAfter(scan, at(scan, 'الأسبوع'))).toBe('last');
    expect(relativeAfter(scan, at(scan, 'والعام'))).toBe('last');
    expect(relativeAfter(scan, at(scan, 'مايو'))).toBe('next');
    expect(relativeAfter(scan, at(scan, 'وشهر'))).toBeUndefined();
  });
});

describe("findValues and the caller's tokens", () => {
  const texts = [
    'أعلنت الوزارة يوم الثلاثاء 4 يونيو 2024 أن 35% من المدارس أُغلقت',
    'وقال لـ"قناة24" إن الخسائر بلغت بـ3 مليارات ونحو أربعة آلاف وظيفة منذ آذار/مارس الماضي',
    'سجّلت المحافظة ١٢٠ إصابة في ١٥/٨/٢٠٢٣، وللمرة الثانية خلال العام ٢٠٢٣',
  ];

  it('gives the numbers and dates findNumbers and findDates give, with or without tokens', () => {
    for (const text of texts) {
      const expected = { numbers: findNumbers(text), dates: findDates(text) };
      expect(expected.numbers.length + expected.dates.length).toBeGreaterThan(2);
      expect(findValues(text)).toEqual(expected);
      expect(findValues(text, tokenize(text))).toEqual(expected);
      expect(findNumbers(text, tokenize(text))).toEqual(expected.numbers);
      expect(findDates(text, tokenize(text))).toEqual(expected.dates);
    }
  });

  it('reads a sentence with every kind of value', () => {
    const text = 'أعلنت الوزارة يوم الثلاثاء 4 يونيو 2024 أن 35% من المدارس أُغلقت';
    const { numbers, dates } = findValues(text, tokenize(text));
    expect(numbers.map((n) => [n.raw, n.kind])).toEqual([
      ['4', 'cardinal'],
      ['2024', 'year'],
      ['35%', 'percent'],
    ]);
    expect(dates.map(({ start, end, ...d }) => d)).toEqual([{ raw: 'يوم الثلاثاء 4 يونيو 2024', weekday: 2, day: 4, month: 6, year: 2024 }]);
  });
});
