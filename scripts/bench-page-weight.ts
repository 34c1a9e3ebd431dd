/**
 * `npm run bench:weight [-- DIR]` (and part of `npm run bench`): what each kind of page makes a
 * reader download, in Arabic and English, measured in Debian's Chromium from a built site
 * (default dist/): HTML, CSS, JavaScript, fonts and the rest, in bytes as served (the local
 * server does not compress; a host that gzips sends less), and the number of requests.
 * The search page's figures include the Pagefind runtime, its WebAssembly and the index
 * chunks its query loads.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT } from '../src/lib/paths.ts';
import { localized, pageKinds } from './page-kinds.ts';
import { serveFolder } from './static-server.ts';
import { largestPages } from './page-limits.ts';

type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
const kindOf = (type: string, url: string): Kind =>
  type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' || url.endsWith('.js') ? 'js' : type === 'font' ? 'font' : 'other';
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(9);

export async function reportPageWeight(siteDir: string): Promise<void> {
  const { server, url } = await serveFolder(siteDir, 0);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    console.log(`\n== page weight: ${siteDir} (bytes as served, uncompressed) ==`);
    console.log(
      `${'page'.padEnd(16)}${'lang'.padEnd(5)}${'html'.padStart(9)}${'css'.padStart(9)}` +
        `${'js'.padStart(9)}${'fonts'.padStart(9)}${'other'.padStart(9)}  requests`,
    );
    for (const [kind, path] of pageKinds(siteDir)) {
      for (const lang of ['ar', 'en'] as const) {
        // A fresh context each time: nothing cached, no service worker.
        const context = await browser.newContext({ serviceWorkers: 'block' });
        const page = await context.newPage();
        const sizes: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0, other: 0 };
        let requests = 0;
        page.on('requestfinished', async (request) => {
          requests++;
          const response = await request.response();
          const body = await response?.body().catch(() => undefined);
          sizes[kindOf(request.resourceType(), request.url())] += body?.length ?? 0;
        });
        await page.goto(url + localized(kind, path, lang), { waitUntil: 'networkidle' });
        if (kind === 'search') await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
        await page.waitForTimeout(200);
        console.log(`${kind.padEnd(16)}${lang.padEnd(5)}${kb(sizes.html)}${kb(sizes.css)}${kb(sizes.js)}${kb(sizes.font)}${kb(sizes.other)}  ${requests}`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  // The heaviest pages whose weight must not grow with the archive (scripts/page-limits.ts).
  for (const { kind, pages, largest, over, limit } of largestPages(siteDir)) {
    console.log(`largest ${kind} page of ${pages}: ${kb(largest?.bytes ?? 0).trim()} of HTML (${largest?.file}); ${over} at or over ${kb(limit).trim()}`);
  }
}

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? resolve(PROJECT_ROOT, 'dist'));
  if (!existsSync(resolve(dir, 'index.html'))) {
    console.error(`error: ${dir} has no built site.\n  fix: run \`npm run build\` first, or pass the folder of a built site.`);
    process.exit(1);
  }
  await reportPageWeight(dir);
}
