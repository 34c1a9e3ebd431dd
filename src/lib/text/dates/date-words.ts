/** The words dates are written with: month names, weekdays and relative words (folded spelling). */
import type { DateMention } from '../../schemas/claim.ts';

/** 0 = Sunday الأحد. */
export type Weekday = NonNullable<DateMention['weekday']>;
export type Relative = NonNullable<DateMention['relative']>;

/** Single-word month names, folded spelling → month. */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ['يناير', 1],
  ['فبراير', 2],
  ['مارس', 3],
  ['ابريل', 4],
  ['مايو', 5],
  ['يونيو', 6],
  ['يونيه', 6],
  ['يوليو', 7],
  ['يوليه', 7],
  ['اغسطس', 8],
  ['سبتمبر', 9],
  ['اكتوبر', 10],
  ['نوفمبر', 11],
  ['ديسمبر', 12],
  ['شباط', 2],
  ['اذار', 3],
  ['نيسان', 4],
  ['ايار', 5],
  ['حزيران', 6],
  ['تموز', 7],
  ['اب', 8],
  ['ايلول', 9],
]);

/** Two-word Levantine months: head + ordinal (folded). */
export const MONTH_PAIRS: ReadonlyMap<string, number> = new Map([
  ['كانون الثاني', 1],
  ['كانون الاول', 12],
  ['تشرين الاول', 10],
  ['تشرين الثاني', 11],
]);

/** Weekday nouns after ال, 0 = Sunday. */
export const WEEKDAYS: ReadonlyMap<string, Weekday> = new Map([
  ['احد', 0],
  ['اثنين', 1],
  ['ثلاثاء', 2],
  ['اربعاء', 3],
  ['خميس', 4],
  ['جمعه', 5],
  ['سبت', 6],
]);

/** Relative words placed before a weekday or standing alone (folded, after و/ف/ب). */
export const DAY_WORDS: ReadonlyMap<string, Relative> = new Map([
  ['امس', 'yesterday'],
  ['اليوم', 'today'],
  ['غدا', 'tomorrow'],
]);

/** Relative words placed after a month or weekday. */
export const AFTER_WORDS: ReadonlyMap<string, Relative> = new Map([
  ['الماضي', 'last'],
  ['المنصرم', 'last'],
  ['الفائت', 'last'],
  ['المقبل', 'next'],
  ['القادم', 'next'],
]);

/** Words before "مارس" that make it the month, not the verb "practised". */
export const MARCH_CONTEXT: ReadonlySet<string> = new Set([
  'شهر',
  'في',
  'منذ',
  'حتي',
  'خلال',
  'مطلع',
  'اوائل',
  'اواخر',
  'اواسط',
  'منتصف',
  'بدايه',
  'نهايه',
  'من',
  'الي',
]);
