/**
 * The number words the finder knows (cardinals, scale words, ordinals), folded at load,
 * and how a written word (with its و/ف/ب/ل/ال prefixes) is looked up in them.
 */
import { foldArabic } from '../arabic-fold.ts';
import { valueReadings } from '../value-words.ts';
import type { CliticReading } from '../clitics.ts';

export type WordClass = 'unit' | 'ten10' | 'ten' | 'hundred' | 'scale' | 'ordinal';

export interface LexEntry {
  value: number;
  cls: WordClass;
  /** Only a number inside a compound (أحد/إحدى/اثنا … عشر, الحادي عشر). */
  compoundOnly?: true;
  /** Plural scale words (آلاف, ملايين): need a count before them. */
  plural?: true;
  /** Dual forms (ألفان, مليونين): value already doubled, stand alone. */
  dual?: true;
}

/** [spellings (space-separated, unfolded), value, class, flags]. Folded at load. */
const LEXICON_ROWS: readonly (readonly [string, number, WordClass, Omit<LexEntry, 'value' | 'cls'>?])[] = [
  ['واحد واحدة', 1, 'unit'],
  ['اثنان اثنين اثنتان اثنتين', 2, 'unit'],
  ['ثلاث ثلاثة', 3, 'unit'],
  ['أربع أربعة', 4, 'unit'],
  ['خمس خمسة', 5, 'unit'],
  ['ست ستة', 6, 'unit'],
  ['سبع سبعة', 7, 'unit'],
  ['ثمان ثماني ثمانية', 8, 'unit'],
  ['تسع تسعة', 9, 'unit'],
  ['أحد إحدى', 1, 'unit', { compoundOnly: true }],
  ['اثنا اثني اثنتا اثنتي', 2, 'unit', { compoundOnly: true }],
  ['عشر عشرة', 10, 'ten10'],
  ['عشرون عشرين', 20, 'ten'],
  ['ثلاثون ثلاثين', 30, 'ten'],
  ['أربعون أربعين', 40, 'ten'],
  ['خمسون خمسين', 50, 'ten'],
  ['ستون ستين', 60, 'ten'],
  ['سبعون سبعين', 70, 'ten'],
  ['ثمانون ثمانين', 80, 'ten'],
  ['تسعون تسعين', 90, 'ten'],
  ['مئة مائة', 100, 'hundred'],
  ['مئتان مئتين مائتان مائتين مئتا مائتا', 200, 'hundred'],
  ...(['ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'] as const).map((stem, k) => [`${stem}مئة ${stem}مائة`, (k + 3) * 100, 'hundred'] as const),
  ['ألف ألفا', 1e3, 'scale'],
  ['ألفان ألفين', 2e3, 'scale', { dual: true }],
  ['آلاف', 1e3, 'scale', { plural: true }],
  ['مليون مليونا', 1e6, 'scale'],
  ['مليونان مليونين', 2e6, 'scale', { dual: true }],
  ['ملايين', 1e6, 'scale', { plural: true }],
  ['مليار مليارا', 1e9, 'scale'],
  ['ملياران مليارين', 2e9, 'scale', { dual: true }],
  ['مليارات', 1e9, 'scale', { plural: true }],
  ['أول أولى', 1, 'ordinal'],
  ['ثاني ثانية', 2, 'ordinal'],
  ['ثالث ثالثة', 3, 'ordinal'],
  ['رابع رابعة', 4, 'ordinal'],
  ['خامس خامسة', 5, 'ordinal'],
  ['سادس سادسة', 6, 'ordinal'],
  ['سابع سابعة', 7, 'ordinal'],
  ['ثامن ثامنة', 8, 'ordinal'],
  ['تاسع تاسعة', 9, 'ordinal'],
  ['عاشر عاشرة', 10, 'ordinal'],
  ['حادي حادية', 1, 'ordinal', { compoundOnly: true }],
];

const LEXICON: ReadonlyMap<string, LexEntry> = new Map(
  LEXICON_ROWS.flatMap(([forms, value, cls, flags]) => forms.split(' ').map((form) => [foldArabic(form), { value, cls, ...flags }] as const)),
);

/** Words before الأول/الثاني that make a month name (كانون الثاني, ربيع الأول), not an ordinal. */
export const MONTH_HEADS: ReadonlySet<string> = new Set(['كانون', 'تشرين', 'ربيع', 'جمادي']);
/** Words that make the 4-digit number after them a year. */
export const YEAR_WORDS: ReadonlySet<string> = new Set(['عام', 'سنه']);

/** A number word found in a written word, with the prefixes it was read with. */
export interface NumberWord {
  entry: LexEntry;
  reading: CliticReading;
}

/** The number word in a folded word (undefined for none, and for digits). */
export function numberWord(folded: string | undefined): NumberWord | undefined {
  if (folded === undefined) return undefined;
  for (const reading of valueReadings(folded)) {
    const entry = LEXICON.get(reading.core);
    if (entry === undefined) continue;
    // "لست" is "I am not", not ل + ست; "الاثنين" is Monday (left to the dates module).
    if (reading.core === 'ست' && reading.prep === 'ل' && !reading.definite) continue;
    if (reading.definite && reading.core === 'اثنين') continue;
    return { entry, reading };
  }
  return undefined;
}

/** Whether some prefix reading of a folded word is one of `cores`. */
export function hasCore(folded: string | undefined, cores: ReadonlySet<string>): boolean {
  if (folded === undefined) return false;
  return valueReadings(folded).some((r) => cores.has(r.core));
}
