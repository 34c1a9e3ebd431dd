/**
 * `npm run build`: seeds + content → pipeline → Astro static site → Pagefind index.
 *   node scripts/build.ts [--seeds DIR] [--content DIR] [--out DIR] [--ledger FILE]
 * The ledger of published claim ids (default content/claims.lock.json) is updated after a
 * successful build: commit it with the content, so published URLs stay alive.
 * Problems in the seeds stop the build before Astro starts, with one message per problem
 * (file, line, fix) and no stack trace; warnings are printed and the build goes on.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { runCli } from '../src/cli/run-cli.ts';
import { progressReporter } from '../src/cli/progress.ts';
import { cachedPipeline } from '../src/lib/pipeline.ts';
import { formatProblem, hasErrors } from '../src/lib/problems.ts';
import { PROJECT_ROOT } from '../src/lib/paths.ts';
import { pipelineOptions } from '../src/loaders/pipeline-loader.ts';
import { folderSize } from './folder-size.ts';
import { writeServiceWorker } from './service-worker.ts';
import { subsetFonts } from './subset-fonts.ts';
import { writeLedger } from '../src/lib/ledger/ledger-file.ts';

// Telemetry would only time out on a closed network, and a static build needs none.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
// A production build, even when started from a test runner that set NODE_ENV=test
// (import.meta.env.PROD decides whether pages register the offline service worker).
process.env.NODE_ENV = 'production';

runCli(async () => {
  const { values } = parseArgs({ options: { seeds: { type: 'string' }, out: { type: 'string' }, content: { type: 'string' }, ledger: { type: 'string' } } });
  // The Astro loader and pages read the same variables, so all see the same seeds and content,
  // whichever folder Astro bundles them into.
  process.env.CLAIMS_ROOT = PROJECT_ROOT;
  process.env.CLAIMS_SEEDS_DIR = resolve(values.seeds ?? resolve(PROJECT_ROOT, 'seeds'));
  process.env.CLAIMS_CONTENT_DIR = resolve(values.content ?? resolve(PROJECT_ROOT, 'content'));
  // The site's ledger belongs to the site's seeds: a build of other seeds (tests, benchmarks)
  // keeps its own beside its output unless told otherwise.
  const outDirEarly = resolve(values.out ?? resolve(PROJECT_ROOT, 'dist'));
  process.env.CLAIMS_LEDGER = resolve(
    values.ledger ?? (values.seeds ? `${outDirEarly}.claims.lock.json` : resolve(process.env.CLAIMS_CONTENT_DIR, 'claims.lock.json')),
  );
  const outDir = resolve(values.out ?? resolve(PROJECT_ROOT, 'dist'));
  const started = performance.now();

  const result = cachedPipeline({ ...pipelineOptions(), onArticle: progressReporter('extracting') });
  for (const p of result.problems) console.error(formatProblem(p));
  if (hasErrors(result.problems)) {
    console.error('\nThe build stopped: fix the errors above and run it again.');
    return 1;
  }
  const pipelineDone = performance.now();

  // An old dist/ slows Astro down and can leave pages of deleted articles behind.
  rmSync(outDir, { recursive: true, force: true });
  // One Astro cache (content store, incremental pages) per output folder: builds of other
  // seeds into other folders (tests, benchmarks) must never share or restore each other's pages.
  // A build outside the project (tests, benchmarks) keeps its cache beside its output, so the
  // cache goes away with it.
  const cacheDir = outDir.startsWith(`${PROJECT_ROOT}/`)
    ? resolve(PROJECT_ROOT, '.cache', 'astro', createHash('sha256').update(outDir).digest('hex').slice(0, 12))
    : `${outDir}-astro-cache`;
  await build({ root: PROJECT_ROOT, outDir, cacheDir, logLevel: 'warn' });
  // The Arabic font cut to the glyphs the site needs, before the offline worker hashes it.
  const fonts = await subsetFonts(outDir);
  const astroDone = performance.now();

  // One index per interface language, so results link to pages in the reader's language and
  // show their labels in it: /pagefind/ for the Arabic pages, /en/pagefind/ for the English ones.
  // Both are read as Arabic: what is searched (claims, articles, names) is Arabic text.
  const added = { page_count: 0 };
  for (const { glob, output } of [
    { glob: '{articles,claims,people}/**/*.html', output: 'pagefind' },
    { glob: 'en/{articles,claims,people}/**/*.html', output: 'en/pagefind' },
  ]) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const result = await index.addDirectory({ path: outDir, glob });
    if (result.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${result.errors.join('; ')}`);
    added.page_count += result.page_count;
    await index.writeFiles({ outputPath: resolve(outDir, output) });
  }
  await pagefind.close();
  const indexed = performance.now();
  const worker = await writeServiceWorker(outDir);
  for (const w of worker.warnings) console.warn(`warning service worker: ${w}`);
  writeLedger(process.env.CLAIMS_LEDGER, result.ledger);
  const done = performance.now();

  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  const reviews = result.claims.filter((c) => c.review).length;
  const links = result.claims.reduce((n, c) => n + c.links.same.length + c.links.opposes.length, 0) / 2;
  const warnings = result.problems.filter((p) => p.severity === 'warning').length;
  console.log(
    [
      `summary: ${result.articles.length} articles · ${result.claims.length} claims · ${reviews} reviews · ${links} links · ${warnings} warnings`,
      `built ${result.articles.length} article(s), ${result.claims.length} claim(s), ${result.people.length} people into ${outDir}` +
        (result.cache ? ` (extraction cache: ${result.cache.hits} reused, ${result.cache.misses} extracted)` : '') +
        (result.retired.length ? `; ${result.retired.length} retired claim id(s) keep their pages` : ''),
      `  pipeline ${s(pipelineDone - started)} · astro ${s(astroDone - pipelineDone)} · pagefind ${s(indexed - astroDone)} (${added.page_count} pages read)` +
        ` · service worker ${s(done - indexed)} (${worker.whole ? 'whole site' : 'shell and index'}: ${worker.count} files, ${mb(worker.size)})` +
        ` · total ${s(done - started)}`,
      `  dist/ ${mb(folderSize(outDir))} · pagefind/ ${mb(folderSize(resolve(outDir, 'pagefind')))}` +
        ` + en/pagefind/ ${mb(folderSize(resolve(outDir, 'en', 'pagefind')))}` +
        ` · Arabic font ${fonts.map((f) => `${(f.before / 1024).toFixed(0)} → ${(f.after / 1024).toFixed(0)} KB`).join(', ')}`,
      `  peak memory of the build process ${mb(process.resourceUsage().maxRSS * 1024)} (Pagefind runs apart)`,
    ].join('\n'),
  );
  return 0;
});
