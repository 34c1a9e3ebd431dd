/**
 * A review's Markdown body (issue 15, items 5 and 6): bombs refused before parsing, in bounded
 * time, with a named problem and the file's line; images only from the site's public/; links
 * only to web and e-mail addresses; every link to another site with rel.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownHazards, markdownToSafeHtml } from '../../src/lib/render/markdown.ts';
import { parseReview } from '../../src/lib/review/read-reviews.ts';
import { tempDir } from '../helpers/temp.ts';

const FILE = 'content/reviews/r.md';
// The front matter takes lines 1 to 12; the body starts on line 13.
const FRONT = `---
claim:
  id: abc-123456
  quote: نص الادعاء كما قيل
verdict: opinion
summary: خلاصة الحكم.
reviewer: فريق التحرير
reviewed: 2026-11-30
sources: []
updates: []
links: { same: [] }
---
`;
const review = (body: string, publicDir?: string) => parseReview(FRONT + body, FILE, publicDir ? { publicDir } : {});
const codes = (body: string, publicDir?: string) => review(body, publicDir).problems.map((p) => [p.code, p.line]);

/** The problems of a body, and how long they took (parse and render included when it passes). */
function timed(body: string) {
  const started = performance.now();
  const result = codes(body);
  return { result, ms: performance.now() - started };
}

describe('Markdown bombs: refused before parsing, with the line, in well under a second', () => {
  it.each([
    ['5000 nested quotations', `فقرة.\n\n${'>'.repeat(5000)} نص\n`, 'markdown-too-deep', 15],
    ['quotations written "> > >"', `${'> '.repeat(150)}نص\n`, 'markdown-too-deep', 13],
    ['1000 list markers on a line', `${'- '.repeat(1000)}بند\n`, 'markdown-too-deep', 13],
    ['lists nested by indentation', `${Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * i)}- بند`).join('\n')}\n`, 'markdown-too-deep', 113],
    ['20000 open brackets', `سطر.\n${'['.repeat(20000)}\n`, 'markdown-too-many-marks', 13],
    ['nested emphasis', `${'*_'.repeat(5000)}نص${'_*'.repeat(5000)}\n`, 'markdown-too-many-marks', 13],
    ['links opened in links', `${'[a]('.repeat(3000)}\n`, 'markdown-too-many-marks', 13],
    ['code spans of every length', `${Array.from({ length: 600 }, (_, i) => `${'`'.repeat(i + 1)}a`).join(' ')}\n`, 'markdown-too-many-marks', 13],
  ])('%s', (_what, body, code, line) => {
    const { result, ms } = timed(body);
    expect(result).toEqual([[code, line]]);
    expect(ms).toBeLessThan(1000);
  });

  it('says how deep and what the limit is', () => {
    const [p] = review(`${'>'.repeat(5000)} نص\n`).problems;
    expect(p!.message).toBe('The text nests 5000 quotations or lists on this line; the site reads at most 100 levels.');
    const [q] = review(`${'['.repeat(600)}\n`).problems;
    expect(q!.message).toContain('holds 600 brackets ([)');
  });

  it('up to the limits, the text is read and rendered', () => {
    const body = `${'>'.repeat(100)} نص\n\n${'*كلمة* '.repeat(250)}\n\n${'\\*'.repeat(2000)}\n`;
    const { result, ms } = timed(body);
    expect(result).toEqual([]);
    expect(ms).toBeLessThan(3000);
    expect(review(body).review!.bodyHtml).toContain('<blockquote>');
  });

  it('counts each paragraph apart', () => {
    expect(markdownHazards(Array(10).fill('*'.repeat(400)).join('\n\n'))).toEqual([]);
    expect(markdownHazards(Array(2).fill('*'.repeat(400)).join('\n'))).toEqual([{ kind: 'marks', line: 1, count: 800, marks: 'emphasis marks (* _ ~)' }]);
  });
});

describe('images come from the site itself', () => {
  const publicDir = tempDir('public');
  mkdirSync(join(publicDir, 'images'));
  writeFileSync(join(publicDir, 'images', 'chart.png'), 'png');

  it.each([['https://evil.example/pixel.png'], ['http://evil.example/pixel.png'], ['//evil.example/pixel.png'], ['data:image/png;base64,iVBORw0KGgo=']])(
    '![…](%s) is refused as review-remote-image, with its line',
    (url) => {
      expect(codes(`فقرة.\n\n![صورة](${url})\n`, publicDir)).toEqual([['review-remote-image', 15]]);
    },
  );

  it('an image by reference is vetted by its definition', () => {
    expect(codes('![صورة][p]\n\n[p]: https://evil.example/p.png\n', publicDir)).toEqual([['review-remote-image', 13]]);
  });

  it('a file under public/ is shown; a missing one, a relative one or one outside public/ is refused', () => {
    expect(codes('![رسم](/images/chart.png "رسم")\n', publicDir)).toEqual([]);
    expect(review('![رسم](/images/chart.png)\n', publicDir).review!.bodyHtml).toContain('<img src="/images/chart.png" alt="رسم">');
    for (const url of ['/images/missing.png', 'images/chart.png', '/../images/chart.png', '/images/../../etc/passwd', '/images'])
      expect(codes(`![رسم](${url})\n`, publicDir), url).toEqual([['review-missing-image', 13]]);
  });
});

describe('links: web and e-mail addresses only, and rel on every link to another site', () => {
  it.each([
    ['[اضغط](javascript:alert(1))', 'javascript:alert(1)'],
    ['[اضغط](JavaScript:alert(1))', 'JavaScript:alert(1)'],
    ['[اضغط](data:text/html,hi)', 'data:text/html,hi'],
    ['[اضغط](vbscript:msgbox)', 'vbscript:msgbox'],
    ['<javascript:alert(1)>', 'javascript:alert(1)'],
    ['[اضغط][x]\n\n[x]: javascript:alert(1)', 'javascript:alert(1)'],
  ])('%s is refused as review-unsafe-link, with its line', (markdown, url) => {
    const problems = review(`فقرة.\n${markdown}\n`).problems;
    expect(problems.map((p) => [p.code, p.line])).toEqual([['review-unsafe-link', markdown.startsWith('[اضغط][x]') ? 16 : 14]]);
    expect(problems[0]!.message).toContain(url);
  });

  it('web, site and e-mail links are kept; those to another site get rel="noopener noreferrer"', () => {
    const body = '[أ](https://example.org/a) [ب](//example.org/b) [ج](/claims/abc-123456/) [د](mailto:desk@example.org) [هـ](#sources)\n';
    const result = review(body);
    expect(result.problems).toEqual([]);
    expect(result.review!.bodyHtml).toBe(
      '<p><a href="https://example.org/a" rel="noopener noreferrer">أ</a> <a href="//example.org/b" rel="noopener noreferrer">ب</a> ' +
        '<a href="/claims/abc-123456/">ج</a> <a href="mailto:desk@example.org">د</a> <a href="#sources">هـ</a></p>',
    );
  });

  it('the renderer alone also gives rel to a protocol-relative link', () => {
    expect(markdownToSafeHtml('[x](//evil.example/)')).toBe('<p><a href="//evil.example/" rel="noopener noreferrer">x</a></p>');
  });
});
