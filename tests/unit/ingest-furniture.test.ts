/**
 * Page furniture that needs the lines around it (docs/ingest.md): the teasers under a list
 * header or after the article's end, the lines above the headline, captions, copies of the
 * headline, and sentences a scraper broke across lines. Every text here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { ingestSeed } from '../../src/lib/ingest/index.ts';
import type { Article } from '../../src/lib/schemas/article.ts';
import { utf8 } from '../helpers/seeds.ts';

const ingest = (lines: string[]): Article => {
  const result = ingestSeed({ file: 'seeds/furniture.txt', bytes: utf8(`${lines.join('\n')}\n`) });
  expect(result.article).toBeDefined();
  return result.article!;
};
const ruleOf = (article: Article, text: string) => article.removed.find((r) => r.text === text)?.rule;
const paragraphs = (article: Article) => article.blocks.map((b) => b.text);

const HEADLINE = 'البلدية تفتتح حديقة عامة جديدة في وسط المدينة';
const LEAD = 'افتتحت البلدية، صباح اليوم، حديقة عامة جديدة تمتد على مساحة عشرة آلاف متر مربع.';
const SECOND = 'وقال رئيس البلدية إن الحديقة ستفتح أبوابها مجاناً طوال أيام الأسبوع.';

describe('lists of other articles', () => {
  it('removes the headlines under a list header, up to the next sentence of the body', () => {
    const article = ingest([HEADLINE, '', LEAD, 'أخبار متعلقة', 'ارتفاع أسعار الخضار في الأسواق', 'المنتخب يستعد لمباراة الأحد', SECOND]);
    expect(ruleOf(article, 'أخبار متعلقة')).toBe('related');
    expect(ruleOf(article, 'ارتفاع أسعار الخضار في الأسواق')).toBe('teaser');
    expect(ruleOf(article, 'المنتخب يستعد لمباراة الأحد')).toBe('teaser');
    expect(paragraphs(article)).toEqual([LEAD, SECOND]);
  });

  it('a list ends at a blank line: a heading after it stays', () => {
    const article = ingest([HEADLINE, '', LEAD, 'قد يهمك', 'ارتفاع أسعار الخضار في الأسواق', '', 'مساحات خضراء', SECOND]);
    expect(ruleOf(article, 'ارتفاع أسعار الخضار في الأسواق')).toBe('teaser');
    expect(article.blocks.find((b) => b.text === 'مساحات خضراء')?.kind).toBe('heading');
  });

  it('a show/hide toggle has no items under it', () => {
    const article = ingest([HEADLINE, '', LEAD, 'إظهار أخبار متعلقة', 'مساحات خضراء', SECOND]);
    expect(article.blocks.find((b) => b.text === 'مساحات خضراء')?.kind).toBe('heading');
  });

  it("after the article's end (share bar, comments, source credit), headline-sized lines are teasers", () => {
    const article = ingest([HEADLINE, '', LEAD, SECOND, 'المصدر: وكالات', 'شارك', 'وزير النقل: لا زيادة في أسعار التذاكر', 'بيروت', 'منذ 10 دقائق']);
    expect(ruleOf(article, 'المصدر: وكالات')).toBe('byline');
    expect(ruleOf(article, 'وزير النقل: لا زيادة في أسعار التذاكر')).toBe('teaser');
    expect(ruleOf(article, 'بيروت')).toBe('teaser');
    expect(ruleOf(article, 'منذ 10 دقائق')).toBe('dateline');
    expect(paragraphs(article)).toEqual([LEAD, SECOND]);
  });

  it("a writer's byline under the lead does not end the article", () => {
    const short = 'وأشار رئيس البلدية إلى افتتاح حديقتين أخريين قريباً';
    const article = ingest([HEADLINE, LEAD, 'كتب: سامر الحلبي', short, SECOND]);
    expect(ruleOf(article, 'كتب: سامر الحلبي')).toBe('byline');
    expect(paragraphs(article)).toEqual([LEAD, short, SECOND]);
  });

  it('a share bar above the body does not end the article, and a sentence after a share bar is kept', () => {
    const article = ingest([HEADLINE, 'شارك الخبر', LEAD, 'شارك', SECOND]);
    expect(paragraphs(article)).toEqual([LEAD, SECOND]);
  });

  it('an excerpt right above "Read more" after the end is a teaser', () => {
    const excerpt = 'يروي الكاتب في مقاله الطويل حكاية بيت قديم في الجبل ظل أهله يعودون إليه كل صيف رغم الحرب والهجرة والغياب';
    const article = ingest([HEADLINE, '', LEAD, 'المصدر: وكالات', excerpt, 'Read More']);
    expect(ruleOf(article, excerpt)).toBe('teaser');
    expect(paragraphs(article)).toEqual([LEAD]);
  });
});

describe('the top of the page', () => {
  it('drops datelines, bylines and masthead names above and below the headline, and copies of the headline', () => {
    const article = ingest(['رئيس التحرير', 'سامي عواد', 'منوعات', HEADLINE, '', '7 أبريل 2024', HEADLINE, 'كتب: سامر الحلبي', '', LEAD, SECOND]);
    expect(article.title).toEqual({ text: HEADLINE, line: 4 });
    expect(article.titleSource).toBe('line');
    expect(article.sectionLabel?.text).toBe('منوعات');
    expect(ruleOf(article, 'رئيس التحرير')).toBe('masthead');
    expect(ruleOf(article, 'سامي عواد')).toBe('section-label');
    expect(article.removed).toContainEqual({ line: 7, text: HEADLINE, reason: 'repeated-line', sameAs: 4 });
    expect(paragraphs(article)).toEqual([LEAD, SECOND]);
  });

  it('a machine date field goes, with the short tag after it; before a sentence only the field goes', () => {
    const tagged = ingest(['date 2024-04-07 أخبار محلية', HEADLINE, LEAD]);
    expect(ruleOf(tagged, 'date 2024-04-07 أخبار محلية')).toBe('dateline');
    expect(tagged.title.text).toBe(HEADLINE);
    const lead = ingest([`date 2024-04-07 ${LEAD}`, SECOND]);
    expect(lead.removed).toContainEqual({ line: 1, text: 'date 2024-04-07', reason: 'furniture', rule: 'dateline' });
    expect(paragraphs(lead)).toEqual([LEAD, SECOND]);
  });

  it('a short plain line between the headline and the body is the photo caption; a cut-short copy above it goes', () => {
    const article = ingest([HEADLINE, 'رئيس البلدية خلال', 'رئيس البلدية خلال الافتتاح', LEAD, SECOND]);
    expect(article.caption).toEqual({ line: 3, text: 'رئيس البلدية خلال الافتتاح' });
    expect(article.removed).toContainEqual({ line: 2, text: 'رئيس البلدية خلال', reason: 'repeated-line', sameAs: 3 });
  });

  it("a writer's name alone beside a dateline under the headline is a byline, not a caption", () => {
    for (const lines of [
      [HEADLINE, 'سامر الحلبي', '7 أبريل 2024', LEAD],
      [HEADLINE, '', '7 أبريل 2024', '', 'سامر الحلبي', LEAD],
    ]) {
      const article = ingest(lines);
      expect(ruleOf(article, 'سامر الحلبي')).toBe('byline');
      expect(article.caption).toBeUndefined();
    }
  });

  it('a short headline right above a dateline stays the headline, and a short caption away from a dateline stays a caption', () => {
    expect(ingest(['دعم المزارعين', '7 أبريل 2024', LEAD]).title.text).toBe('دعم المزارعين');
    expect(ingest([HEADLINE, 'رئيس البلدية', LEAD]).caption?.text).toBe('رئيس البلدية');
  });

  it('a heading whose words open the next paragraph is not a cut-short copy', () => {
    const next = 'الحدائق العامة في المدينة قليلة، كما يقول السكان.';
    const article = ingest([HEADLINE, LEAD, 'الحدائق العامة', next]);
    expect(article.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', LEAD],
      ['heading', 'الحدائق العامة'],
      ['paragraph', next],
    ]);
  });

  it('a short line doubled inside the body is a caption: both copies go; a doubled paragraph keeps one copy', () => {
    const caption = 'أطفال يلعبون في الحديقة الجديدة';
    const article = ingest([HEADLINE, LEAD, caption, caption, SECOND, SECOND]);
    expect(ruleOf(article, caption)).toBe('caption');
    expect(article.removed).toContainEqual({ line: 6, text: SECOND, reason: 'repeated-line', sameAs: 5 });
    expect(paragraphs(article)).toEqual([LEAD, SECOND]);
  });

  it('a long sub-headline under the headline stays in the text', () => {
    const deck = 'وتضم الحديقة ملاعب للأطفال ومسارات للمشي وممرات للدراجات الهوائية على طول ضفة النهر';
    const article = ingest([HEADLINE, deck, LEAD]);
    expect(article.caption).toBeUndefined();
    expect(paragraphs(article)).toEqual([deck, LEAD]);
  });
});

describe('a caption closing the text', () => {
  it('a short plain line after the last finished paragraph is a caption', () => {
    const article = ingest([HEADLINE, LEAD, SECOND, 'رئيس البلدية ومحافظ المدينة أثناء الافتتاح']);
    expect(ruleOf(article, 'رئيس البلدية ومحافظ المدينة أثناء الافتتاح')).toBe('caption');
    expect(paragraphs(article)).toEqual([LEAD, SECOND]);
  });

  it.each([
    ['a clause joined on with و', 'وأضاف رئيس البلدية أن الحديقة'],
    ['a line with punctuation', 'الحديقة الجديدة: مساحة للجميع'],
    ['a line of three words', 'مساحات خضراء جديدة'],
  ])('keeps %s', (_, last) => {
    expect(paragraphs(ingest([HEADLINE, LEAD, SECOND, last])).at(-1)).toBe(last);
  });

  it('keeps a short line after a paragraph that does not end a sentence', () => {
    const cut = 'وأوضح رئيس البلدية أن الحديقة ستضم';
    expect(paragraphs(ingest([HEADLINE, LEAD, cut, 'ملاعب للأطفال ومسارات للمشي']))).toHaveLength(3);
  });
});

describe('sentences broken across lines', () => {
  it('joins a subject split over short lines with the clause that starts with أن', () => {
    const article = ingest([HEADLINE, 'أعلنت', 'وزارة المالية', 'أن العجز تراجع بنسبة 4% هذا العام.', SECOND]);
    expect(article.blocks[0]).toMatchObject({ line: 2, text: 'أعلنت وزارة المالية أن العجز تراجع بنسبة 4% هذا العام.' });
  });

  it('joins a quotation left open with the lines that close it', () => {
    const article = ingest([HEADLINE, LEAD, 'وقال الوزير إن "المشروع يخدم', 'سكان الأحياء الشرقية', 'قبل أي أحد آخر".']);
    expect(paragraphs(article)).toContain('وقال الوزير إن "المشروع يخدم سكان الأحياء الشرقية قبل أي أحد آخر".');
  });

  it('a headline with a stray quotation mark is not joined to the body', () => {
    const article = ingest(['الوزير: "الحديقة للجميع', LEAD]);
    expect(article.title.text).toBe('الوزير: "الحديقة للجميع');
    expect(paragraphs(article)).toEqual([LEAD]);
  });

  it("joins an attribution frame cut inside the speaker's name with the line that goes on to إن", () => {
    const article = ingest([HEADLINE, LEAD, 'وقال مدير الحدائق في البلدية المهندس سامر', 'الحلبي في تصريح صحفي إن الأشجار ستروى بمياه معالجة.']);
    expect(paragraphs(article)).toContain('وقال مدير الحدائق في البلدية المهندس سامر الحلبي في تصريح صحفي إن الأشجار ستروى بمياه معالجة.');
  });

  it('joins a name cut before its last word, even in the first paragraph, with the line that goes on with أن', () => {
    const article = ingest([HEADLINE, 'أكد مدير مستشفى المدينة الدكتور نادر', 'الخطيب أن الجناح الجديد يستقبل 60 مريضاً يومياً.', SECOND]);
    expect(paragraphs(article)[0]).toBe('أكد مدير مستشفى المدينة الدكتور نادر الخطيب أن الجناح الجديد يستقبل 60 مريضاً يومياً.');
    // A line that ends with punctuation, or holds a clause of its own, is a paragraph of its own.
    const apart = ingest([HEADLINE, LEAD, 'وتحدث المدير عن الخطة:', 'الجناح أن يتسع لمئة سرير هو الهدف.']);
    expect(apart.blocks.length).toBe(3);
  });

  it('keeps apart a subheading and a paragraph that opens with its own verb or with و', () => {
    const subheading = ingest([HEADLINE, LEAD, 'وفي التفاصيل', 'وأكد رئيس البلدية أن الحديقة ستفتح مجاناً.']);
    expect(subheading.blocks).toHaveLength(3);
    const beforeHeadline = ingest(['وزير المالية يعلن موازنة العام المقبل', 'أعلن وزير المالية أن العجز سيتراجع العام المقبل.']);
    expect(paragraphs(beforeHeadline)).toEqual(['أعلن وزير المالية أن العجز سيتراجع العام المقبل.']);
  });

  it('keeps apart a paragraph that ends with a full stop and one that starts with إن', () => {
    const article = ingest([HEADLINE, LEAD, 'إن الحدائق العامة ضرورة لكل مدينة، كما يقول المهندسون.']);
    expect(article.blocks).toHaveLength(2);
  });
});

describe('labelled widgets: share rows, view counters, contact boxes', () => {
  const removedAs = (line: string) => ruleOf(ingest([HEADLINE, LEAD, line, SECOND]), line);

  it('removes a share row written after a label and a colon', () => {
    expect(removedAs('شارك: فيسبوك | تويتر | تيليجرام')).toBe('share');
    expect(removedAs('انشر: واتساب • لينكد إن')).toBe('share');
  });

  it('removes a view counter with its label, icon or unit', () => {
    expect(removedAs('المشاهدات: 4,512')).toBe('counter');
    expect(removedAs('عدد القراءات ٣٢٠')).toBe('counter');
    expect(removedAs('👁 1,090')).toBe('counter');
    expect(removedAs('٧٥٠ مشاهدة')).toBe('counter');
  });

  it('removes a contact box: a phone icon or a contact label, then only a number', () => {
    expect(removedAs('📞 للاستفسار عن المواعيد: 065551234')).toBe('contact');
    expect(removedAs('هاتف: +962 6 555 1234')).toBe('contact');
    expect(removedAs('للإبلاغ عن الحرائق 199')).toBe('contact');
  });

  it('keeps sentences that mention views or a phone number', () => {
    const views = 'وحصد الفيديو أكثر من مليوني مشاهدة خلال أسبوع واحد.';
    const phone = 'ودعت البلدية السكان إلى الاتصال بالرقم 065551234 للإبلاغ عن أي تسرب.';
    const stat = 'عدد المصابين: 1240';
    const article = ingest([HEADLINE, LEAD, views, phone, stat, SECOND]);
    expect(paragraphs(article)).toEqual([LEAD, views, phone, stat, SECOND]);
  });
});
