/**
 * `npm run build`: seeds + content → pipeline → Astro static site → Pagefind index (from the pipeline's data).
 *   node scripts/build.ts [--seeds DIR] [--content DIR] [--out DIR] [--ledger FILE]
 * The ledger of published claim ids (default content/claims.lock.json) is updated after a
 * successful build: commit it with the content, so published URLs stay alive. A ledger that
 * lost an id published before (last commit, previous output) stops the build
 * (src/lib/ledger/ledger-guard.ts; CLAIMS_RETIRE=<ids> retires ids on purpose).
 * Problems in the seeds stop the build before Astro starts, with one message per problem
 * (file, line, fix) and no stack trace; warnings are printed and the build goes on.
 *
 * The build is atomic (scripts/atomic-output.ts): it writes `<out>.tmp-<pid>` and swaps it into
 * `<out>` only at the end, so a failed or stopped build leaves the previous site untouched; one
 * build of the project runs at a time (scripts/build-lock.ts: a second one waits up to
 * CLAIMS_BUILD_WAIT seconds, 900 by default). Temporary files of the tools (Workbox's) go to a
 * scratch folder of the build, removed with it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from '../src/cli/run-cli.ts';
import { progressReporter } from '../src/cli/progress.ts';
import { writeLedger } from '../src/lib/ledger/ledger-file.ts';
import { cachedPipeline } from '../src/lib/pipeline.ts';
import { formatProblem, hasErrors, problems } from '../src/lib/problems.ts';
import { PROJECT_ROOT } from '../src/lib/paths.ts';
import { type PipelineSettings, pipelineSettings, settingsEnv } from '../src/lib/settings.ts';
import { buildFolders, removeDeadBuilds, swapInto } from './atomic-output.ts';
import { buildDigest, linkUnchangedPages, readPageKeys, writePageKeys } from './page-reuse.ts';
import { buildKeys, startBuild } from '../src/lib/render/changed-pages.ts';
import { siteUrl } from '../src/lib/site.ts';
import { pagePath, writeSitemap } from './sitemap.ts';
import { BUILD_LOCK, takeLock } from './build-lock.ts';
import { folderSize } from './folder-size.ts';
import { skipInSitemap } from '../src/lib/sitemap-skip.ts';
import { writeSearchIndex } from './search-index.ts';
import { siteCards, writeSocialCards } from './social-cards.ts';
import { subsetFonts } from './subset-fonts.ts';

// Telemetry would only time out on a closed network, and a static build needs none.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
// A production build, even when started from a test runner that set NODE_ENV=test
// (import.meta.env.PROD decides whether pages register the offline service worker).
process.env.NODE_ENV = 'production';

runCli(async () => {
  const { values } = parseArgs({ options: { seeds: { type: 'string' }, out: { type: 'string' }, content: { type: 'string' }, ledger: { type: 'string' } } });
  const out = resolve(values.out ?? resolve(PROJECT_ROOT, 'dist'));
  const settings = pipelineSettings({ seeds: values.seeds, content: values.content, ledger: values.ledger, out });
  // The Astro loader and pages read the same settings from the environment, whichever folder
  // Astro bundles them into: one pipeline run, on exactly what this script checked.
  Object.assign(process.env, { CLAIMS_ROOT: PROJECT_ROOT, ...settingsEnv(settings) });

  const waitS = Number(process.env.CLAIMS_BUILD_WAIT ?? 900);
  const lock = await takeLock(BUILD_LOCK, waitS * 1000, (pid) =>
    console.log(`waiting for the build of process ${pid} to finish (${relative(PROJECT_ROOT, BUILD_LOCK)})…`),
  );
  if ('heldBy' in lock) {
    console.error(formatProblem(problems.buildRunning(relative(PROJECT_ROOT, BUILD_LOCK), lock.heldBy, waitS)));
    return 1;
  }
  removeDeadBuilds(out);
  const folders = buildFolders(out);
  const stop = (signal: NodeJS.Signals) => {
    folders.remove();
    lock.release();
    console.error(`\nThe build was stopped (${signal}); ${relative(PROJECT_ROOT, out) || out} was left as it was.`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    return await buildSite(settings, out, folders);
  } finally {
    folders.remove();
    lock.release();
  }
});

async function buildSite(settings: PipelineSettings, out: string, folders: ReturnType<typeof buildFolders>): Promise<number> {
  const started = performance.now();
  const result = cachedPipeline({ ...settings, onArticle: progressReporter('extracting') });
  for (const p of result.problems) console.error(formatProblem(p));
  if (hasErrors(result.problems)) {
    console.error('\nThe build stopped: fix the errors above and run it again.');
    return 1;
  }
  const pipelineDone = performance.now();
  skipInSitemap(result.claims);

  // Workbox (and any tool) writes its temporary files in TMPDIR: this build's scratch folder,
  // removed with it. Set before those tools are loaded, as some read it once, on import.
  mkdirSync(folders.scratch, { recursive: true });
  process.env.TMPDIR = folders.scratch;
  const [{ build }, { writeServiceWorker }] = await Promise.all([import('astro'), import('./service-worker.ts')]);

  const outDir = folders.staging;
  // One Astro cache (content store) and one set of page keys per output folder: builds of other
  // seeds into other folders (tests, benchmarks) never share or reuse each other's pages.
  // A build outside the project (tests, benchmarks) keeps its cache beside its output, so the
  // cache goes away with it.
  const inProject = out.startsWith(`${PROJECT_ROOT}/`);
  const cacheDir = inProject ? resolve(PROJECT_ROOT, '.cache', 'astro', createHash('sha256').update(out).digest('hex').slice(0, 12)) : `${out}-astro-cache`;
  // Only pages that changed since the previous build are rendered; the others are linked from the
  // previous site, still in `out` (src/lib/render/changed-pages.ts, scripts/page-reuse.ts).
  const digest = buildDigest();
  // The search index is written from the pipeline's data, not from pages: Pagefind (a process of
  // its own) indexes while Astro renders, into the scratch folder, moved into the site after.
  const indexStarted = performance.now();
  const searchDir = resolve(folders.scratch, 'search');
  const indexing = writeSearchIndex(searchDir, result).then((added) => ({ ...added, seconds: (performance.now() - indexStarted) / 1000 }));
  // Awaited below; a build that fails first must not leave its rejection unhandled.
  indexing.catch(() => {});
  const previousKeys = existsSync(out) ? readPageKeys(cacheDir, digest) : undefined;
  startBuild(previousKeys && { keys: previousKeys, dir: out });
  // CLAIMS_ASTRO_LOG=info shows Astro's own phases and timings (docs/performance.md).
  const logLevel = process.env.CLAIMS_ASTRO_LOG === 'info' ? 'info' : 'warn';
  await build({ root: PROJECT_ROOT, outDir, cacheDir, logLevel });
  const pages = buildKeys();
  linkUnchangedPages(out, outDir, pages.unchanged);
  const mapped = await writeSitemap(outDir, siteUrl(), [
    ...pages.rendered.map((p) => `/${p}`.replace(/\/?$/, '/')),
    ...Object.keys(pages.keys).flatMap((file) => pagePath(file) ?? []),
  ]);
  // The Arabic font cut to the glyphs the site needs, before the offline worker hashes it.
  const fonts = await subsetFonts(outDir);
  const astroDone = performance.now();
  // The social cards of the pages (og:image), kept in .cache/og/ (CLAIMS_CARD_CACHE_DIR: elsewhere,
  // as the tests do). Named by their content, so builds of any seeds may share them.
  const cardCache = process.env.CLAIMS_CARD_CACHE_DIR ?? (inProject ? resolve(PROJECT_ROOT, '.cache', 'og') : `${out}-og-cache`);
  const cards = await writeSocialCards(siteCards(result.claims, result.articles), outDir, cardCache);
  const cardsDone = performance.now();

  // One search index for both interface languages, written from the pipeline's data (scripts/search-index.ts).
  const added = await indexing;
  renameSync(resolve(searchDir, 'pagefind'), resolve(outDir, 'pagefind'));
  const indexed = performance.now();
  // The bundled worker, kept between builds like the cards (named by its options: any build may share it).
  const workerCache = inProject ? resolve(PROJECT_ROOT, '.cache', 'sw') : `${out}-sw-cache`;
  const worker = await writeServiceWorker(outDir, workerCache, resolve(folders.scratch, 'sw'));
  for (const w of worker.warnings) console.warn(`warning service worker: ${w}`);
  // The index's size; the whole site's is left to `npm run bench` (a walk of every file: long at 200,000).
  const indexSize = folderSize(resolve(outDir, 'pagefind'));
  // The ledger first: an id published without its ledger entry would stop the next build.
  writeLedger(settings.ledgerFile, result.ledger);
  const swapStarted = performance.now();
  swapInto(outDir, out);
  // The keys of the site now in place, for the next build to reuse its pages.
  writePageKeys(cacheDir, digest, pages.keys);
  const done = performance.now();

  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  const reviews = result.claims.filter((c) => c.review).length;
  const links = result.claims.reduce((n, c) => n + c.links.same.length + c.links.opposes.length, 0) / 2;
  const warnings = result.problems.filter((p) => p.severity === 'warning').length;
  const keyed = Object.keys(pages.keys).length;
  console.log(
    [
      `summary: ${result.articles.length} articles · ${result.claims.length} claims · ${reviews} reviews · ${links} links · ${warnings} warnings`,
      `built ${result.articles.length} article(s), ${result.claims.length} claim(s), ${result.people.length} people into ${out}` +
        (result.cache ? ` (extraction cache: ${result.cache.hits} reused, ${result.cache.misses} extracted)` : '') +
        (result.retired.length ? `; ${result.retired.length} retired claim id(s) keep their pages` : ''),
      `  pipeline ${s(pipelineDone - started)} · astro ${s(astroDone - pipelineDone)}` +
        ` (${keyed - pages.unchanged.length} of ${keyed} keyed pages rendered, ${pages.unchanged.length} unchanged linked; sitemap ${mapped} pages)` +
        ` · social cards ${s(cardsDone - astroDone)} (${cards.count}: ${cards.drawn} drawn, ${cards.reused} reused;` +
        ` ${(cards.bytes / cards.count / 1024).toFixed(0)} KB each)` +
        ` · pagefind ${added.seconds.toFixed(1)} s beside Astro, ${s(indexed - cardsDone)} after it` +
        ` (${added.pages} records, ${added.articles} of them articles)` +
        ` · service worker ${s(swapStarted - indexed)} (${worker.whole ? 'whole site' : 'shell and index'}: ${worker.count} files, ${mb(worker.size)},` +
        ` ${worker.hashed} hashed)` +
        ` · swap ${s(done - swapStarted)}` +
        ` · total ${s(done - started)}`,
      `  pagefind/ ${mb(indexSize)}` + ` · Arabic font ${fonts.map((f) => `${(f.before / 1024).toFixed(0)} → ${(f.after / 1024).toFixed(0)} KB`).join(', ')}`,
      `  peak memory of the build process ${mb(process.resourceUsage().maxRSS * 1024)} (Pagefind runs apart)`,
    ].join('\n'),
  );
  return 0;
}
