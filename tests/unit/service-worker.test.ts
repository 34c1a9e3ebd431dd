/**
 * The offline worker's manifest (scripts/service-worker.ts): files named by their content are
 * listed without being read, the others under an MD5 of their bytes, and the bundled worker is
 * made once and kept.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../scripts/service-worker.ts';
import { tempDir } from '../helpers/temp.ts';

const put = (dir: string, path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const manifestOf = (dir: string): { url: string; revision: string | null }[] =>
  JSON.parse(/precache\(\w+\)\}\((\[.*?\])\)/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))![1]!);
const md5 = (text: string) => createHash('md5').update(text).digest('hex');

describe('writeServiceWorker', () => {
  it('precaches a small site whole, reading only the files whose names do not carry their hash, and keeps the bundled worker', async () => {
    const root = tempDir('service-worker');
    const site = join(root, 'site');
    const files = {
      'index.html': '<p>home</p>',
      'articles/a/index.html': '<p>a</p>',
      '_astro/index.B1c2D3.css': 'p{}',
      '_astro/naskh.woff2': 'font cut to the site',
      'pagefind/pagefind-entry.json': '{}',
      'pagefind/fragment/ar_1a2b3c.pf_fragment': 'fragment',
      'pagefind/pagefind.ar_0123abcd.pf_meta': 'meta',
      'claims/x.json': '{}',
      'articles/a.json': '{}',
      'og/card.png': 'png',
    };
    for (const [path, text] of Object.entries(files)) put(site, path, text);
    const templates = join(root, 'templates');
    const first = await writeServiceWorker(site, templates, join(root, 'scratch'));
    expect(first.whole).toBe(true);
    const manifest = new Map(manifestOf(site).map((e) => [e.url, e.revision]));
    expect([...manifest.keys()].sort()).toEqual(
      Object.keys(files)
        .filter((f) => !f.startsWith('og/') && !['claims/x.json', 'articles/a.json'].includes(f))
        .sort(),
    );
    expect(manifest.get('_astro/index.B1c2D3.css')).toBeNull();
    expect(manifest.get('pagefind/fragment/ar_1a2b3c.pf_fragment')).toBeNull();
    expect(manifest.get('pagefind/pagefind.ar_0123abcd.pf_meta')).toBeNull();
    // The font keeps its name when cut to the site's glyphs: its bytes decide.
    expect(manifest.get('_astro/naskh.woff2')).toBe(md5('font cut to the site'));
    expect(manifest.get('index.html')).toBe(md5('<p>home</p>'));
    expect(first.hashed).toBe(4);

    // A rebuild: one page changed, the worker not bundled again.
    put(site, 'articles/a/index.html', '<p>a, edited</p>');
    await writeServiceWorker(site, templates, join(root, 'scratch-2'));
    expect(manifestOf(site).find((e) => e.url === 'articles/a/index.html')?.revision).toBe(md5('<p>a, edited</p>'));
    expect(readdirSync(templates)).toHaveLength(1);
    expect(() => readdirSync(join(root, 'scratch-2'))).toThrow();
  }, 120_000);
});
