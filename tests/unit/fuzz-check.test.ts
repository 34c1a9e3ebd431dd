/**
 * Fuzz test of `claims check` (issue 15, item 5): random bytes as a seed, random YAML as its
 * sidecar and as a review's front matter, random Markdown as the review's text, all read by the
 * pipeline `check` runs. Each case ends with no problem or with named problems (codes of
 * src/lib/problems.ts, each with its file), never a thrown error (the CLI's generic bug line),
 * and within a few seconds. A fixed seed and a time budget keep `npm test` short and repeatable;
 * FUZZ_RUNS and FUZZ_SEED run longer or elsewhere (docs/quality.md).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { ROOT } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
/** Per property, within npm test's 20 s: cases past it are skipped, not failed. Unbounded with FUZZ_RUNS. */
const BUDGET_MS = process.env.FUZZ_RUNS ? undefined : 5000;
const CASE_MS = 5000;

const CODES = new Set([...readFileSync(join(ROOT, 'src/lib/problems.ts'), 'utf8').matchAll(/make\('([a-z-]+)'/g)].map((m) => m[1]!));

/** The longest repeated run: bombs of short marks in full, a long sentence only up to a long article's length. */
const RUN_CHARS = 20_000;
const ARABIC = 'قال الوزير إن نسبة النمو بلغت ٥ في المئة، وأضاف أن البطالة تراجعت خلال العام الماضي.';
/** Pieces of text, some repeated thousands of times: the runs that make parsers slow. */
const pieces = (tokens: string[]) =>
  fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...tokens) },
        { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.constantFrom(...tokens), fc.integer({ min: 50, max: 5000 }))
            .map(([t, n]) => t.repeat(Math.min(n, Math.ceil(RUN_CHARS / t.length)))),
        },
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(''));

const YAML_TOKENS = [
  'outlet: ',
  'title: ',
  'published: ',
  'author: ',
  'language: ',
  'url: ',
  'claim:\n',
  '  id: ',
  '  quote: ',
  'verdict: ',
  'sources:\n',
  '  - ',
  '&a ',
  '*a',
  '&b [*a, *a]',
  '!!js/function ',
  '!tag ',
  '!!str ',
  '!!binary ',
  '"',
  "'",
  '\n',
  '  ',
  '{',
  '}',
  '[',
  ']',
  ', ',
  '# ',
  '|\n',
  '>-\n',
  '---\n',
  '...\n',
  ': ',
  '? ',
  '2025-12-18',
  '2025-12-18T25:61:00+02:00',
  'false',
  '~',
  'null',
  '0x1F',
  '.inf',
  '<<: *a',
  '\t',
  ARABIC,
];
const MARKDOWN_TOKENS = [
  '> ',
  '- ',
  '1. ',
  '* ',
  '*',
  '_',
  '**',
  '~~',
  '[',
  ']',
  '(',
  ')',
  '![',
  '](',
  '`',
  '```\n',
  '<',
  '<b>',
  '&amp;',
  '&#0;',
  '\n',
  '\n\n',
  '    ',
  '|',
  '| --- |',
  '#',
  'http://example.org/',
  '//example.org',
  'javascript:',
  'data:',
  '[^1]',
  '[x]: ',
  '\\',
  ARABIC,
];

const seedBytes = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  // Arabic UTF-8 with bytes broken into it: the decoder's hard cases.
  fc.tuple(fc.integer({ min: 1, max: 20 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 5 })).map(([lines, breaks]) => {
    const bytes = Buffer.from(`عنوان الخبر\n\n${`${ARABIC}\n`.repeat(lines)}`);
    for (const [at, byte] of breaks) bytes[at % bytes.length] = byte;
    return new Uint8Array(bytes);
  }),
  pieces(MARKDOWN_TOKENS).map((t) => new Uint8Array(Buffer.from(t))),
);

/** One temp project: a seeds folder and a content folder with one review. */
function project() {
  const dir = tempDir('fuzz');
  mkdirSync(join(dir, 'seeds'));
  mkdirSync(join(dir, 'content', 'reviews'), { recursive: true });
  return dir;
}

function check(dir: string, files: { seed?: Uint8Array; sidecar?: string; review?: string }) {
  const fixedSeed = `عنوان الخبر\n\n${ARABIC}\n`;
  writeFileSync(join(dir, 'seeds', 'a.txt'), files.seed ?? fixedSeed);
  writeFileSync(join(dir, 'seeds', 'a.yaml'), files.sidecar ?? 'outlet: وكالة\n');
  writeFileSync(join(dir, 'content', 'reviews', 'r.md'), files.review ?? '');
  const started = performance.now();
  const result = runPipeline({ seedsDir: join(dir, 'seeds'), contentDir: join(dir, 'content'), root: dir });
  const ms = performance.now() - started;
  expect(ms, 'one case took too long').toBeLessThan(CASE_MS);
  for (const p of result.problems) {
    expect(CODES, `${p.code}: ${p.message}`).toContain(p.code);
    expect(p.file).toMatch(/^(seeds|content)\b/);
  }
}

const options = { seed: SEED, numRuns: RUNS, ...(BUDGET_MS && { interruptAfterTimeLimit: BUDGET_MS, markInterruptAsFailure: false }) };
const TIMEOUT = BUDGET_MS ? 30_000 : 0;

describe('claims check on random input', () => {
  it(
    'random bytes as a seed',
    () => {
      const dir = project();
      fc.assert(
        fc.property(seedBytes, (seed) => check(dir, { seed })),
        options,
      );
    },
    TIMEOUT,
  );

  it(
    'random YAML as a sidecar',
    () => {
      const dir = project();
      fc.assert(
        fc.property(pieces(YAML_TOKENS), (sidecar) => check(dir, { sidecar })),
        options,
      );
    },
    TIMEOUT,
  );

  it(
    'random YAML and Markdown as a review',
    () => {
      const dir = project();
      fc.assert(
        fc.property(pieces(YAML_TOKENS), pieces(MARKDOWN_TOKENS), fc.boolean(), (front, body, withFront) =>
          check(dir, { review: withFront ? `---\n${front}\n---\n${body}` : body }),
        ),
        options,
      );
    },
    TIMEOUT,
  );
});
