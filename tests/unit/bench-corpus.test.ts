/** The bench's varied corpus (scripts/bench-corpus.ts): deterministic, shaped like news, duplicated only on purpose. */
import { describe, expect, it } from 'vitest';
import { rareWord, variedCorpus } from '../../scripts/bench-corpus.ts';

const corpus = variedCorpus(200);
const parts = (text: string) => text.trim().split('\n\n');

describe('variedCorpus', () => {
  it('builds the same articles on every run, and others for another seed', () => {
    expect(variedCorpus(200)).toEqual(corpus);
    expect(variedCorpus(200, 7)[0]!.text).not.toBe(corpus[0]!.text);
  });

  it('gives each article a headline, a dateline, 6 to 14 paragraphs and a rare word of its own', () => {
    for (const [i, { text }] of corpus.entries()) {
      const [headline, dateline, ...paragraphs] = parts(text);
      expect(headline).not.toMatch(/[.،]$/);
      expect(dateline).toMatch(/ - \d{1,2} \S+ 20\d\d$/);
      expect(paragraphs.length).toBeGreaterThanOrEqual(6);
      expect(paragraphs.length).toBeLessThanOrEqual(14);
      expect(corpus.filter((a) => a.text.includes(`${rareWord(i)} `))).toHaveLength(1);
    }
  });

  it('copies about 10 % of the articles from wire stories, one story many times', () => {
    const bodies = new Map<string, number>();
    for (const { text } of corpus) {
      const body = parts(text).slice(3).join('\n\n');
      bodies.set(body, (bodies.get(body) ?? 0) + 1);
    }
    const copies = [...bodies.values()].filter((n) => n > 1);
    expect(copies.reduce((a, b) => a + b, 0)).toBe(20);
    expect(Math.max(...copies)).toBe(10);
  });

  it('repeats a few statements across articles and keeps the rest unique', () => {
    // Statements outside the wire copies, one per sentence with a reporting verb.
    const bodies = new Set<string>();
    const statements: string[] = [];
    for (const { text } of corpus) {
      const body = parts(text).slice(3).join('\n\n');
      if (bodies.has(body)) continue;
      bodies.add(body);
      statements.push(...body.split(/(?<=\.)\s+/).filter((s) => /^(قال|أكد|أعلن|أوضح|ذكر|أشار|توقع|رأى|نفى|رفض) /.test(s)));
    }
    const repeated = statements.length - new Set(statements).size;
    expect(repeated / statements.length).toBeGreaterThan(0.01);
    expect(repeated / statements.length).toBeLessThan(0.1);
    expect(statements.some((s) => /^(نفى|رفض) .* لا /.test(s))).toBe(true);
  });
});
