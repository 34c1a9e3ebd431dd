/** The rehype plugin that marks claims and sentences in an article's paragraphs. */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeClaimMarks, { type ClaimMark, type Options } from '../../src/lib/render/rehype-claim-marks.ts';

// The paragraph starts at offset 100 of the article text.
const OFFSET = 100;
const TEXT = 'أعلن المتحدث أن المصنع أغلق أبوابه. وقال العمال إن الأجور لم تُدفع منذ شهرين.';
const at = (words: string) => OFFSET + TEXT.indexOf(words);
const claim = (words: string, id: string, more: Partial<ClaimMark> = {}): ClaimMark => ({
  id,
  start: at(words),
  end: at(words) + words.length,
  kind: 'fact',
  number: 1,
  description: 'ادعاء ١: واقعة',
  ...more,
});

function run(options: Options, text = TEXT): string {
  const tree: Root = { type: 'root', children: [h('p', { dataOffset: OFFSET }, text), h('p', 'فقرة بلا موضع')] };
  return toHtml(unified().use(rehypeClaimMarks, options).runSync(tree) as Root);
}

describe('rehypeClaimMarks', () => {
  it('wraps a claim in a numbered link to its page, with a description for screen readers', () => {
    const html = run({ claims: [claim('المصنع أغلق أبوابه', 'factory-closed-abc123', { href: '/claims/factory-closed-abc123/', number: 3 })] });
    expect(html).toBe(
      '<p>أعلن المتحدث أن ' +
        '<a href="/claims/factory-closed-abc123/" id="claim-factory-closed-abc123" class="claim claim-unreviewed" data-claim="factory-closed-abc123">' +
        '<mark class="claim-mark claim-fact">المصنع أغلق أبوابه</mark>' +
        '<sup class="claim-number" aria-hidden="true">3</sup>' +
        '<span class="sr-only"> (ادعاء ١: واقعة)</span></a>' +
        '. وقال العمال إن الأجور لم تُدفع منذ شهرين.</p><p>فقرة بلا موضع</p>',
    );
  });

  it('follows a reviewed claim with its verdict in words and its symbol, in the language of the page', () => {
    const verdict = { name: 'false', label: 'False', symbol: '✗', lang: 'en' };
    const html = run({ claims: [claim('المصنع أغلق أبوابه', 'factory', { href: '/claims/factory/', verdict })] });
    expect(html).toContain('class="claim claim-reviewed" data-verdict="false"');
    expect(html).toContain('<span class="claim-verdict" lang="en" dir="auto"><span aria-hidden="true">✗</span> False</span>');
  });

  it('ends each sentence with a link to itself and a copy button hidden until a script shows it', () => {
    const first = 'أعلن المتحدث أن المصنع أغلق أبوابه.';
    const html = run({
      claims: [],
      sentences: [{ id: 's-one', start: at(first), end: at(first) + first.length }],
      sentenceLink: { link: 'رابط هذه الجملة', copy: 'انسخ رابط الجملة', lang: 'ar' },
    });
    expect(html).toContain(
      '<span id="s-one" class="sentence">أعلن المتحدث أن المصنع أغلق أبوابه.' +
        '<a href="#s-one" class="sentence-link" aria-label="رابط هذه الجملة" lang="ar">#</a>' +
        '<button type="button" class="sentence-copy" hidden lang="ar" data-sentence="s-one">انسخ رابط الجملة</button></span>',
    );
  });

  it('marks the claim of the page itself without a link or number', () => {
    const html = run({ claims: [claim('الأجور لم تُدفع منذ شهرين', 'wages', { kind: 'quote' })] });
    expect(html).toContain(
      '<span id="claim-wages" class="claim claim-current" data-claim="wages"><mark class="claim-mark claim-quote">الأجور لم تُدفع منذ شهرين</mark>',
    );
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('<sup');
  });

  it('gives every sentence its anchor, with the claims inside, and keeps the text whole', () => {
    const first = 'أعلن المتحدث أن المصنع أغلق أبوابه.';
    const second = 'وقال العمال إن الأجور لم تُدفع منذ شهرين.';
    const html = run({
      claims: [claim('الأجور', 'wages', { href: '/claims/wages/' })],
      sentences: [
        { id: 's-one', start: at(first), end: at(first) + first.length },
        { id: 's-two', start: at(second), end: at(second) + second.length },
      ],
    });
    expect(html).toMatch(
      new RegExp(
        [
          String.raw`^<p><span id="s-one" class="sentence">أعلن المتحدث أن المصنع أغلق أبوابه\.<\/span> `,
          String.raw`<span id="s-two" class="sentence">وقال العمال إن <a href="\/claims\/wages\/"`,
        ].join(''),
      ),
    );
    const visible = html.replace(/<span class="sr-only"[^>]*>[^<]*<\/span>|<sup[^>]*>[^<]*<\/sup>|<[^>]+>/g, '');
    expect(visible).toBe(`${TEXT}فقرة بلا موضع`);
  });

  it('drops the offset attribute and leaves paragraphs without one alone', () => {
    const html = run({ claims: [] });
    expect(html).toBe(`<p>${TEXT}</p><p>فقرة بلا موضع</p>`);
  });

  it('keeps the first of two overlapping claims and ignores claims outside the paragraph', () => {
    const html = run({
      claims: [
        claim('المصنع أغلق', 'first', { href: '/claims/first/' }),
        claim('أغلق أبوابه', 'overlapping', { href: '/claims/overlapping/' }),
        { ...claim('المصنع', 'elsewhere'), start: 5, end: 11 },
      ],
    });
    expect(html).toContain('data-claim="first"');
    expect(html).not.toContain('overlapping');
    expect(html).not.toContain('elsewhere');
  });

  it('never reads article text as HTML', () => {
    const text = 'قال <b onclick="x()">المسؤول</b> إن الخطة نجحت.';
    const html = run({ claims: [{ ...claim('x', 'x'), start: OFFSET + text.indexOf('إن'), end: OFFSET + text.length - 1 }] }, text);
    expect(html).not.toContain('<b');
    expect(html).toContain('&#x3C;b onclick="x()">المسؤول&#x3C;/b>');
    expect(html).toContain('<mark class="claim-mark claim-fact">إن الخطة نجحت</mark>');
  });
});
