/**
 * Sentence splitting for Arabic news paragraphs: Intl.Segmenter('ar') proposes
 * boundaries, then rules tuned to Arabic news drop or move the wrong ones.
 * Rules and limits: docs/extract-values.md.
 */
import { wordCount } from '../text/arabic-fold.ts';

/** A sentence as offsets into the paragraph: text.slice(start, end) is the sentence, trimmed. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * A boundary inside an open quotation is kept only when the rest of the
 * quotation after it has at least this many words (a long quotation made of
 * several sentences); otherwise the quoted full stop does not end the sentence.
 */
export const MIN_WORDS_TO_SPLIT_QUOTE = 8;

const segmenter = new Intl.Segmenter('ar', { granularity: 'sentence' });

/** ".." and "…" join clauses in Arabic news ("… وباكستان.. هل يستقوي؟"), they do not end sentences. */
const ELLIPSIS_END = /(?:\.\.+|…)["“”»)\]]*\s*$/u;
const STRAIGHT_OR_CURLY = /["“”]/u;
/** A one-letter abbreviation before the stop ("د." for دكتور, "م." for مهندس, "أ."): a title, not the end of a sentence. */
const ABBREVIATION_END = /(?:^|[\s(«])[\u0621-\u064A]\.\s*$/u;
/** Characters after which a straight quote is an opener (start, space, bracket, colon, the tatweel of لـ"…"). */
const BEFORE_OPENER = /[\s([«:ـ—–-]/u;
/** Characters before which a straight quote is a closer. */
const AFTER_CLOSER = /[\s.,،؛:!?؟)\]»…]/u;

interface QuoteScan {
  /** quoteDepth[i]: open quotations before character i (length = text.length + 1). */
  quoteDepth: number[];
  /** parenDepth[i]: open ( or [ before character i. */
  parenDepth: number[];
  /** Characters that close a quotation or bracket opened earlier. */
  closers: Set<number>;
}

/** Tracks quotations and brackets; a straight or curly quote is an opener or a closer by its neighbours. */
function scanQuotes(text: string): QuoteScan {
  const quoteDepth: number[] = [0];
  const parenDepth: number[] = [0];
  const closers = new Set<number>();
  const stack: ('straight' | 'guillemet')[] = [];
  let parens = 0;

  const closeTo = (kind: 'straight' | 'guillemet', i: number): void => {
    const at = stack.lastIndexOf(kind);
    if (at < 0) return; // a stray closer (source error): ignored
    stack.length = at; // also drops quotations left open inside this one
    closers.add(i);
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '«') stack.push('guillemet');
    else if (c === '»') closeTo('guillemet', i);
    else if (c === '(' || c === '[') parens++;
    else if ((c === ')' || c === ']') && parens > 0) {
      parens--;
      closers.add(i);
    } else if (STRAIGHT_OR_CURLY.test(c)) {
      const prev = text[i - 1];
      const next = text[i + 1];
      const openerSide = prev === undefined || BEFORE_OPENER.test(prev);
      const closerSide = next === undefined || AFTER_CLOSER.test(next);
      const isOpen = stack.includes('straight');
      const opens = openerSide && !closerSide ? true : !openerSide && closerSide ? false : !isOpen;
      if (opens) stack.push('straight');
      else closeTo('straight', i);
    }
    quoteDepth.push(stack.length);
    parenDepth.push(parens);
  }
  return { quoteDepth, parenDepth, closers };
}

/** Offsets where Intl.Segmenter starts a new sentence (never 0, never text.length). */
function segmenterBoundaries(text: string): number[] {
  const out: number[] = [];
  for (const s of segmenter.segment(text)) if (s.index > 0) out.push(s.index);
  return out;
}

/** Splits one paragraph of Arabic news text into sentences. */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const { quoteDepth, parenDepth, closers } = scanQuotes(paragraph);
  const n = paragraph.length;

  /** End of the quotation open at `b`: where the depth first drops to zero, or the paragraph end. */
  const quotationEnd = (b: number): number => {
    for (let j = b; j <= n; j++) if ((quoteDepth[j] ?? 0) === 0) return j;
    return n;
  };

  const kept: number[] = [];
  for (const proposed of segmenterBoundaries(paragraph)) {
    let b = proposed;
    const before = paragraph.slice(kept.at(-1) ?? 0, b);
    if (ELLIPSIS_END.test(before) || ABBREVIATION_END.test(before)) continue;
    if ((parenDepth[b] ?? 0) > 0) continue;
    if ((quoteDepth[b] ?? 0) > 0 && wordCount(paragraph.slice(b, quotationEnd(b))) < MIN_WORDS_TO_SPLIT_QUOTE) continue;
    // A closing quote or bracket after the full stop belongs to the sentence it closes.
    let k = b;
    while (k < n && /\s/u.test(paragraph[k] ?? '')) k++;
    if (closers.has(k)) {
      while (k < n && closers.has(k)) k++;
      b = k;
    }
    if (b > (kept.at(-1) ?? 0) && b < n) kept.push(b);
  }

  const spans: SentenceSpan[] = [];
  const cuts = [0, ...kept, n];
  for (let i = 0; i + 1 < cuts.length; i++) {
    let start = cuts[i] ?? 0;
    let end = cuts[i + 1] ?? n;
    while (start < end && /\s/u.test(paragraph[start] ?? '')) start++;
    while (end > start && /\s/u.test(paragraph[end - 1] ?? '')) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}
