/** Review files: the schema, every bad input of issue #5, and attaching to claims. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { ROOT, SEED_000 } from '../helpers/seeds.ts';
import { parseReview } from '../../src/lib/review/read-reviews.ts';
import { attachReviews } from '../../src/lib/review/attach-reviews.ts';
import { textSimilarity } from '../../src/lib/text/similarity.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { claimWith, seedsPipeline } from '../helpers/pipeline.ts';
import { tempDir } from '../helpers/temp.ts';

const FILE = 'content/reviews/x.md';
const ranked = claimWith(seedsPipeline().claims, 'المرتبة الثانية عشرة');

const review = (front: string, body = 'التعليل.\n') => `---\nclaim:\n  id: ${ranked.id}\n  quote: ${ranked.text}\n${front}---\n\n${body}`;
const GOOD = `verdict: accurate
summary: خلاصة.
reviewer: فريق
reviewed: 2026-11-25
sources:
  - url: https://example.org/a
    title: A
    publisher: P
    published: 2025-02-01
    language: en
    stance: supports
    quote: "exact words"
`;
const only = (text: string) => {
  const result = parseReview(text, FILE);
  expect(result.problems).toHaveLength(1);
  return result.problems[0]!;
};

describe('a good review', () => {
  it('parses, and its Markdown body becomes sanitised HTML', () => {
    const result = parseReview(review(GOOD, 'فقرة **مهمة** و[رابط](https://example.org).\n\n- بند\n'), FILE);
    expect(result.problems).toEqual([]);
    expect(result.review!.front).toMatchObject({ verdict: 'accurate', reviewed: '2026-11-25', sources: [expect.objectContaining({ stance: 'supports' })] });
    expect(result.review!.bodyHtml).toBe(
      '<p>فقرة <strong>مهمة</strong> و<a href="https://example.org" rel="noopener noreferrer">رابط</a>.</p>\n<ul>\n<li>بند</li>\n</ul>',
    );
  });

  it('an opinion verdict may have no sources; other verdicts may not', () => {
    expect(parseReview(review('verdict: opinion\nsummary: رأي.\nreviewer: ف\nreviewed: 2026-11-25\n'), FILE).problems).toEqual([]);
    // `verdict: false` is the verdict, even though YAML reads a bare false as a boolean.
    const p = only(review('verdict: false\nsummary: خ.\nreviewer: ف\nreviewed: 2026-11-25\n'));
    expect(p.message).toContain('needs at least one source');
    expect(parseReview(review(GOOD.replace('verdict: accurate', 'verdict: false')), FILE).review!.front.verdict).toBe('false');
  });
});

describe('bad reviews: file, line and fix', () => {
  it('an unknown verdict', () => {
    const p = only(review(GOOD.replace('verdict: accurate', 'verdict: true-ish')));
    expect(formatProblem(p)).toMatch(
      /^error content\/reviews\/x\.md:5 \[invalid-field\] verdict: must be one of: accurate, mostly-accurate, misleading, false, unverifiable, opinion\./,
    );
    expect(p.hint).toContain('docs/reviews.md');
  });

  it('a source without a URL', () => {
    const p = only(review(GOOD.replace('  - url: https://example.org/a\n    title: A', '  - title: A')));
    expect(p).toMatchObject({ code: 'invalid-field', line: 10, message: 'sources.0.url: is missing: every source needs its web address.' });
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.org/x', 'example.org/a'])('a non-http(s) URL: %s', (url) => {
    const p = only(review(GOOD.replace('https://example.org/a', url)));
    expect(p).toMatchObject({ code: 'invalid-field', line: 10, message: 'sources.0.url: must be a full web address starting with https:// or http://.' });
  });

  it('a date that is not a date', () => {
    expect(only(review(GOOD.replace('reviewed: 2026-11-25', 'reviewed: 2026-13-01')))).toMatchObject({
      line: 8,
      message: expect.stringContaining('reviewed: is not a date'),
    });
    expect(only(review(GOOD.replace('published: 2025-02-01', 'published: last week')))).toMatchObject({ line: 13 });
  });

  it('an update dated on or before the review: earlier events belong in the reasoning, not in the corrections', () => {
    const dated = (day: string) => review(`${GOOD}updates:\n  - date: ${day}\n    note: حدث.\n`);
    expect(only(dated('2026-01-26'))).toMatchObject({
      line: 18,
      message: expect.stringContaining("updates.0.date: is not after the review's date (reviewed: 2026-11-25)"),
    });
    expect(only(dated('2026-11-25')).message).toContain('tell earlier events in the review');
    expect(parseReview(dated('2026-11-26'), FILE).problems).toEqual([]);
  });

  it('a source whose headline is unknown has a null title', () => {
    const result = parseReview(review(GOOD.replace('    title: A\n', '    title: null\n')), FILE);
    expect(result.problems).toEqual([]);
    expect(result.review!.front.sources[0]!.title).toBeNull();
    expect(only(review(GOOD.replace('    title: A\n', '    title: "  "\n'))).message).toContain('sources.0.title');
  });

  it('raw HTML or a script in the body', () => {
    const p = only(review(GOOD, 'سطر أول.\n\n<script>alert(1)</script>\n'));
    expect(p).toMatchObject({ code: 'review-raw-html', line: 21 });
    expect(p.hint).toContain('Markdown');
    expect(only(review(GOOD, 'نص <b>عريض</b> هنا.\n')).code).toBe('review-raw-html');
  });

  it('a typo in a front-matter key names the key it meant, and a missing field says so', () => {
    const result = parseReview(review(GOOD.replace('summary:', 'sumary:')), FILE);
    expect(result.problems.map((x) => x.message)).toEqual(['summary: is missing.', 'sumary: is not a known field; did you mean "summary"?']);
    expect(result.problems[1]).toMatchObject({ line: 6 });
  });

  it('no front matter', () => {
    expect(only('just text\n')).toMatchObject({ code: 'review-front-matter', line: 1 });
  });
});

describe('attaching reviews to claims', () => {
  const claims = seedsPipeline().claims.map((c) => ({ ...c, review: undefined }));
  const parsed = (text: string, file = FILE) => parseReview(text, file).review!;

  it('by id', () => {
    const { byClaim, problems } = attachReviews([parsed(review(GOOD))], claims);
    expect(problems).toEqual([]);
    expect(byClaim.get(ranked.id)?.verdict).toBe('accurate');
  });

  it('by quote when the id is gone after a slight edit of the claim, with a warning giving the new id', () => {
    const edited = claims.map((c) => (c.id === ranked.id ? { ...c, id: 'yhtl-almrtba-new-000000', text: c.text.replace('عالميًا', 'على مستوى العالم') } : c));
    expect(textSimilarity(ranked.text, edited.find((c) => c.id === 'yhtl-almrtba-new-000000')!.text)).toBeGreaterThan(0.75);
    const { byClaim, problems } = attachReviews([parsed(review(GOOD))], edited);
    expect(byClaim.get('yhtl-almrtba-new-000000')).toMatchObject({ verdict: 'accurate', reanchoredFrom: ranked.id });
    expect(problems).toEqual([expect.objectContaining({ code: 'review-reanchored', severity: 'warning', line: 3 })]);
    expect(problems[0]!.hint).toContain('id: yhtl-almrtba-new-000000');
  });

  it('neither id nor quote: an error naming the closest claim', () => {
    const text = review(GOOD).replace(`id: ${ranked.id}`, 'id: no-such-claim-000000').replace(ranked.text, 'يحتل الجيش المرتبة الأولى في كرة القدم');
    const { byClaim, problems } = attachReviews([parsed(text)], claims);
    expect(byClaim.size).toBe(0);
    expect(problems).toEqual([expect.objectContaining({ code: 'review-unknown-claim', severity: 'error', line: 3 })]);
    expect(problems[0]!.hint).toContain(`The closest claim is ${ranked.id}`);
  });

  it("the links in a review's front matter start from the claim it attached to, re-anchored or not", () => {
    const other = claims.find((c) => c.id !== ranked.id)!;
    const withLinks = review(`${GOOD}links:\n  opposes: [${other.id}]\n`);
    expect(attachReviews([parsed(withLinks)], claims).links).toEqual([{ type: 'opposes', claims: [ranked.id, other.id] }]);
    const edited = claims.map((c) => (c.id === ranked.id ? { ...c, id: 'yhtl-almrtba-new-000000', text: c.text.replace('عالميًا', 'على مستوى العالم') } : c));
    expect(attachReviews([parsed(withLinks)], edited).links).toEqual([{ type: 'opposes', claims: ['yhtl-almrtba-new-000000', other.id] }]);
    // A review that attaches nowhere declares no link.
    expect(
      attachReviews([parsed(withLinks.replace(`id: ${ranked.id}`, 'id: no-such-claim-000000').replace(ranked.text, 'نص آخر تماما'))], claims).links,
    ).toEqual([]);
  });

  it('two reviews for one claim: an error naming both files', () => {
    const { problems } = attachReviews([parsed(review(GOOD), 'content/reviews/a.md'), parsed(review(GOOD), 'content/reviews/b.md')], claims);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'duplicate-review', file: 'content/reviews/b.md', message: expect.stringContaining('content/reviews/a.md') }),
    ]);
  });
});

describe('re-anchoring on the real seeds', () => {
  it('when an editor rewords the ranked claim slightly in the seed, its review follows it, with a warning', () => {
    const seeds = tempDir('seeds');
    cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
    const file = join(seeds, SEED_000.replace('seeds/', ''));
    writeFileSync(file, readFileSync(file, 'utf8').replace('يحتل المرتبة الثانية عشرة عالميًا', 'يحتل المرتبة الثانية عشرة على مستوى العالم'));
    const result = runPipeline({ seedsDir: seeds, contentDir: join(ROOT, 'content'), root: ROOT });
    const moved = result.claims.find((c) => c.text.includes('على مستوى العالم'))!;
    expect(moved.id).not.toBe(ranked.id);
    expect(moved.review).toMatchObject({ verdict: 'accurate', reanchoredFrom: ranked.id });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'review-reanchored', file: `content/reviews/${ranked.id}.md` }));
  });
});
