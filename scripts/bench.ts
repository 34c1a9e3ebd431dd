/**
 * `npm run bench [-- --articles N]`: builds a synthetic corpus of N articles (default 1,000;
 * the seeds' paragraphs shuffled and their sentences cross-combined, each article with a rare
 * word of its own so the index grows like real news) and prints the figures to compare with
 * shared/design/performance.md: ingest, pipeline, cold build, rebuild after editing one
 * article, and search (scripts/bench-search.ts) on this corpus and on the real site, then
 * Lighthouse scores of the real site (scripts/bench-lighthouse.ts).
 * Figures, not pass/fail: speed goals live here, never in timed tests. See docs/performance.md.
 */
import { seededRandom } from './random.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFolder } from '../src/lib/ingest/index.ts';
import { runPipeline } from '../src/lib/pipeline.ts';
import { PROJECT_ROOT } from '../src/lib/paths.ts';
import { reportSearch } from './bench-search.ts';
import { reportLighthouse } from './bench-lighthouse.ts';
import { reportPageWeight } from './bench-page-weight.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' } } });
const count = Number(values.articles);

const random = seededRandom(42);

const seeds = ingestFolder(resolve(PROJECT_ROOT, 'seeds')).articles;
const paragraphs = seeds.flatMap((a) => a.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text));
// Sentences, to cross-combine: with only a few seeds, whole paragraphs alone would repeat
// the same few texts, and the index would stay smaller than real news makes it.
const sentences = paragraphs.flatMap((p) => p.split(/(?<=[.!؟?])\s+/)).filter((s) => s.split(' ').length >= 4);
const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
// Articles shaped like the seeds (13 and 16 paragraphs of one or two sentences): half the
// paragraphs whole, half one or two sentences cross-combined from different paragraphs.
const paragraph = () => (random() < 0.5 ? pick(paragraphs) : Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(sentences)).join(' '));
/** The rare word of article i (a word found in that article only), for the rare-word query. */
const rareWord = (i: number) => `مرصد${i.toString(36)}`;

const work = mkdtempSync(join(tmpdir(), 'claims-bench-'));
const seedsDir = join(work, 'seeds');
mkdirSync(seedsDir);
// content/ without its reviews: they belong to the real seeds' claims; on synthetic copies of
// those sentences they would only add re-anchoring warnings.
const contentDir = join(work, 'content');
cpSync(resolve(PROJECT_ROOT, 'content'), contentDir, { recursive: true, filter: (src) => !src.includes('/reviews') });
for (let i = 0; i < count; i++) {
  const body = Array.from({ length: 12 + Math.floor(random() * 5) }, paragraph);
  body.push(`وذكر التقرير رقم ${i} أن الكلمة النادرة ${rareWord(i)} وردت فيه.`);
  writeFileSync(
    join(seedsDir, `bench-${String(i).padStart(5, '0')}.txt`),
    `مقال تجريبي رقم ${i} عن ${body[0]!.split(' ').slice(0, 5).join(' ')}\n\n${body.join('\n\n')}\n`,
  );
}

const t0 = performance.now();
const ingested = ingestFolder(seedsDir);
const ingestMs = performance.now() - t0;
console.log(`corpus: ${count} articles, ${ingested.articles.reduce((n, a) => n + a.blocks.length, 0)} blocks, ${ingested.problems.length} problems`);
console.log(`ingest: ${ingestMs.toFixed(0)} ms (${(ingestMs / count).toFixed(2)} ms per article)`);
const t2 = performance.now();
const piped = runPipeline({ seedsDir, contentDir });
const pipelineMs = performance.now() - t2;
console.log(
  `pipeline (ingest + extract): ${pipelineMs.toFixed(0)} ms, ${piped.claims.length} claims ` +
    `(${(pipelineMs / count).toFixed(2)} ms per article, extract alone ≈ ${((pipelineMs - ingestMs) / count).toFixed(2)} ms)`,
);

/**
 * Runs the site's build and times it; its warnings are counted, shown in full only when it
 * fails. Astro keeps its work files in the project (.astro/), so a build started elsewhere at
 * the same time (tests, another terminal) can break this one: it is then run once more, and
 * only the attempt that succeeded is timed. `before` runs before each attempt.
 */
function build(seeds: string, out: string, content: string, before = () => {}): { log: string; seconds: number } {
  for (let attempt = 1; ; attempt++) {
    before();
    const started = performance.now();
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--seeds', seeds, '--out', out, '--content', content], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0 && attempt < 2) {
      console.log(`(build failed, running it again: ${run.stderr.split('\n').find((l) => l.startsWith('error')) ?? run.status})`);
      continue;
    }
    if (run.status !== 0) throw new Error(`build failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    const warnings = run.stderr.split('\n').filter((l) => l.startsWith('warning')).length;
    return { log: run.stdout.trim() + (warnings ? `\n  (${warnings} warning(s) on stderr)` : ''), seconds };
  }
}
const out = join(work, 'dist');
// The build keeps the extraction cache of other seeds beside their output (src/lib/settings.ts):
// emptied before the cold build, so that a failed attempt cannot make it warm.
const emptyExtractCache = () => rmSync(`${out}-extract-cache`, { recursive: true, force: true });
try {
  // Cold: the cache is emptied before each attempt (a failed attempt may have filled it).
  const { log, seconds: coldS } = build(seedsDir, out, contentDir, emptyExtractCache);
  console.log(`full build (cold): ${coldS.toFixed(1)} s`);
  console.log(log);
  const meta = readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8');
  console.log(`pagefind entry: ${meta.length} bytes`);

  // Edit one article (one word of the first seed), then build again into the same out dir.
  const edited = join(seedsDir, readdirSync(seedsDir).sort()[0]!);
  writeFileSync(edited, readFileSync(edited, 'utf8').replace('التقرير', 'البيان'));
  const { log: relog, seconds: rebuildS } = build(seedsDir, out, contentDir);
  console.log(`rebuild after editing one word of one article: ${rebuildS.toFixed(1)} s (${((rebuildS / coldS) * 100).toFixed(0)}% of the cold build)`);
  console.log(relog);

  await reportSearch(`${count} synthetic articles`, out, { common: 'الجيش', rare: rareWord(0) }, count === 1000);

  // The real site, from the repository's seeds, into a folder of its own.
  const realOut = join(work, 'dist-real');
  const real = build(resolve(PROJECT_ROOT, 'seeds'), realOut, resolve(PROJECT_ROOT, 'content'));
  console.log(`\nreal site (seeds/): full build ${real.seconds.toFixed(1)} s\n${real.log}`);
  await reportSearch('real site (seeds/)', realOut, { common: 'الجيش', rare: 'براغماتية' });
  await reportPageWeight(realOut);
  // Lighthouse last, on the real site, and optional: a Chromium that will not start (or a
  // Lighthouse error) is printed, and the figures above still stand.
  try {
    await reportLighthouse(realOut);
  } catch (error) {
    console.log(`\nlighthouse: skipped, ${error instanceof Error ? error.message : String(error)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
