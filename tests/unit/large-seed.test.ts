/**
 * Issue 15, item 5: a very large seed ends in bounded time with a named problem, never a
 * stack overflow (the pipeline spread every article's claims into one push) and never minutes
 * of work. Three bounds, each tested: the size limit (tests/unit/input-files.test.ts), the
 * lines of one seed (too-many-lines) and the claims of one article (too-many-claims).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CLAIMS_PER_ARTICLE } from '../../src/lib/extract/extract-claims.ts';
import { MAX_SEED_LINES } from '../../src/lib/ingest/ingest.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { tempDir } from '../helpers/temp.ts';

const HEADLINE = 'تقرير سنوي طويل عن صادرات المصانع الوطنية';
/** Paragraph n: a checkable statement with its own numbers, so no two are alike. */
const paragraph = (n: number) =>
  `وقال مدير الغرفة التجارية إن صادرات المصانع ارتفعت بنسبة ${n % 90} في المئة خلال عام ${1900 + (n % 120)}، ` +
  `وإن عدد العمال بلغ ${n + 1000} عامل في ${n % 30} مدينة.`;

/** Runs the pipeline on one seed of `count` paragraphs; the result and the time it took. */
function runOn(count: number) {
  const root = tempDir('large-seed');
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  const text = [HEADLINE, ...Array.from({ length: count }, (_, n) => paragraph(n))].join('\n\n');
  writeFileSync(join(seeds, 'big.txt'), text);
  const started = Date.now();
  const result = runPipeline({ seedsDir: seeds, contentDir: join(root, 'content'), root });
  return { result, ms: Date.now() - started, bytes: Buffer.byteLength(text) };
}

describe('very large seeds', () => {
  it('a seed of megabytes in thousands of lines is refused at once with too-many-lines', () => {
    const { result, ms, bytes } = runOn(14_000);
    expect(bytes).toBeGreaterThan(2_500_000);
    expect(ms).toBeLessThan(3000);
    // Line 1 is the headline and paragraph k (from 0) is line 2k + 3: the (MAX + 1)th line of text is line 2 MAX + 1.
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'too-many-lines', severity: 'error', file: 'seeds/big.txt', line: 2 * MAX_SEED_LINES + 1 }),
    ]);
    expect(result.articles).toEqual([]);
  });

  it('a seed with more claims than an article can hold stops extraction at the limit with too-many-claims, naming the line', () => {
    const { result, ms } = runOn(1500);
    expect(ms).toBeLessThan(10_000);
    const stopped = result.problems.find((p) => p.code === 'too-many-claims');
    expect(stopped).toMatchObject({ severity: 'error', file: 'seeds/big.txt', line: expect.any(Number) });
    // Every paragraph gives at least one claim: the line reached lies past the limit's paragraph.
    expect(stopped!.line!).toBeGreaterThan(MAX_CLAIMS_PER_ARTICLE);
    expect(result.claims.length).toBeGreaterThanOrEqual(MAX_CLAIMS_PER_ARTICLE);
    expect(result.claims.length).toBeLessThan(MAX_CLAIMS_PER_ARTICLE + 10);
  }, 20_000);
});
