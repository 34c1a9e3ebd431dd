/** Hostile YAML in a sidecar or a review's front matter: named problems with their line, never a crash (issue 15, items 5 and 8). */
import { describe, expect, it } from 'vitest';
import { parseSidecar } from '../../src/lib/ingest/sidecar.ts';
import { parseReview } from '../../src/lib/review/read-reviews.ts';

const SIDECAR = 'seeds/a.yaml';
const codes = (text: string) => parseSidecar(text, SIDECAR).problems.map((p) => [p.code, p.line]);

describe('YAML aliases', () => {
  const harmless = (n: number) => `outlet: &o الوكالة\nauthor: [${Array.from({ length: n }, () => '*o').join(', ')}]\n`;

  it('more than 100, even harmless ones, are refused as yaml-aliases at the line of the 101st', () => {
    const many = `outlet: &o الوكالة\nauthor:\n${Array.from({ length: 150 }, () => '  - *o\n').join('')}`;
    const [problem, ...rest] = parseSidecar(many, SIDECAR).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'yaml-aliases', file: SIDECAR, line: 103 });
    expect(problem!.message).toContain('150 times');
    expect(problem!.hint).toContain('docs/sidecar.md');
  });

  it('100 are read as usual (here the schema refuses a list for a name)', () => {
    expect(codes(harmless(100))).toEqual([['invalid-field', 2]]);
    expect(codes(harmless(101))).toEqual([['yaml-aliases', 2]]);
  });

  it('a few aliases that expand to millions of values are refused too', () => {
    // l0 holds 9 values, l1 nine aliases of l0, … l8 would be 9^9 values.
    const levels = ['l0: &l0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `l${i}: &l${i} [${Array(9)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    const started = performance.now();
    expect(codes(`${levels.join('\n')}\n`)).toEqual([['yaml-aliases', undefined]]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('in a review front matter, with the line in the review file', () => {
    const front = `claim:\n  id: abc-123456\n  quote: &q نص الادعاء\n  prefix: ${`[${Array(101).fill('*q').join(', ')}]`}\n`;
    const { problems } = parseReview(`---\n${front}---\n\nنص.\n`, 'content/reviews/r.md');
    expect(problems.map((p) => [p.code, p.line])).toEqual([['yaml-aliases', 5]]);
  });
});

describe('YAML nested on one line', () => {
  it.each([
    ['key: key: … ending a flow', `title: عنوان\n${'outlet: '.repeat(3000)}}\n`],
    ['- - … ending a flow', `title: عنوان\n${'- '.repeat(3000)}]\n`],
    ['a flow of keys', `title: عنوان\n[${'a: '.repeat(3000)}]\n`],
  ])('%s is refused as yaml-too-deep, with its line, not a stack overflow', (_what, text) => {
    expect(codes(text)).toEqual([['yaml-too-deep', 2]]);
  });

  it('100 levels on a line are left to the parser (here, a syntax error)', () => {
    expect(codes(`${'a: '.repeat(100)}x\n`)).toEqual([['yaml-syntax', 1]]);
  });
});

describe('YAML tags', () => {
  it.each([
    ['!!js/function', 'outlet: !!js/function "function () { return 1 }"\n'],
    ['!custom', 'title: عنوان\noutlet: !custom الوكالة\n'],
    ['!!binary', 'title: عنوان\n\nauthor: !!binary aGk=\n'],
    ['!!set', 'outlet: !!set {a, b}\n'],
  ])('%s is refused as yaml-unknown-tag, with its line', (tag, text) => {
    const [problem, ...rest] = parseSidecar(text, SIDECAR).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'yaml-unknown-tag', line: text.split('\n').findIndex((l) => l.includes(tag)) + 1 });
    expect(problem!.message).toContain(tag);
  });

  it('the plain tags change nothing and are read', () => {
    expect(parseSidecar('outlet: !!str 21\nauthor: !!str كاتب\n', SIDECAR)).toEqual({ meta: { outlet: '21', author: 'كاتب' }, problems: [] });
  });
});

describe('sidecar dates and times', () => {
  it.each(['2025-12-18T25:61:00+02:00', '2025-12-18T09:30:60Z', '2025-12-18T09:30:00+15:00'])('%s is refused with its line', (value) => {
    const { problems } = parseSidecar(`outlet: الوكالة\npublished: "${value}"\n`, SIDECAR);
    expect(problems).toMatchObject([{ code: 'invalid-field', line: 2, message: expect.stringContaining('published: has a time that does not exist') }]);
  });

  it.each(['2025-12-18', '2025-12-18T23:59:59+02:00', '2025-12-18T00:00:00.25Z', '2025-12-18T09:30+14:00'])('%s is read', (value) => {
    expect(parseSidecar(`published: "${value}"\n`, SIDECAR)).toEqual({ meta: { published: value }, problems: [] });
  });
});
