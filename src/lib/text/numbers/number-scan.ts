/**
 * One text being read for numbers: its tokens (letter runs and digit numbers, in order),
 * the questions every reader asks about them, and the mentions found so far.
 */
import type { NumberMention } from '../../schemas/claim.ts';
import { rawOffsetAfter } from '../value-words.ts';
import type { CliticReading } from '../clitics.ts';
import type { Token } from '../tokens.ts';
import { numberWord } from './number-words.ts';
import type { NumberWord } from './number-words.ts';

/** A word of the one token type, or a digit number (its `folded` then holds ASCII digits). */
export interface NumberToken extends Token {
  /** Set for digit numbers. */
  digits?: number;
}

const SPACE_ONLY = /^\s*$/;

export class NumberScan {
  readonly found: NumberMention[] = [];
  readonly text: string;
  readonly tokens: readonly NumberToken[];

  constructor(text: string, tokens: readonly NumberToken[]) {
    this.text = text;
    this.tokens = tokens;
  }

  /** The number word at token `i`, if any. */
  wordAt(i: number): NumberWord | undefined {
    return numberWord(this.tokens[i]?.folded);
  }

  /** Whether only whitespace (or nothing) separates two tokens. */
  adjacent(a: NumberToken | undefined, b: NumberToken | undefined): boolean {
    return a !== undefined && b !== undefined && SPACE_ONLY.test(this.text.slice(a.end, b.start));
  }

  /** The next token joined to token `i` by whitespace, skipping a free-standing "و". */
  next(i: number): { idx: number; looseWaw: boolean } | undefined {
    const a = this.tokens[i];
    const b = this.tokens[i + 1];
    if (!this.adjacent(a, b)) return undefined;
    if (b?.folded === 'و') return this.adjacent(b, this.tokens[i + 2]) ? { idx: i + 2, looseWaw: true } : undefined;
    return { idx: i + 1, looseWaw: false };
  }

  /** Whether token `i` is a digit number or a cardinal number word. */
  isNumber(i: number): boolean {
    const tok = this.tokens[i];
    return tok !== undefined && (tok.digits !== undefined || (this.wordAt(i)?.entry.cls ?? 'ordinal') !== 'ordinal');
  }

  /** Start offset of a word token without its و/ف/ب/ل prefix (ال is kept). */
  startOf(tok: NumberToken, reading: CliticReading): number {
    const rest = (tok.folded ?? '').slice(reading.prefixLength);
    // Keep both lams of لل ("للأول") so the span starts at a whole article.
    const viaLam = reading.prep === 'ل' && reading.definite && !rest.startsWith('ال');
    const strip = viaLam ? reading.prefixLength - 1 : reading.prefixLength;
    return tok.start + rawOffsetAfter(tok.raw, strip);
  }

  /** Records a mention spanning text[start, end). */
  push(start: number, end: number, value: number, kind: NumberMention['kind']): void {
    this.found.push({ start, end, raw: this.text.slice(start, end), value, kind });
  }
}
