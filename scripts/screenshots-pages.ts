/**
 * `npm run screenshots`: what every kind of page looks like, in Arabic and English, on a phone
 * and on a desktop, for docs/look.md. Serves a built site (default dist/, from `npm run build`)
 * on a free port, drives Debian's Chromium and writes docs/images/look/<kind>-<lang>-<device>.png
 * (the top of each page, as a reader first sees it).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT } from '../src/lib/paths.ts';
import { serveFolder } from './static-server.ts';
import { localized, pageKinds } from './page-kinds.ts';

const siteDir = resolve(process.argv[2] ?? resolve(PROJECT_ROOT, 'dist'));
if (!existsSync(resolve(siteDir, 'index.html'))) {
  console.error(`error: ${siteDir} has no built site.\n  fix: run \`npm run build\` first, or pass the folder of a built site.`);
  process.exit(1);
}
const out = resolve(PROJECT_ROOT, 'docs/images/look');
mkdirSync(out, { recursive: true });

const PAGE_KINDS = pageKinds(siteDir);
const DEVICES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;

const { server, url } = await serveFolder(siteDir, 0);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [device, viewport] of Object.entries(DEVICES)) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const lang of ['ar', 'en'] as const) {
      for (const [kind, path] of PAGE_KINDS) {
        await page.goto(url + localized(kind, path, lang), { waitUntil: 'networkidle' });
        if (kind === 'search') await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
        const file = `${kind}-${lang}-${device}.png`;
        await page.screenshot({ path: resolve(out, file) });
        console.log(`docs/images/look/${file}`);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
