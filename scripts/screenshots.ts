/**
 * `node scripts/screenshots.ts [URL]`: screenshots of the pages an editor works with, for
 * docs/editing.md, taken in Debian's Chromium from a running site (default
 * http://localhost:4321, e.g. after `npm start`). Writes docs/images/*.png.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT } from '../src/lib/paths.ts';

const base = process.argv[2] ?? 'http://localhost:4321';
const out = resolve(PROJECT_ROOT, 'docs/images');
mkdirSync(out, { recursive: true });
const SHOTS: [string, string, string | undefined][] = [
  ['editing-article', '/articles/003_099b512de9b6ebb4/', undefined],
  ['editing-claim-unreviewed', '/claims/lybya-tht-qyada-almshyr-khlyfa-e1a782/', undefined],
  ['editing-claim-reviewed', '/claims/hyth-yhtl-almrtba-althanya-ashra-a2e9be/', '#review-title'],
  ['editing-removed', '/articles/003_099b512de9b6ebb4/', 'details'],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 390, height: 780 }, deviceScaleFactor: 1 });
const page = await context.newPage();
for (const [name, path, anchor] of SHOTS) {
  await page.goto(base + path);
  if (anchor === 'details') await page.locator('details summary').click();
  if (anchor)
    await page
      .locator(anchor)
      .first()
      .evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: resolve(out, `${name}.png`) });
  console.log(`docs/images/${name}.png`);
}
await browser.close();
