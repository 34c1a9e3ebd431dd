/**
 * The headline: a headline line when the file has one (decided on typographic evidence), else
 * the sidecar's `title:`, else the first sentence of the text, with a warning. Every text here
 * is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { headlineFromText } from '../../src/lib/ingest/headline.ts';
import { ingestSeed } from '../../src/lib/ingest/index.ts';
import { utf8 } from '../helpers/seeds.ts';

const FILE = 'seeds/headline.txt';
const run = (lines: string[], sidecar?: string) =>
  ingestSeed({ file: FILE, bytes: utf8(`${lines.join('\n')}\n`), ...(sidecar !== undefined && { sidecar: { file: 'seeds/headline.yaml', text: sidecar } }) });

const LEAD = 'أعلنت الحكومة، مساء الثلاثاء، خطة لدعم المزارعين بقيمة مليار دينار. وتشمل الخطة قروضاً ميسرة.';
const SECOND = 'وقال وزير الزراعة إن الدفعة الأولى ستصرف الشهر المقبل.';

describe('a file that starts with the body', () => {
  it('is accepted: the headline is the first sentence, which stays in the body, and a warning says how to give one', () => {
    const { article, problems } = run(['', LEAD, SECOND]);
    expect(article?.title).toEqual({ text: 'أعلنت الحكومة، مساء الثلاثاء، خطة لدعم المزارعين بقيمة مليار دينار', line: 2 });
    expect(article?.titleSource).toBe('first-sentence');
    expect(article?.blocks.map((b) => b.text)).toEqual([LEAD, SECOND]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'title-from-text', severity: 'warning', file: FILE, line: 2 });
    expect(problems[0]!.hint).toContain('title:');
    expect(problems[0]!.hint).toContain('seeds/headline.yaml');
  });

  it("takes the sidecar's title when it gives one, without a warning", () => {
    const { article, problems } = run([LEAD, SECOND], 'title: الحكومة تدعم المزارعين\n');
    expect(article?.title).toEqual({ text: 'الحكومة تدعم المزارعين' });
    expect(article?.titleSource).toBe('sidecar');
    expect(article?.blocks.map((b) => b.text)).toEqual([LEAD, SECOND]);
    expect(problems).toEqual([]);
  });

  it('a lead paragraph is not a headline: a comma, a final full stop, a final colon, or a clause that goes on in the next line', () => {
    for (const first of ['أعلنت الحكومة، مساء الثلاثاء، خطة لدعم المزارعين', 'أعلنت الحكومة خطة لدعم المزارعين.', 'صدر عن وزارة الزراعة البيان التالي:']) {
      expect(run([first, SECOND]).article?.titleSource).toBe('first-sentence');
    }
    const broken = run(['أكد المتحدث باسم وزارة الزراعة سامي نجار', 'أن الخطة ستشمل جميع المحافظات.']);
    expect(broken.article?.titleSource).toBe('first-sentence');
    expect(broken.article?.blocks[0]?.text).toBe('أكد المتحدث باسم وزارة الزراعة سامي نجار أن الخطة ستشمل جميع المحافظات.');
  });
});

describe('a headline line', () => {
  it.each([
    ['a plain headline', 'الحكومة تطلق خطة لدعم المزارعين'],
    ['a speaker-colon headline with quotation marks', '«الزراعة»: مليار دينار لدعم المزارعين'],
    ['a headline with a dash and a question mark', 'خطة الدعم - هل تصل إلى صغار المزارعين؟'],
  ])('is recognised: %s', (_, headline) => {
    const { article, problems } = run([headline, LEAD, SECOND]);
    expect(article?.title).toEqual({ text: headline, line: 1 });
    expect(article?.titleSource).toBe('line');
    expect(problems).toEqual([]);
  });

  it('is found under datelines, bylines and a section label', () => {
    const { article } = run(['الثلاثاء 9 أبريل 2024 - 20:15', 'اقتصاد', 'الحكومة تطلق خطة لدعم المزارعين', 'كتب: باسل عمران', LEAD]);
    expect(article?.title.text).toBe('الحكومة تطلق خطة لدعم المزارعين');
    expect(article?.sectionLabel?.text).toBe('اقتصاد');
  });

  it('a line above a paragraph that goes on from a statement ("وأضاف …") is the first paragraph, not a headline', () => {
    const lead = 'قال وزير الزراعة إن الحكومة ستدعم المزارعين الصغار في كل المحافظات هذا العام بقروض ميسرة وبذور مجانية';
    const { article } = run([lead, 'وأضاف أن الدفعة الأولى ستصرف الشهر المقبل.']);
    expect(article?.titleSource).toBe('first-sentence');
    expect(article?.title.text).toBe(lead);
    expect(article?.blocks[0]?.text).toBe(lead);
    expect(run(['الحكومة تطلق خطة لدعم المزارعين', 'وقالت الوزارة إن الخطة تشمل كل المحافظات.']).article?.titleSource).toBe('line');
    const both = run(['الحكومة تطلق خطة لدعم المزارعين', lead, 'وتابع أن الدفعة الأولى ستصرف الشهر المقبل.']).article;
    expect(both?.title.text).toBe('الحكومة تطلق خطة لدعم المزارعين');
    expect(both?.blocks[0]?.text).toBe(lead);
    // A headline right above a "وأضاف" paragraph (an excerpt that starts mid-article) stays the headline.
    expect(run(['الحكومة تطلق خطة لدعم المزارعين', 'وأضاف أن الدفعة الأولى ستصرف الشهر المقبل.']).article?.titleSource).toBe('line');
  });

  it('a short headline alone above the body is still the headline', () => {
    expect(run(['دعم المزارعين', LEAD]).article?.title.text).toBe('دعم المزارعين');
  });

  it("the sidecar's title wins over the headline line, which leaves the body", () => {
    const { article } = run(['الحكومة تطلق خطة لدعم المزارعين', LEAD], 'title: عنوان من الملف المرافق\n');
    expect(article?.title).toEqual({ text: 'عنوان من الملف المرافق', line: 1 });
    expect(article?.blocks.map((b) => b.text)).toEqual([LEAD]);
  });
});

describe('headlineFromText', () => {
  it('drops the dateline that opens a lead paragraph', () => {
    expect(headlineFromText('عمّان - افتتح الوزير المعرض اليوم. وحضر الافتتاح مئات الزوار.')).toBe('افتتح الوزير المعرض اليوم');
  });

  it('drops a place and date before an agency between slashes', () => {
    expect(headlineFromText('بيروت في 3 مايو /وكالة الأنباء/ أعلن الوزير خطة جديدة. وتفاصيلها كثيرة.')).toBe('أعلن الوزير خطة جديدة');
    expect(headlineFromText('ارتفعت الصادرات بنسبة 3/4 هذا العام.')).toBe('ارتفعت الصادرات بنسبة 3/4 هذا العام');
  });

  it('cuts a long first sentence to twenty words at a word boundary', () => {
    const long = Array.from({ length: 30 }, (_, i) => `كلمة${i + 1}`).join(' ');
    const headline = headlineFromText(`${long}.`);
    expect(headline.split(' ')).toHaveLength(20);
    expect(headline.endsWith('كلمة20…')).toBe(true);
  });

  it('keeps a decimal point inside the sentence', () => {
    expect(headlineFromText('ارتفع المؤشر 2.5 نقطة اليوم. ثم تراجع.')).toBe('ارتفع المؤشر 2.5 نقطة اليوم');
  });
});
