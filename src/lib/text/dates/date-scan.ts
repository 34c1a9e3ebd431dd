/**
 * One text being read for dates: its tokens (letter runs and digit runs, in order), the
 * questions every reader asks about them, and the mention being put together.
 */
import type { DateMention } from '../../schemas/claim.ts';
import { toAsciiDigits } from '../arabic-fold.ts';
import { rawOffsetAfter, valueReadings } from '../value-words.ts';
import type { CliticReading } from '../clitics.ts';
import type { Token } from '../tokens.ts';
import type { ValueWord } from '../value-words.ts';

/** A word of the one token type, or a run of digits (its `folded` then holds ASCII digits). */
export interface DateToken extends Token {
  /** Set for a run of digits. */
  number?: number;
}

const DIGIT_RUN = /[0-9\u0660-\u0669\u06F0-\u06F9]+/gu;
const SPACE = /^\s+$/;
const COMMA_OR_SPACE = /^\s*[,،]?\s*$/;

/** Whether `n` is an integer in [lo, hi]. */
export function inRange(n: number | undefined, lo: number, hi: number): n is number {
  return n !== undefined && Number.isInteger(n) && n >= lo && n <= hi;
}

/** Words and digit runs of `text` in order, leaving out those inside a `covered` span. */
export function dateTokens(text: string, words: readonly ValueWord[], covered: readonly (readonly [number, number])[]): DateToken[] {
  const tokens: DateToken[] = [...words];
  for (const m of text.matchAll(DIGIT_RUN)) {
    const ascii = toAsciiDigits(m[0]);
    tokens.push({ start: m.index, end: m.index + m[0].length, raw: m[0], folded: ascii, number: Number(ascii) });
  }
  return tokens.sort((a, b) => a.start - b.start).filter((t) => !covered.some(([s, e]) => t.start < e && t.end > s));
}

export class DateScan {
  readonly text: string;
  readonly tokens: readonly DateToken[];

  constructor(text: string, tokens: readonly DateToken[]) {
    this.text = text;
    this.tokens = tokens;
  }

  private gap(a: DateToken | undefined, b: DateToken | undefined): string | undefined {
    return a === undefined || b === undefined ? undefined : this.text.slice(a.end, b.start);
  }

  /** Whether whitespace (and nothing else) separates two tokens. */
  adjacent(a: DateToken | undefined, b: DateToken | undefined): boolean {
    return SPACE.test(this.gap(a, b) ?? 'x');
  }

  /** Whether whitespace, a comma or both separate two tokens. */
  commaOrSpace(a: DateToken | undefined, b: DateToken | undefined): boolean {
    const gap = this.gap(a, b);
    return gap !== undefined && gap !== '' && COMMA_OR_SPACE.test(gap);
  }

  /** Start of a word without its و/ف/ب/ل prefix (ال kept). */
  startOf(tok: DateToken, reading: CliticReading): number {
    return tok.start + rawOffsetAfter(tok.raw, reading.prefixLength);
  }

  /** First reading of a word whose core is in `table` (prefixes و/ف/ب/ل, and ال when `definite` says so). */
  readAs<T>(tok: DateToken | undefined, table: ReadonlyMap<string, T>, definite: boolean): { value: T; reading: CliticReading } | undefined {
    if (tok === undefined || tok.number !== undefined) return undefined;
    for (const reading of valueReadings(tok.folded)) {
      if (reading.definite !== definite) continue;
      const value = table.get(reading.core);
      if (value !== undefined) return { value, reading };
    }
    return undefined;
  }

  /** The first prefix reading of token `i` that `accept` takes (none for a digit run). */
  readingWhere(i: number, accept: (reading: CliticReading) => boolean): CliticReading | undefined {
    const tok = this.tokens[i];
    if (tok === undefined || tok.number !== undefined) return undefined;
    return valueReadings(tok.folded).find(accept);
  }
}

/** The mention being read from token `first` on: the fields found so far and the tokens it spans. */
export class DraftDate {
  /** Filled in the order the text gives them (the order the fields are written out). */
  readonly fields: Omit<DateMention, 'start' | 'end' | 'raw'> = {};
  start: number | undefined;
  end: number | undefined;
  /** Index of the last token taken, -1 while nothing is. */
  lastUsed = -1;
  private readonly scan: DateScan;

  constructor(scan: DateScan) {
    this.scan = scan;
  }

  /** Extends the mention through token `idx` (to `end` when given), starting at `start` if it is the first. */
  take(idx: number, start: number, end?: number): void {
    this.start ??= start;
    this.end = end ?? this.scan.tokens[idx]?.end ?? start;
    this.lastUsed = idx;
  }

  /** Whether token `idx` can continue the mention: nothing taken yet, or only whitespace since the last token. */
  continuesWith(idx: number): boolean {
    return this.lastUsed < 0 || this.scan.adjacent(this.scan.tokens[this.lastUsed], this.scan.tokens[idx]);
  }

  /** Like continuesWith, allowing a comma: "الأربعاء، 18 ديسمبر". */
  joinsWith(idx: number): boolean {
    return this.lastUsed < 0 || this.scan.commaOrSpace(this.scan.tokens[this.lastUsed], this.scan.tokens[idx]);
  }

  /** The finished mention, or undefined when no token was taken. */
  mention(): DateMention | undefined {
    if (this.lastUsed < 0 || this.start === undefined || this.end === undefined) return undefined;
    return { start: this.start, end: this.end, raw: this.scan.text.slice(this.start, this.end), ...this.fields };
  }
}
