/**
 * Golden files: the seeds' articles, claims and people as the pipeline makes them, and the
 * three site-wide exports (claims JSON, claims CSV, ClaimReview JSON) built from them. A change
 * in ingest, extraction, linking or the export format shows as a diff of tests/golden/ to
 * review. `UPDATE=1 npx vitest run tests/unit/golden.test.ts` rewrites the files after a
 * change that is meant.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClaimReviewExport } from '../../src/lib/export/claimreview.ts';
import { buildClaimsExport, exportDate } from '../../src/lib/export/claims.ts';
import { buildClaimsCsv } from '../../src/lib/export/csv.ts';
import { seedsPipeline } from '../helpers/pipeline.ts';
import { ROOT } from '../helpers/seeds.ts';

const GOLDEN = join(ROOT, 'tests/golden');
const SITE = 'https://claims.example.org/';
const UPDATE = process.env.UPDATE === '1';

const result = seedsPipeline();
const input = { claims: result.claims, articles: result.articles, site: SITE };
const generated = exportDate(result.claims, result.articles);
const json = (value: unknown): string => `${JSON.stringify(value, null, 1)}\n`;

const files: Record<string, () => string> = {
  'articles.json': () => json(result.articles),
  'claims.json': () => json(result.claims),
  'people.json': () => json(result.people),
  'export-claims.json': () => json(buildClaimsExport(input, generated)),
  'export-claims.csv': () => buildClaimsCsv(buildClaimsExport(input, generated).claims),
  'export-claimreview.json': () => json(buildClaimReviewExport(input, generated)),
};

describe('golden files of the seeds (tests/golden/)', () => {
  for (const [name, make] of Object.entries(files)) {
    it(name, () => {
      const file = join(GOLDEN, name);
      const actual = make();
      if (UPDATE || !existsSync(file)) {
        if (!UPDATE) throw new Error(`${file} is missing: run UPDATE=1 npx vitest run tests/unit/golden.test.ts and review the new file`);
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, actual);
      }
      // Compared as text so that the failure shows a line diff; rewrite with UPDATE=1 when meant.
      expect(actual, `${name} differs from tests/golden/${name} (UPDATE=1 to accept)`).toBe(readFileSync(file, 'utf8'));
    });
  }
});
