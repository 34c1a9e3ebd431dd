/**
 * `claims review` on every seed claim (issue 15, item 4): the scaffold is valid YAML whatever the
 * quote holds, the next check reports only the fields left for the editor, and a claim already
 * reviewed, under any file name, gets no second review. Run in a temp copy of content/.
 */
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planReview } from '../../src/cli/review-command.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { parseReview } from '../../src/lib/review/read-reviews.ts';
import { scaffoldReview } from '../../src/lib/review/scaffold-review.ts';
import type { Claim } from '../../src/lib/schemas/claim.ts';
import { seedsPipeline } from '../helpers/pipeline.ts';
import { ROOT } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const TODAY = '2026-11-30';
// What a fresh scaffold lacks, and nothing else (a source's title may stay null: its headline is unknown).
const LEFT_BLANK = ['verdict', 'summary', 'reviewer', 'sources.0.url', 'sources.0.publisher', 'sources.0.published', 'sources.0.stance', 'sources.0.quote'];

/** The content folder copied, and the pipeline on the project's seeds with it. */
function copiedContent() {
  const contentDir = tempDir('review-content');
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  const options = { seedsDir: join(ROOT, 'seeds'), contentDir, root: ROOT };
  return { contentDir, options, result: runPipeline(options) };
}

describe('claims review on every seed claim', () => {
  it('writes a file the next check reads, or refuses a claim that has a review', () => {
    const { contentDir, options, result } = copiedContent();
    expect(result.claims.length).toBeGreaterThanOrEqual(30);
    const reviewed = result.claims.filter((c) => c.review);
    expect(reviewed.length).toBeGreaterThan(0);
    for (const claim of result.claims) {
      const planned = planReview(claim.id, result, options, TODAY);
      if (claim.review) {
        expect(planned, claim.id).toMatchObject({ problem: { code: 'review-exists', file: claim.review.file } });
        continue;
      }
      if ('problem' in planned) throw new Error(`${claim.id}: ${planned.problem.message}`);
      writeFileSync(planned.path, planned.text, { flag: 'wx' });
      const file = relative(ROOT, planned.path);
      const { problems } = parseReview(readFileSync(planned.path, 'utf8'), file);
      expect(
        problems.every((p) => p.code === 'invalid-field'),
        `${file}: ${problems.map((p) => p.message).join('; ')}`,
      ).toBe(true);
      expect(problems.map((p) => p.message.split(':')[0]).sort()).toEqual([...LEFT_BLANK].sort());
      // Each message points at the line of its field.
      const lines = readFileSync(planned.path, 'utf8').split('\n');
      for (const p of problems) expect(lines[p.line! - 1], p.message).toContain(`${p.message.split(':')[0]!.split('.').at(-1)}:`);
    }

    // Filled in, every scaffold is a review the pipeline attaches to its claim, with no problem.
    for (const name of readdirSync(join(contentDir, 'reviews'))) {
      const path = join(contentDir, 'reviews', name);
      const text = readFileSync(path, 'utf8');
      if (!text.includes('# Verdicts:')) continue;
      const filled = text
        .replace(/^verdict:.*$/m, 'verdict: opinion')
        .replace(/^summary:.*$/m, 'summary: رأي لا يُتحقق منه.')
        .replace(/^reviewer:.*$/m, 'reviewer: فريق التحرير')
        .replace(/^sources:\n(?:\s+#.*\n)?(?: {2}- [\s\S]*?|(?: {4}.*\n)*)(?=^updates:)/m, 'sources: []\n');
      writeFileSync(path, filled);
    }
    const after = runPipeline(options);
    expect(after.problems.filter((p) => p.file.includes('reviews/'))).toEqual([]);
    expect(after.claims.filter((c) => !c.review).map((c) => c.id)).toEqual([]);
    // Every seed claim, written and re-read: seconds on two busy cores.
  }, 60_000);

  it('refuses a claim begun under another file name, even before the file is valid', () => {
    const { contentDir, options, result } = copiedContent();
    const claim = result.claims.find((c) => !c.review)!;
    const planned = planReview(claim.id, result, options, TODAY);
    if ('problem' in planned) throw new Error(planned.problem.message);
    const other = join(contentDir, 'reviews', 'my-review.md');
    writeFileSync(other, planned.text);
    expect(planReview(claim.id, result, options, TODAY)).toMatchObject({ problem: { code: 'review-exists', file: relative(ROOT, other) } });
    // Half-written: the YAML is broken, the id line still names the claim.
    writeFileSync(other, planned.text.replace('reviewed:', 'reviewed: [unclosed'));
    expect(planReview(claim.id, result, options, TODAY)).toMatchObject({ problem: { code: 'review-exists', file: relative(ROOT, other) } });
    renameSync(other, join(contentDir, 'reviews', 'notes.txt'));
    expect(planReview(claim.id, result, options, TODAY)).not.toHaveProperty('problem');
    rmSync(join(contentDir, 'reviews', 'notes.txt'));
  });
});

describe('the scaffold of a claim whose words are hard for YAML', () => {
  const base = seedsPipeline().claims[0]!;
  const article = seedsPipeline().articles.find((a) => a.id === base.articleId)!;
  const hard: [string, string][] = [
    ['a colon, double quotes and " #"', 'قال: "لن نتراجع" # وهذا ليس تعليقًا'],
    ['a leading dash and single quotes', "- بند يبدأ بشرطة و'علامة' مفردة"],
    ['600 characters', `${'كلام طويل جدًا '.repeat(40)}نهاية`],
    ['a line break and a --- line', 'سطر أول\n---\nسطر بعد خط فاصل'],
    ['spaces around', '  مسافات في أوله وآخره  '],
    ['YAML indicators', '@بداية: {غريبة} [و] *نجمة* &مرساة !وسم %توجيه'],
    ['a boolean', 'true'],
    ['a date', '2025-12-18'],
  ];
  it.each(hard)('%s', (_what, words) => {
    const claim: Claim = { ...base, selector: { ...base.selector, exact: words, prefix: `${words} `, suffix: ` ${words}` } };
    const filled = scaffoldReview(claim, article, TODAY)
      .replace(/^verdict:.*$/m, 'verdict: opinion')
      .replace(/^summary:.*$/m, 'summary: خلاصة.')
      .replace(/^reviewer:.*$/m, 'reviewer: فريق')
      .replace(/^sources:[\s\S]*?(?=^updates:)/m, 'sources: []\n');
    // The claim's words read back exactly, through the reader the check uses.
    const read = parseReview(filled, 'content/reviews/x.md');
    expect(read.problems).toEqual([]);
    expect(read.review!.front.claim).toEqual({ id: base.id, quote: words.trim(), prefix: `${words} `, suffix: ` ${words}` });
  });
});
