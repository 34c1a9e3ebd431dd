import { describe, expect, it } from 'vitest';
import { ingestSeed } from '../../src/lib/ingest/index.ts';
import { articleSchema, type Article } from '../../src/lib/schemas/article.ts';
import { readSeed, SEED_000, SEED_003 } from '../helpers/seeds.ts';

const ingest = (file: string): Article => {
  const result = ingestSeed({ file, bytes: readSeed(file) });
  expect(result.problems).toEqual([]);
  return articleSchema.parse(result.article);
};

const BOILERPLATE = ['شارك الخبر', 'اظهار أخبار متعلقة', 'التعليقات (0)', 'التعليقات'];

describe('ingest of seed 000 (no label, counters at the top)', () => {
  const article = ingest(SEED_000);

  it('takes its id from the file name and the title from the first line', () => {
    expect(article.id).toBe('000_bc5bfdee50f0dc2c');
    expect(article.title).toEqual({ line: 1, text: 'باكستان النووية تعزز التعاون العسكري مع الجيش الليبي.. دلالات أمنية واستراتيجية' });
    expect(article.sectionLabel).toBeUndefined();
    expect(article.caption).toBeUndefined();
    expect(article.lang).toBe('ar');
  });

  it('removes the counter lines "0" and "123" and records them', () => {
    expect(article.removed).toEqual([
      { line: 3, text: '0', reason: 'counter', rule: 'counter' },
      { line: 4, text: '123', reason: 'counter', rule: 'counter' },
    ]);
    expect(article.blocks.every((b) => !/^\d+$/.test(b.text))).toBe(true);
  });

  it('keeps all 13 paragraphs and finds no headings', () => {
    expect(article.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(13);
    expect(article.blocks.filter((b) => b.kind === 'heading')).toHaveLength(0);
    expect(article.blocks[0]!.text.startsWith('لم تكن زيارة قائد الجيش الباكستاني')).toBe(true);
    expect(article.blocks.at(-1)!.text.endsWith('بعيدًا عن الاعترافات الشكلية وحدها.')).toBe(true);
  });
});

describe('ingest of seed 003 (label, caption, headings, widgets)', () => {
  const article = ingest(SEED_003);

  it('finds the section label and the title under it', () => {
    expect(article.sectionLabel).toEqual({ line: 1, text: 'ملفات وتقارير' });
    expect(article.title).toEqual({ line: 3, text: 'اتفاقات عسكرية بين "حفتر" وباكستان.. هل يستقوي على خصومه؟' });
  });

  it('keeps the repeated caption once, with its photo credit split off', () => {
    expect(article.caption).toEqual({ line: 5, text: 'حفتر يرسل قواته للتدريب في عدة دول بينها بيىلاروسيا', credit: 'جيتي' });
    expect(article.removed).toContainEqual({
      line: 6,
      text: 'حفتر يرسل قواته للتدريب في عدة دول بينها بيىلاروسيا- جيتي',
      reason: 'repeated-line',
      sameAs: 5,
    });
    expect(article.text).not.toContain('بيىلاروسيا');
  });

  it('finds the five headings, in order', () => {
    expect(article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'اتفاقات عسكرية',
      'تقوية نفوذ',
      'براغماتية وخطوة لكسر العزلة',
      'تنويع الشركات والحلفاء',
      'تجارة سلاح ولا تأثير',
    ]);
  });

  it('keeps the question paragraph as a paragraph, not a heading', () => {
    const question = article.blocks.find((b) => b.text.startsWith('فما تداعيات'));
    expect(question?.kind).toBe('paragraph');
  });

  it('removes the share, related-news and comments widgets and records each with its rule', () => {
    for (const widget of BOILERPLATE) expect(article.text).not.toContain(widget);
    expect(article.removed.filter((r) => r.reason === 'widget').map((r) => [r.line, r.rule])).toEqual([
      [7, 'share'],
      [31, 'related'],
      [48, 'comments'],
    ]);
  });
});

describe.each([SEED_000, SEED_003])('offsets and ids of %s', (file) => {
  const article = ingest(file);

  it('round-trip: text.slice(start, end) is each block', () => {
    for (const block of article.blocks) expect(article.text.slice(block.start, block.end)).toBe(block.text);
  });

  it('gives every block a unique id, stable across runs', () => {
    const ids = article.blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ingest(file).blocks.map((b) => b.id)).toEqual(ids);
    for (const b of article.blocks.filter((b) => b.kind === 'paragraph')) expect(b.id).toMatch(/^p-[0-9a-f]{8}$/);
  });

  it('does not move other paragraphs’ ids when a paragraph is inserted', () => {
    const source = new TextDecoder().decode(readSeed(file)).split('\n');
    const lastLine = article.blocks.at(-1)!.line;
    source.splice(lastLine - 1, 0, 'فقرة جديدة أضيفت قبل الفقرة الأخيرة لاختبار ثبات المعرّفات.', '');
    const edited = ingestSeed({ file, bytes: new TextEncoder().encode(source.join('\n')) }).article!;
    const before = article.blocks.map((b) => b.id);
    expect(edited.blocks.map((b) => b.id).filter((id) => before.includes(id))).toEqual(before);
  });
});
