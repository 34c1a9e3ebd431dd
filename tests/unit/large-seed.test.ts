/**
 * Issue 15, item 5: a very large seed ends in bounded time with a named problem, never a
 * stack overflow (the pipeline spread every article's claims into one push). A few megabytes
 * show the mechanism; the size limit (tests/unit/input-files.test.ts) refuses far larger files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CLAIMS_PER_ARTICLE } from '../../src/lib/extract/extract-claims.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { tempDir } from '../helpers/temp.ts';

const HEADLINE = 'تقرير سنوي طويل عن صادرات المصانع الوطنية';
/** Paragraph n: a checkable statement with its own numbers, so no two are alike. */
const paragraph = (n: number) =>
  `وقال مدير الغرفة التجارية إن صادرات المصانع ارتفعت بنسبة ${n % 90} في المئة خلال عام ${1900 + (n % 120)}، وإن عدد العمال بلغ ${n + 1000} عامل في ${n % 30} مدينة.`;

describe('a seed of several megabytes', () => {
  it('stops at the claim limit with too-many-claims naming the file and line, in seconds', () => {
    const root = tempDir('large-seed');
    const seeds = join(root, 'seeds');
    // 2 MB: about 5,000 paragraphs, ten times what the claim limit lets through.
    const lines = [HEADLINE];
    let bytes = 0;
    for (let n = 0; bytes < 2_000_000; n++) {
      const p = paragraph(n);
      lines.push(p);
      bytes += Buffer.byteLength(p) + 2;
    }
    mkdirSync(seeds);
    writeFileSync(join(seeds, 'big.txt'), lines.join('\n\n'));

    const started = Date.now();
    const result = runPipeline({ seedsDir: seeds, contentDir: join(root, 'content'), root });
    expect(Date.now() - started).toBeLessThan(10_000);
    const stopped = result.problems.find((p) => p.code === 'too-many-claims');
    expect(stopped).toMatchObject({ severity: 'error', file: 'seeds/big.txt', line: expect.any(Number) });
    // The line extraction stopped at holds a paragraph after the limit was reached.
    expect(stopped!.line!).toBeGreaterThan(MAX_CLAIMS_PER_ARTICLE);
    expect(result.claims.length).toBeGreaterThanOrEqual(MAX_CLAIMS_PER_ARTICLE);
    expect(result.claims.length).toBeLessThan(MAX_CLAIMS_PER_ARTICLE + 10);
  }, 20_000);
});
