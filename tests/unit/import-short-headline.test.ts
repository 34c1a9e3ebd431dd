/**
 * Issue 15, item 8: an imported article whose headline has four words or fewer keeps it as
 * its title. The ingest reads such a line as a section label when a longer line follows it,
 * so `claims import` writes the headline to the sidecar too, and the ingest takes the label
 * line for the headline when the sidecar says so: the caption stays the caption, the first
 * paragraph stays in the body.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/lib/import/write-import.ts';
import { ingestFolder } from '../../src/lib/ingest/index.ts';
import { tempDir } from '../helpers/temp.ts';

const HEADLINE = 'افتتاح مكتبة عامة جديدة';
const CAPTION = '<figure><img src="a.jpg"><figcaption>رئيس البلدية يقص الشريط أمام المكتبة <span class="credit">رويترز</span></figcaption></figure>';
const FOLLOWING = [
  'وقال رئيس البلدية في كلمته إن المكتبة تضم أكثر من عشرين ألف كتاب، وإنها تفتح أبوابها يوميا من التاسعة صباحا.',
  'وأضاف أن البلدية خصصت ميزانية سنوية لشراء الكتب الجديدة، وأن المكتبة ستنظم ورشا للأطفال في العطلة الصيفية.',
];
const page = (figure: string, first: string, headline = HEADLINE) =>
  `<!doctype html><html lang="ar"><head><meta charset="utf-8"><meta property="og:title" content="${headline}"></head>` +
  `<body><article><h1>${headline}</h1>${figure}${[first, ...FOLLOWING].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

/** Imports one page into a fresh seeds folder and reads it back as the build does. */
function importAndIngest(html: string) {
  const dir = tempDir('short-headline');
  writeFileSync(join(dir, 'page.html'), html);
  const imported = importFiles([join(dir, 'page.html')], dir, dir);
  expect(imported.problems).toEqual([]);
  const { articles, problems } = ingestFolder(dir, dir);
  expect(problems).toEqual([]);
  return articles[0]!;
}

describe('a short imported headline', () => {
  it('stays the title above a caption with a credit, and the caption stays the caption', () => {
    const first = 'افتتح رئيس البلدية صباح اليوم المكتبة العامة الجديدة في وسط المدينة بحضور عدد من الكتاب.';
    const article = importAndIngest(page(CAPTION, first));
    expect(article.title).toEqual({ text: HEADLINE, line: 1 });
    expect(article.sectionLabel).toBeUndefined();
    expect(article.caption).toMatchObject({ text: 'رئيس البلدية يقص الشريط أمام المكتبة', credit: 'رويترز', line: 3 });
    expect(article.blocks[0]!.text).toBe(first);
  });

  it('with punctuation (read as page furniture, not a label) stays the title too', () => {
    const first = 'افتتح رئيس البلدية صباح اليوم المكتبة العامة الجديدة في وسط المدينة بحضور عدد من الكتاب.';
    const article = importAndIngest(page(CAPTION, first, 'رئيس البلدية: مكتبة للجميع'));
    expect(article.title).toEqual({ text: 'رئيس البلدية: مكتبة للجميع', line: 1 });
    expect(article.removed.filter((r) => r.line === 1)).toEqual([]);
    expect(article.caption).toMatchObject({ text: 'رئيس البلدية يقص الشريط أمام المكتبة', line: 3 });
    expect(article.blocks[0]!.text).toBe(first);
  });

  it('stays the title above a first paragraph that has no comma or full stop, which stays in the body', () => {
    const first = 'افتتح رئيس البلدية صباح اليوم المكتبة العامة الجديدة في وسط المدينة بحضور عدد من الكتاب';
    const article = importAndIngest(page('', first));
    expect(article.title.text).toBe(HEADLINE);
    expect(article.blocks.map((b) => b.text)).toEqual([first, ...FOLLOWING]);
  });
});
