/**
 * No broken internal link or anchor on the built site: every href to this site points to a
 * page that exists, and every #fragment to an element with that id on it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { page } from '../helpers/html.ts';

const siteDir = inject('siteDir');
const SITE = 'http://localhost:4321';
const htmlFiles = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

/** The built file a site path is served from, or undefined. */
function fileFor(pathname: string): string | undefined {
  const path = decodeURIComponent(pathname);
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`];
  return candidates.map((c) => c.replace(/^\//, '')).find((c) => existsSync(join(siteDir, c)));
}

const idsCache = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  if (!idsCache.has(file)) idsCache.set(file, new Set([...page(siteDir, file).document.querySelectorAll('[id]')].map((e) => e.id)));
  return idsCache.get(file)!;
};

describe('internal links', () => {
  it('every link and anchor of every page resolves', () => {
    expect(htmlFiles.length).toBeGreaterThan(40);
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles) {
      const { document } = page(siteDir, file);
      for (const a of document.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(mailto:|tel:)/.test(href)) continue;
        const url = new URL(href, `${SITE}/${file.replace(/index\.html$/, '')}`);
        if (url.origin !== SITE) continue;
        checked++;
        const target = url.pathname === new URL(`${SITE}/${file}`).pathname.replace(/index\.html$/, '') && href.startsWith('#') ? file : fileFor(url.pathname);
        if (!target) {
          broken.push(`${file}: ${href}`);
          continue;
        }
        // Text fragments (#:~:text=) are the browser's business, not an element id.
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !fragment.startsWith(':~:') && target.endsWith('.html') && !idsOf(target).has(fragment))
          broken.push(`${file}: ${href} (no #${fragment})`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });

  it('every link to another site opens without giving it this page (rel="noopener noreferrer")', () => {
    const bare: string[] = [];
    let outside = 0;
    for (const file of htmlFiles) {
      for (const a of page(siteDir, file).document.querySelectorAll('a[href]')) {
        const url = new URL(a.getAttribute('href')!, `${SITE}/`);
        if (url.origin === SITE || !/^https?:$/.test(url.protocol)) continue;
        outside++;
        const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) bare.push(`${file}: ${url.href}`);
      }
    }
    expect(outside).toBeGreaterThan(20);
    expect(bare).toEqual([]);
  });
});
