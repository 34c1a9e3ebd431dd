/**
 * Finds numbers in Arabic (or mixed) news text: digit numbers in any of the
 * three digit sets, cardinal number words, ordinal words and percentages.
 * Matching runs on a per-word folded copy; every offset is in the original string.
 * Rules and limits: docs/extract-values.md.
 */
import { foldArabic, toAsciiDigits } from './arabic-fold.ts';

/** One number found in a text. */
export interface NumberMention {
  /** Offsets in the original string: text.slice(start, end) === raw. */
  start: number;
  end: number;
  raw: string;
  value: number;
  kind: 'cardinal' | 'ordinal' | 'percent' | 'year';
}

/** A run of letters (with its tashkeel/tatweel) in the original text, plus its folded spelling. */
export interface WordToken {
  start: number;
  end: number;
  raw: string;
  folded: string;
}

/** One way to read a folded word as prefixes + core: و/ف, then ب/ل, then ال (or the ل of لل). */
export interface PrefixReading {
  core: string;
  conj: '' | 'و' | 'ف';
  prep: '' | 'ب' | 'ل';
  definite: boolean;
  /** Letters of the folded word before the core that belong to و/ف/ب/ل (ال is not counted). */
  prefixLength: number;
}

const WORD = /[\p{L}\p{M}]+/gu; // tatweel is \p{Lm}, tashkeel \p{Mn}
const MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/u;
const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
// Thousands groups: "," or Arabic "٬" followed by exactly three digits; decimals: "." or Arabic "٫".
const DIGIT_NUMBER = new RegExp(
  `(?<!${DIGIT})${DIGIT}+(?:[,\\u066C]${DIGIT}{3}(?!${DIGIT}))*(?:[.\\u066B]${DIGIT}+)?`,
  'gu',
);
const GLUED_WORD = /[\p{L}\p{M}]+$/u;
const PERCENT_SIGN = /^ ?[%\u066A]/u;

/** Letter runs of `text` with offsets and folded spelling. */
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], folded: foldArabic(m[0]) });
  }
  return out;
}

/** All prefix readings of a folded word, fewest stripped letters first (the bare word comes first). */
export function prefixReadings(folded: string): PrefixReading[] {
  const out: PrefixReading[] = [];
  for (const conj of ['', 'و', 'ف'] as const) {
    for (const prep of ['', 'ب', 'ل'] as const) {
      const head = conj + prep;
      if (!folded.startsWith(head)) continue;
      const rest = folded.slice(head.length);
      if (rest.length < 2) continue;
      out.push({ core: rest, conj, prep, definite: false, prefixLength: head.length });
      if (prep === 'ل' && rest.startsWith('ل') && rest.length > 3) {
        // لل = ل + ال with the alef dropped: "للأول".
        out.push({ core: rest.slice(1), conj, prep, definite: true, prefixLength: head.length });
      } else if (rest.startsWith('ال') && rest.length > 3) {
        out.push({ core: rest.slice(2), conj, prep, definite: true, prefixLength: head.length });
      }
    }
  }
  return out.sort((a, b) => b.core.length - a.core.length);
}

/** Offset in `raw` after `count` folded letters (tashkeel/tatweel skipped, trailing marks included). */
export function rawOffsetAfter(raw: string, count: number): number {
  let seen = 0;
  let i = 0;
  while (i < raw.length && seen < count) {
    if (!MARK.test(raw[i] ?? '')) seen++;
    i++;
  }
  while (i < raw.length && MARK.test(raw[i] ?? '')) i++;
  return i;
}

type WordClass = 'unit' | 'ten10' | 'ten' | 'hundred' | 'scale' | 'ordinal';

interface LexEntry {
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
  ...(['ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'] as const).map(
    (stem, k) => [`${stem}مئة ${stem}مائة`, (k + 3) * 100, 'hundred'] as const,
  ),
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
  LEXICON_ROWS.flatMap(([forms, value, cls, flags]) =>
    forms.split(' ').map((form) => [foldArabic(form), { value, cls, ...flags }] as const),
  ),
);

/** Words before الأول/الثاني that make a month name (كانون الثاني, ربيع الأول), not an ordinal. */
const MONTH_HEADS: ReadonlySet<string> = new Set(['كانون', 'تشرين', 'ربيع', 'جمادي']);
const YEAR_WORDS: ReadonlySet<string> = new Set(['عام', 'سنه']);

interface Token {
  start: number;
  end: number;
  raw: string;
  /** Set for digit numbers. */
  digits?: number;
  /** Set for letter runs. */
  folded?: string;
}

interface Hit {
  entry: LexEntry;
  reading: PrefixReading;
}

function lookup(tok: Token | undefined): Hit | undefined {
  if (tok?.folded === undefined) return undefined;
  for (const reading of prefixReadings(tok.folded)) {
    const entry = LEXICON.get(reading.core);
    if (entry === undefined) continue;
    // "لست" is "I am not", not ل + ست; "الاثنين" is Monday (left to the dates module).
    if (reading.core === 'ست' && reading.prep === 'ل' && !reading.definite) continue;
    if (reading.definite && reading.core === 'اثنين') continue;
    return { entry, reading };
  }
  return undefined;
}

function hasCore(tok: Token | undefined, cores: ReadonlySet<string>): boolean {
  if (tok?.folded === undefined) return false;
  return prefixReadings(tok.folded).some((r) => cores.has(r.core));
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = wordTokens(text);
  for (const m of text.matchAll(DIGIT_NUMBER)) {
    // Digits glued to a word are part of a name ("عربي21", "G20"), unless the word is
    // only prefix letters ("و12", "وب3") or ends in the tatweel of "بـ12".
    const glued = GLUED_WORD.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[0] ?? '';
    if (glued !== '' && !/^[وفبلك]{1,3}$/u.test(glued) && !glued.endsWith('\u0640')) continue;
    const ascii = toAsciiDigits(m[0]).replace(/[,\u066C]/g, '').replace('\u066B', '.');
    tokens.push({ start: m.index, end: m.index + m[0].length, raw: m[0], digits: Number(ascii) });
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** Every number in an Arabic (or mixed) text: Western digits, Arabic-Indic digits (٠-٩, ۰-۹), number words, ordinal words. */
export function findNumbers(text: string): NumberMention[] {
  const tokens = tokenize(text);
  const out: NumberMention[] = [];

  const adjacent = (a: Token | undefined, b: Token | undefined): boolean =>
    a !== undefined && b !== undefined && /^\s*$/.test(text.slice(a.end, b.start));

  /** The next token joined to tokens[i] by whitespace, skipping a free-standing "و". */
  const next = (i: number): { idx: number; looseWaw: boolean } | undefined => {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (!adjacent(a, b)) return undefined;
    if (b?.folded === 'و') return adjacent(b, tokens[i + 2]) ? { idx: i + 2, looseWaw: true } : undefined;
    return { idx: i + 1, looseWaw: false };
  };

  const isNumberToken = (tok: Token | undefined): boolean =>
    tok !== undefined && (tok.digits !== undefined || (lookup(tok)?.entry.cls ?? 'ordinal') !== 'ordinal');

  /** "في المئة" / "بالمئة" / "%" right after token `i`: returns the new end and last token index. */
  const percentAfter = (i: number): { end: number; last: number } | undefined => {
    const tok = tokens[i];
    if (tok === undefined) return undefined;
    const sign = PERCENT_SIGN.exec(text.slice(tok.end));
    if (sign) return { end: tok.end + sign[0].length, last: i };
    const a = tokens[i + 1];
    if (!adjacent(tok, a)) return undefined;
    const ha = lookup(a);
    if (ha?.entry.value === 100 && ha.reading.definite && ha.reading.prep === 'ب' && a) return { end: a.end, last: i + 1 };
    const b = tokens[i + 2];
    const hb = lookup(b);
    if (a?.folded === 'في' && adjacent(a, b) && hb?.entry.value === 100 && hb.reading.definite && b) {
      return { end: b.end, last: i + 2 };
    }
    return undefined;
  };

  const push = (start: number, end: number, value: number, kind: NumberMention['kind']): void => {
    out.push({ start, end, raw: text.slice(start, end), value, kind });
  };

  /** Start offset of a word token without its و/ف/ب/ل prefix (ال is kept). */
  const startOf = (tok: Token, reading: PrefixReading): number => {
    const rest = (tok.folded ?? '').slice(reading.prefixLength);
    // Keep both lams of لل ("للأول") so the span starts at a whole article.
    const viaLam = reading.prep === 'ل' && reading.definite && !rest.startsWith('ال');
    const strip = viaLam ? reading.prefixLength - 1 : reading.prefixLength;
    return tok.start + rawOffsetAfter(tok.raw, strip);
  };

  const readDigits = (i: number): number => {
    const tok = tokens[i];
    if (tok?.digits === undefined) return i + 1;
    let value = tok.digits;
    let end = tok.end;
    let last = i;
    let scaled = false;
    const n = next(i);
    const scale = n && !n.looseWaw ? lookup(tokens[n.idx]) : undefined;
    if (scale?.entry.cls === 'scale' && !scale.entry.dual && scale.reading.conj === '' && !scale.reading.definite) {
      value *= scale.entry.value;
      end = tokens[n?.idx ?? i]?.end ?? end;
      last = n?.idx ?? i;
      scaled = true;
    }
    const pct = percentAfter(last);
    if (pct) {
      push(tok.start, pct.end, value, 'percent');
      return pct.last + 1;
    }
    let kind: NumberMention['kind'] = 'cardinal';
    if (!scaled && /^\d{4}$/.test(toAsciiDigits(tok.raw))) {
      const prev = tokens[i - 1];
      const afterYearWord = adjacent(prev, tok) && hasCore(prev, YEAR_WORDS);
      if (afterYearWord || (value >= 1900 && value <= 2100)) kind = 'year';
    }
    push(tok.start, end, value, kind);
    return last + 1;
  };

  const readOrdinal = (i: number, hit: Hit): number => {
    const tok = tokens[i];
    if (tok === undefined) return i + 1;
    const prev = tokens[i - 1];
    if (hit.reading.definite && hit.entry.value <= 2 && adjacent(prev, tok) && hasCore(prev, MONTH_HEADS)) {
      return i + 1; // كانون الثاني, تشرين الأول, ربيع الأول: a month name
    }
    if (hit.reading.core === 'ثانيه' && !hit.reading.definite && adjacent(prev, tok) && isNumberToken(prev)) {
      return i + 1; // "30 ثانية": seconds, not "second"
    }
    let value = hit.entry.value;
    let end = tok.end;
    let last = i;
    const n = next(i);
    const h2 = n ? lookup(tokens[n.idx]) : undefined;
    if (n && h2 && value <= 9) {
      const waw = n.looseWaw || h2.reading.conj === 'و';
      if (!waw && h2.entry.cls === 'ten10' && h2.reading.conj === '' && h2.reading.prep === '') {
        value += 10; // الحادي عشر, الثانية عشرة
        last = n.idx;
      } else if (waw && h2.entry.cls === 'ten') {
        value += h2.entry.value; // الخامس والعشرون
        last = n.idx;
      }
    }
    if (last === i && hit.entry.compoundOnly) return i + 1;
    end = tokens[last]?.end ?? end;
    push(startOf(tok, hit.reading), end, value, 'ordinal');
    return last + 1;
  };

  const readCardinal = (i: number, hit: Hit): number => {
    const tok = tokens[i];
    if (tok === undefined) return i + 1;
    const e = hit.entry;
    if (e.plural) return i + 1; // آلاف / ملايين alone: vague, skipped
    if (e.cls === 'hundred' && hit.reading.definite && (hit.reading.prep === 'ب' || tokens[i - 1]?.folded === 'في')) {
      return i + 1; // a stray "بالمئة" / "في المئة"
    }
    if (e.cls === 'ten' && hit.reading.definite) {
      push(startOf(tok, hit.reading), tok.end, e.value, 'ordinal'); // العشرون: the twentieth
      return i + 1;
    }

    let total = 0;
    let group = 0;
    type Part = 'unit' | 'teen' | 'ten' | 'hundred' | 'scale';
    let last = 'unit' as Part; // reassigned inside apply(), so no narrowing
    let lastScale = Infinity;
    let lastIdx = i;

    const apply = (entry: LexEntry, waw: boolean, first: boolean): void => {
      switch (entry.cls) {
        case 'unit':
          group += entry.value;
          last = 'unit';
          break;
        case 'ten10':
          group += 10;
          last = 'teen';
          break;
        case 'ten':
          group += entry.value;
          last = 'ten';
          break;
        case 'hundred':
          group = !waw && !first && last === 'unit' && entry.value === 100 ? group * 100 : group + entry.value;
          last = 'hundred';
          break;
        case 'scale':
          total += entry.dual ? entry.value : (group === 0 ? 1 : group) * entry.value;
          group = 0;
          lastScale = entry.value;
          last = 'scale';
          break;
        case 'ordinal':
          break;
      }
    };

    /** A compound-only unit (أحد, اثنا) must be followed directly by عشر/عشرة. */
    const teenFollows = (idx: number): boolean => {
      const n = next(idx);
      const h = n && !n.looseWaw ? lookup(tokens[n.idx]) : undefined;
      return h?.entry.cls === 'ten10' && h.reading.conj === '' && h.reading.prep === '';
    };

    if (e.compoundOnly && !teenFollows(i)) return i + 1;
    apply(e, false, true);

    for (;;) {
      const n = next(lastIdx);
      if (!n) break;
      const h = lookup(tokens[n.idx]);
      if (!h || h.entry.cls === 'ordinal' || h.reading.definite || h.reading.prep !== '') break;
      if (h.reading.conj === 'ف') break;
      const waw = n.looseWaw || h.reading.conj === 'و';
      if (n.looseWaw && h.reading.conj !== '') break;
      const c = h.entry.cls;
      let ok = false;
      if (waw) {
        ok =
          (last === 'unit' && c === 'ten' && group < 10) ||
          (last === 'hundred' && (c === 'unit' || c === 'ten10' || c === 'ten')) ||
          (last === 'scale' && (c === 'unit' || c === 'ten10' || c === 'ten' || c === 'hundred'));
      } else {
        ok =
          (last === 'unit' && c === 'ten10' && group < 10) ||
          (last === 'unit' && c === 'hundred' && h.entry.value === 100 && group < 10) ||
          (c === 'scale' && !h.entry.dual && group > 0 && last !== 'scale' && h.entry.value < lastScale);
      }
      if (h.entry.plural && !(group >= 3 && group <= 10)) ok = false;
      if (ok && h.entry.compoundOnly && !teenFollows(n.idx)) ok = false;
      if (!ok) break;
      apply(h.entry, waw, false);
      lastIdx = n.idx;
    }

    const value = total + group;
    const start = startOf(tok, hit.reading);
    const pct = percentAfter(lastIdx);
    if (pct) {
      push(start, pct.end, value, 'percent');
      return pct.last + 1;
    }
    push(start, tokens[lastIdx]?.end ?? tok.end, value, 'cardinal');
    return lastIdx + 1;
  };

  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i];
    if (tok === undefined) break;
    if (tok.digits !== undefined) {
      i = readDigits(i);
      continue;
    }
    const hit = lookup(tok);
    if (!hit) {
      i++;
      continue;
    }
    i = hit.entry.cls === 'ordinal' ? readOrdinal(i, hit) : readCardinal(i, hit);
  }
  return out;
}
