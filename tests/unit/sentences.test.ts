import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_WORDS_TO_SPLIT_QUOTE, splitSentences } from '../../src/lib/extract/sentences.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const seedLines = (file: string): string[] => readFileSync(resolve(ROOT, 'seeds', file), 'utf8').split(/\r?\n/);
const SEED_000 = seedLines('000_bc5bfdee50f0dc2c.txt');
const SEED_003 = seedLines('003_099b512de9b6ebb4.txt');
const line = (seed: string[], n: number): string => seed[n - 1] ?? '';

/** The sentences as strings, after checking the span invariants. */
function sentences(paragraph: string): string[] {
  const spans = splitSentences(paragraph);
  let previousEnd = 0;
  for (const { start, end } of spans) {
    expect(end).toBeGreaterThan(start);
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    const text = paragraph.slice(start, end);
    expect(text).toBe(text.trim());
    // Nothing but whitespace is lost between spans.
    expect(paragraph.slice(previousEnd, start).trim()).toBe('');
    previousEnd = end;
  }
  expect(paragraph.slice(previousEnd).trim()).toBe('');
  return spans.map(({ start, end }) => paragraph.slice(start, end));
}

const segmenter = new Intl.Segmenter('ar', { granularity: 'sentence' });
const bare = (text: string): string[] => [...segmenter.segment(text)].map((s) => s.segment.trim());

describe('Intl.Segmenter alone (the failures the repairs exist for)', () => {
  it('splits after ".." in a headline', () => {
    expect(bare('عسكرية بين حفتر وباكستان.. هل يستقوي على خصومه؟')).toHaveLength(2);
  });
  it('splits inside parentheses', () => {
    expect(bare('قال (وهذا مهم. جدا) إنه انتهى.')).toHaveLength(2);
  });
  it('splits at a full stop inside a short quotation', () => {
    expect(bare('قال: "الجملة الأولى. والثانية" ثم مضى.')).toHaveLength(2);
  });
});

describe('splitSentences: basic rules', () => {
  it('ends sentences at . ! and ؟ but not at ؛', () => {
    expect(sentences('هل انتهى؟ نعم! انتهى؛ ربما. آخر جملة.')).toEqual(['هل انتهى؟', 'نعم!', 'انتهى؛ ربما.', 'آخر جملة.']);
  });

  it('joins clauses around ".." and "…"', () => {
    expect(sentences('عسكرية بين حفتر وباكستان.. هل يستقوي على خصومه؟ جملة أخرى.')).toEqual(['عسكرية بين حفتر وباكستان.. هل يستقوي على خصومه؟', 'جملة أخرى.']);
    expect(sentences('قال هذا… ثم انتهى.')).toEqual(['قال هذا… ثم انتهى.']);
  });

  it('does not split decimals', () => {
    expect(sentences('بلغت النسبة 0.2513 و3.5 و٣٫٥ في المئة. ثم انتهى.')).toEqual(['بلغت النسبة 0.2513 و3.5 و٣٫٥ في المئة.', 'ثم انتهى.']);
  });

  it('does not split inside parentheses', () => {
    expect(sentences('قال (وهذا مهم. جدا) إنه انتهى. ثم مضى.')).toEqual(['قال (وهذا مهم. جدا) إنه انتهى.', 'ثم مضى.']);
  });

  it('returns nothing for blank input and trims whitespace', () => {
    expect(splitSentences('   ')).toEqual([]);
    expect(sentences('  جملة أولى.   جملة ثانية.  ')).toEqual(['جملة أولى.', 'جملة ثانية.']);
  });
});

describe('splitSentences: quotations', () => {
  it('keeps a closing quote with the sentence it closes', () => {
    expect(sentences('قال: "هذا كلام الجيش." وأضاف أن الأمر انتهى.')).toEqual(['قال: "هذا كلام الجيش."', 'وأضاف أن الأمر انتهى.']);
    expect(sentences('قال: «هذا كلام الجيش.»وأضاف أن الأمر انتهى.')).toEqual(['قال: «هذا كلام الجيش.»', 'وأضاف أن الأمر انتهى.']);
    expect(sentences('وصف السياسيين". كما قالت الوزارة.')).toEqual(['وصف السياسيين".', 'كما قالت الوزارة.']);
  });

  it(`joins a full stop inside a quotation when fewer than ${MIN_WORDS_TO_SPLIT_QUOTE} quoted words follow`, () => {
    expect(sentences('قال: "الجملة الأولى. والثانية" ثم مضى.')).toEqual(['قال: "الجملة الأولى. والثانية" ثم مضى.']);
    expect(sentences('قال: «انتهى الأمر. نعم» ثم مضى.')).toEqual(['قال: «انتهى الأمر. نعم» ثم مضى.']);
  });

  it(`splits a long quotation when at least ${MIN_WORDS_TO_SPLIT_QUOTE} quoted words follow`, () => {
    expect(sentences('قال: "الجملة الأولى طويلة جدا. والجملة الثانية أيضا طويلة بما يكفي لتكون جملة مستقلة في الخبر". ثم مضى.')).toEqual([
      'قال: "الجملة الأولى طويلة جدا.',
      'والجملة الثانية أيضا طويلة بما يكفي لتكون جملة مستقلة في الخبر".',
      'ثم مضى.',
    ]);
  });
});

describe('splitSentences: seed paragraphs', () => {
  it('seed 000 line 16 → 2 sentences, split after "والدولية."', () => {
    const s = sentences(line(SEED_000, 16));
    expect(s).toHaveLength(2);
    expect(s[0]).toMatch(/والدولية\.$/u);
  });

  it('seed 000 line 20 → 2 sentences, split after "بين الجانبين."', () => {
    const s = sentences(line(SEED_000, 20));
    expect(s).toHaveLength(2);
    expect(s[0]).toMatch(/بين الجانبين\.$/u);
  });

  it('seed 000 line 24 → 2 sentences', () => {
    expect(sentences(line(SEED_000, 24))).toHaveLength(2);
  });

  it('seed 003 lines with quotations are one sentence each', () => {
    for (const n of [10, 20, 22, 29, 42, 45, 47]) {
      expect(sentences(line(SEED_003, n)), `line ${n}`).toHaveLength(1);
    }
  });

  it('seed 003 line 29: the quote runs to السياسيين … "، كما قالت. (one sentence)', () => {
    const text = line(SEED_003, 29);
    expect(text.startsWith('وأضافت: ')).toBe(true);
    expect(sentences(text)).toEqual([text.trim()]);
  });

  it('seed 003 line 40: an unclosed quotation loses no text', () => {
    const text = line(SEED_003, 40);
    const s = sentences(text);
    expect(s.join(' ')).toBe(text.trim());
    expect(s).toHaveLength(1);
  });

  it('every paragraph of both seeds splits without losing text', () => {
    for (const text of [...SEED_000, ...SEED_003]) sentences(text);
  });
});
