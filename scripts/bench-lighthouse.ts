/**
 * `npm run bench:lighthouse [-- --dist DIR]` (and the last part of `npm run bench`): Lighthouse
 * scores (performance, accessibility, best practices, SEO) of one article page and one claim
 * page, Arabic and English, mobile (Lighthouse's default) and desktop, plus the JS and font
 * bytes each page downloads and every failing weighted audit, to fix. Figures, not pass/fail:
 * scores under 95 are marked, the exit code stays 0. DIR defaults to dist/, built if missing.
 * Mobile performance moves by a few points between runs (Lighthouse multiplies the main-thread
 * time it observes here by 4, so a busy machine shows up as TBT or FCP): rerun before believing a dip.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { PROJECT_ROOT } from '../src/lib/paths.ts';
import { serveFolder } from './static-server.ts';
import { pageKinds } from './page-kinds.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const GOAL = 95;
const FORMS: [string, Config | undefined][] = [
  ['mobile', undefined], // Lighthouse's default config: Moto G Power screen, slow 4G, 4× CPU slowdown.
  ['desktop', desktopConfig],
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

interface NetworkItem {
  resourceType?: string;
  transferSize?: number;
  sessionTargetType?: string;
}

/** JS and font bytes transferred, from the network-requests audit. */
function bytesOf(lhr: Result) {
  const items = ((lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? [])
    // Page and iframes only: the site's service worker precaches the whole site in the
    // background after the first load, which is not what reading this page costs.
    .filter((r) => r.sessionTargetType !== 'worker');
  const sum = (type: string) => items.filter((r) => r.resourceType === type).reduce((n, r) => n + (r.transferSize ?? 0), 0);
  return { js: sum('Script'), fonts: sum('Font') };
}

/** Weighted audits scoring under 1, by category: `title — displayValue` and a few items. */
function failingAudits(lhr: Result): Map<string, string[]> {
  const failing = new Map<string, string[]>();
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      // Items name what to fix: the element (accessibility, SEO) or the URL (best practices).
      const items = ((audit.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [])
        .map((item) => {
          const node = item['node'] as { selector?: string; snippet?: string } | undefined;
          return (
            node?.selector ?? node?.snippet ?? (typeof item['url'] === 'string' ? item['url'] : typeof item['source'] === 'string' ? item['source'] : undefined)
          );
        })
        .filter((x) => x !== undefined);
      const shown = items.slice(0, 3).join(' | ') + (items.length > 3 ? ` | … (${items.length} in all)` : '');
      const line = `${ref.id} (score ${audit.score}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}${shown ? ` [${shown}]` : ''}`;
      failing.set(id, [...(failing.get(id) ?? []), line]);
    }
  }
  return failing;
}

/** Serves `distDir`, runs Lighthouse on the four pages in both form factors, prints the report. */
export async function reportLighthouse(distDir: string) {
  // The same article and (reviewed, when the build has it) claim as the screenshots.
  const kinds = new Map(pageKinds(distDir));
  const [article, claim] = [kinds.get('article')!, kinds.get('claim')!];
  const pages = [article, claim, `/en${article}`, `/en${claim}`];
  console.log(`\n== lighthouse ${createRequire(import.meta.url)('lighthouse/package.json').version}: ${distDir} ==`);
  // sirv serves files as they are, uncompressed: transfer sizes are raw bytes, and the
  // performance score is a little worse than behind a compressing host.
  const { server, url } = await serveFolder(distDir, 0);
  let chrome: Awaited<ReturnType<typeof launch>> | undefined;
  const rows: string[] = [];
  const below: string[] = [];
  const failures: string[] = [];
  try {
    const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
    // chrome-launcher leaves spawn's 'error' event unhandled: a missing binary would kill the
    // whole process (and `npm run bench` with it) instead of rejecting, so check it first.
    accessSync(chromePath, constants.X_OK);
    chrome = await launch({
      chromePath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    });
    for (const page of pages) {
      for (const [form, config] of FORMS) {
        const run = await lighthouse(url + page, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, config);
        if (!run) throw new Error(`Lighthouse returned nothing for ${page}`);
        const lhr = run.lhr;
        if (lhr.runtimeError) console.log(`${page} ${form}: runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        const scores = CATEGORIES.map((id) => {
          const score = lhr.categories[id]?.score;
          if (score === null || score === undefined) return '  –';
          const n = Math.round(score * 100);
          if (n < GOAL) below.push(`${page} ${form} ${id} ${n}`);
          return `${String(n).padStart(3)}${n < GOAL ? '!' : ' '}`;
        });
        const { js, fonts } = bytesOf(lhr);
        rows.push(`${page.padEnd(60)} ${form.padEnd(7)} ${scores.map((s) => s.padEnd(6)).join(' ')} ${kb(js).padStart(7)} ${kb(fonts).padStart(7)}`);
        for (const [category, lines] of failingAudits(lhr)) for (const line of lines) failures.push(`${page} ${form} · ${category} · ${line}`);
      }
    }
  } finally {
    // Closed even when Chromium failed to start, or the open server would keep `npm run bench` alive.
    chrome?.kill();
    server.close();
  }
  console.log(
    `${'page'.padEnd(60)} ${'form'.padEnd(7)} ${['perf', 'a11y', 'b.p.', 'seo'].map((s) => s.padEnd(6)).join(' ')} ${'JS'.padStart(7)} ${'fonts'.padStart(7)}`,
  );
  for (const row of rows) console.log(row);
  console.log(below.length ? `BELOW ${GOAL} (marked !): ${below.join('; ')}` : `all scores ${GOAL} or above`);
  console.log(failures.length ? `failing audits (weighted, score < 1):\n  ${failures.join('\n  ')}` : 'failing audits: none');
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: resolve(PROJECT_ROOT, 'dist') } } });
  const dist = resolve(values.dist);
  if (!existsSync(join(dist, 'index.html'))) {
    console.log(`${dist} holds no built site: building it`);
    const build = spawnSync(process.execPath, ['scripts/build.ts', '--out', dist], { cwd: PROJECT_ROOT, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  await reportLighthouse(dist);
}
