/**
 * `npm run bench [-- --articles N --corpus varied|seeds --skip-real --skip-lighthouse]`: builds
 * a synthetic corpus of N articles (default 1,000; scripts/bench-corpus.ts: `varied`, news-shaped
 * articles with unique statements and realistic duplicates, the default; `seeds`, the seeds'
 * paragraphs shuffled) and prints the figures to compare with shared/design/performance.md:
 * ingest, pipeline, cold build, rebuild after editing one word of one article (with the stage
 * split of the build log), files and bytes in dist/ by kind, pages indexed, peak memory of the
 * build's whole process tree (Pagefind's binary included), all per article too, and search
 * (scripts/bench-search.ts); then, unless skipped, the same on the real site and Lighthouse
 * (scripts/bench-lighthouse.ts). 10,000 articles: `npm run bench -- --articles 10000 --skip-real`.
 * Figures, not pass/fail: speed goals live here, never in timed tests. See docs/performance.md.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFolder } from '../src/lib/ingest/index.ts';
import { runPipeline } from '../src/lib/pipeline.ts';
import { PROJECT_ROOT } from '../src/lib/paths.ts';
import { benchEntities, rareWord, seedsCorpus, variedCorpus } from './bench-corpus.ts';
import { distBreakdown, KINDS } from './dist-breakdown.ts';
import { reportSearch } from './bench-search.ts';
import { reportLighthouse } from './bench-lighthouse.ts';
import { reportPageWeight } from './bench-page-weight.ts';
import { samplePeakMemory } from './process-tree-memory.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    corpus: { type: 'string', default: 'varied' },
    'skip-real': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
  },
});
const count = Number(values.articles);
if (values.corpus !== 'varied' && values.corpus !== 'seeds') throw new Error(`--corpus varied or seeds, not ${values.corpus}`);

const work = mkdtempSync(join(tmpdir(), 'claims-bench-'));
const seedsDir = join(work, 'seeds');
mkdirSync(seedsDir);
// content/ without its reviews: they belong to the real seeds' claims; on synthetic copies of
// those sentences they would only add re-anchoring warnings.
const contentDir = join(work, 'content');
cpSync(resolve(PROJECT_ROOT, 'content'), contentDir, { recursive: true, filter: (src) => !src.includes('/reviews') });
const seedParagraphs = () =>
  ingestFolder(resolve(PROJECT_ROOT, 'seeds')).articles.flatMap((a) => a.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text));
const corpus = values.corpus === 'varied' ? variedCorpus(count) : seedsCorpus(count, seedParagraphs());
// The varied corpus's invented places, registered as editors would (the linker needs them).
if (values.corpus === 'varied') appendFileSync(join(contentDir, 'entities.yaml'), benchEntities());
for (const article of corpus) writeFileSync(join(seedsDir, article.name), article.text);
/** The one-word edit of the rebuild, in the first article's rare-word sentence. */
const oneWord = values.corpus === 'varied' ? (['باهتمام', 'بقلق'] as const) : (['التقرير', 'البيان'] as const);
/** A word found in many articles of the corpus, for the common-word query. */
const commonWord = values.corpus === 'varied' ? 'الحكومة' : 'الجيش';

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

type Build = { log: string; seconds: number; memory: { root: number; tree: number } };

/** Runs scripts/build.ts, sampling the memory of its process tree; resolves with its output. */
function runBuild(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string; memory: Build['memory'] }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/build.ts', ...args], { cwd: PROJECT_ROOT });
    const sampler = samplePeakMemory(child.pid!);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr, memory: sampler.stop() }));
  });
}

/**
 * Runs the site's build and times it; its warnings are counted, shown in full only when it
 * fails. Astro keeps its work files in the project (.astro/), so a build started elsewhere at
 * the same time (tests, another terminal) can break this one: it is then run once more, and
 * only the attempt that succeeded is timed. `before` runs before each attempt.
 */
async function build(seeds: string, out: string, content: string, before = () => {}): Promise<Build> {
  for (let attempt = 1; ; attempt++) {
    before();
    const started = performance.now();
    const run = await runBuild(['--seeds', seeds, '--out', out, '--content', content]);
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0 && attempt < 2) {
      console.log(`(build failed, running it again: ${run.stderr.split('\n').find((l) => l.startsWith('error')) ?? run.status})`);
      continue;
    }
    if (run.status !== 0) throw new Error(`build failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    const warnings = run.stderr.split('\n').filter((l) => l.startsWith('warning')).length;
    return { log: run.stdout.trim() + (warnings ? `\n  (${warnings} warning(s) on stderr)` : ''), seconds, memory: run.memory };
  }
}
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** A number the build's summary printed, e.g. `summary: 300 articles · 2625 claims`: the figure before `label`. */
const logged = (log: string, pattern: RegExp) => Number(pattern.exec(log)?.[1] ?? Number.NaN);
const memoryLine = (b: Build) => `peak memory: build process ${gb(b.memory.root)}, with Pagefind and every child process ${gb(b.memory.tree)}`;

const out = join(work, 'dist');
// The build keeps the extraction cache of other seeds beside their output (src/lib/settings.ts):
// emptied before the cold build, so that a failed attempt cannot make it warm.
const emptyExtractCache = () => rmSync(`${out}-extract-cache`, { recursive: true, force: true });
try {
  // Cold: the cache is emptied before each attempt (a failed attempt may have filled it).
  const cold = await build(seedsDir, out, contentDir, emptyExtractCache);
  console.log(`full build (cold): ${cold.seconds.toFixed(1)} s`);
  console.log(cold.log);
  console.log(memoryLine(cold));
  const dist = distBreakdown(out);

  // Edit one word of one article, then build again into the same out dir.
  const edited = join(seedsDir, readdirSync(seedsDir).sort()[0]!);
  writeFileSync(edited, readFileSync(edited, 'utf8').replace(oneWord[0], oneWord[1]));
  const re = await build(seedsDir, out, contentDir);
  console.log(
    `rebuild after editing one word of one article: ${re.seconds.toFixed(1)} s (${((re.seconds / cold.seconds) * 100).toFixed(0)}% of the cold build)`,
  );
  console.log(re.log);
  console.log(memoryLine(re));

  const search = await reportSearch(`${count} synthetic articles`, out, { seedsDir, contentDir }, { common: commonWord, rare: rareWord(0) }, count === 1000);

  // Per article (and per claim): what grows with the archive.
  const claims = logged(cold.log, /summary: \d+ articles · (\d+) claims/);
  // Pages in the index(es): the page_count of each language in Pagefind's entry file(s).
  const pages = ['pagefind', 'en/pagefind']
    .map((dir) => join(out, dir, 'pagefind-entry.json'))
    .filter((file) => existsSync(file))
    .flatMap((file) => Object.values((JSON.parse(readFileSync(file, 'utf8')) as { languages: Record<string, { page_count: number }> }).languages))
    .reduce((n, language) => n + language.page_count, 0);
  const files = KINDS.reduce((n, k) => n + dist[k].files, 0);
  const bytes = KINDS.reduce((n, k) => n + dist[k].bytes, 0);
  const per = (n: number) => (n / count).toFixed(2);
  console.log(`\n== per article (${count} ${values.corpus} articles, ${claims} claims: ${per(claims)} an article) ==`);
  console.log(`dist/: ${files} files, ${(bytes / 1024 ** 2).toFixed(1)} MB · per article ${per(files)} files, ${kb(bytes / count)}`);
  for (const k of KINDS) {
    const { files: f, bytes: b } = dist[k];
    console.log(
      `  ${k.padEnd(14)} ${String(f).padStart(7)} files ${kb(b).padStart(12)}` +
        ` · per article ${per(f)} files, ${kb(b / count)} · per claim ${(f / claims).toFixed(2)} files, ${kb(b / claims)}`,
    );
  }
  console.log(`pages indexed by Pagefind: ${pages} (${per(pages)} per article; records: ${logged(cold.log, /pagefind .*?\((\d+) records/)})`);
  console.log(`cold build ${cold.seconds.toFixed(1)} s (${((cold.seconds / count) * 1000).toFixed(0)} ms per article) · rebuild ${re.seconds.toFixed(1)} s`);
  console.log(`${memoryLine(cold)} (${kb(cold.memory.tree / count)} per article)`);
  const [common, rare] = search.figures;
  console.log(
    `first query: common word ${kb(common!.bytes)} in ${common!.medianMs.toFixed(0)} ms · rare word ${kb(rare!.bytes)} in ${rare!.medianMs.toFixed(0)} ms`,
  );

  if (!values['skip-real']) {
    // The real site, from the repository's seeds, into a folder of its own.
    const realOut = join(work, 'dist-real');
    const real = await build(resolve(PROJECT_ROOT, 'seeds'), realOut, resolve(PROJECT_ROOT, 'content'));
    console.log(`\nreal site (seeds/): full build ${real.seconds.toFixed(1)} s\n${real.log}\n${memoryLine(real)}`);
    await reportSearch(
      'real site (seeds/)',
      realOut,
      { seedsDir: resolve(PROJECT_ROOT, 'seeds'), contentDir: resolve(PROJECT_ROOT, 'content') },
      { common: 'الجيش', rare: 'براغماتية' },
    );
    await reportPageWeight(realOut);
    // Lighthouse last, on the real site, and optional: a Chromium that will not start (or a
    // Lighthouse error) is printed, and the figures above still stand.
    if (!values['skip-lighthouse']) {
      try {
        await reportLighthouse(realOut);
      } catch (error) {
        console.log(`\nlighthouse: skipped, ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
