/**
 * An archive in two shards (docs/performance.md, "Sharding"): each seed article built as a site
 * of its own with its own index, assembled into one folder (scripts/build-shards.ts), served, and
 * searched from ONE search page, which merges the other shard's index at query time.
 */
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleShards, buildShards, shardIndexPath } from '../../scripts/build-shards.ts';
import { serveFolder } from '../../scripts/static-server.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { claimUrl } from '../../src/lib/urls.ts';
import { launchChromium } from '../helpers/browser.ts';
import { resultGroups, typeQuery } from '../helpers/search-judged.ts';
import { ROOT } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const work = tempDir('shards');
// The site's content without its reviews: a review belongs to the shard of its claim's article
// (in the other shard, it names a claim that is not there, which stops the build).
const content = join(work, 'content');
cpSync(join(ROOT, 'content'), content, { recursive: true, filter: (src) => !src.includes('/reviews') });
// Shard "a" holds the 000 article, shard "b" the 003 article.
const shards = ['000', '003'].map((prefix, i) => {
  const dir = join(work, `seeds-${i}`);
  for (const name of readdirSync(join(ROOT, 'seeds')).filter((n) => n.startsWith(prefix))) cpSync(join(ROOT, 'seeds', name), join(dir, name));
  return { name: i === 0 ? 'a' : 'b', dir };
});
const out = join(work, 'site');

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;
beforeAll(async () => {
  const built = buildShards(shards, join(work, 'built'), content);
  assembleShards(built, out);
  server = await serveFolder(out, 0);
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.server.close(done));
});

describe('two shards, one search page', () => {
  it('puts the second shard’s index at /s/b/pagefind/ and names it in the search page', () => {
    expect(existsSync(join(out, shardIndexPath('b'), 'pagefind-entry.json'))).toBe(true);
    expect(readFileSync(join(out, 'search/index.html'), 'utf8')).toContain(`id="search-shards">["${shardIndexPath('b')}"]`);
  });

  it('finds a claim of each shard from the home shard’s search page, each leading to its page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/search/`);
    for (const shard of shards) {
      // An unreviewed claim of the shard, searched by a phrase of its own words.
      const data = runPipeline({ seedsDir: shard.dir, contentDir: content, root: ROOT });
      const claim = data.claims.find((c) => c.text.split(/\s+/).length >= 6)!;
      const phrase = claim.text.split(/\s+/).slice(0, 4).join(' ');
      await typeQuery(page, phrase);
      const found = (await resultGroups(page)).flat();
      expect(found, `«${phrase}» in shard ${shard.name}`).toContain(claimUrl(claim.id));
      expect((await page.request.get(server.url + claimUrl(claim.id))).status()).toBe(200);
    }
    await context.close();
  });
});
