/** The sitemap written from the site's pages (scripts/sitemap.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagePath, sitemapItems, writeSitemap } from '../../scripts/sitemap.ts';
import { tempDir } from '../helpers/temp.ts';

const SITE = 'https://example.org/';

describe('the sitemap', () => {
  it('knows a page by its file', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('en/claims/a/index.html')).toBe('/en/claims/a/');
    expect(pagePath('articles/a.json')).toBeUndefined();
    expect(pagePath('404.html')).toBeUndefined();
  });

  it('lists each page once, in order, with both languages where both exist, and leaves out the 404 pages', () => {
    const items = sitemapItems(['/claims/a/', '/en/claims/a/', '/claims/b/', '/claims/a/', '/en/404/', '/'], SITE);
    expect(items.map((i) => i.url)).toEqual(['/', '/claims/a/', '/claims/b/', '/en/claims/a/']);
    const twins = [
      { lang: 'ar', url: '/claims/a/' },
      { lang: 'en', url: '/en/claims/a/' },
    ];
    expect(items.find((i) => i.url === '/claims/a/')?.links).toEqual(twins);
    expect(items.find((i) => i.url === '/en/claims/a/')?.links).toEqual(twins);
    expect(items.find((i) => i.url === '/claims/b/')?.links).toBeUndefined();
  });

  it('writes an index and sitemap files of absolute addresses', async () => {
    const dir = tempDir('sitemap');
    expect(await writeSitemap(dir, SITE, ['/claims/a/', '/en/claims/a/'])).toBe(2);
    expect(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8')).toContain('<loc>https://example.org/sitemap-0.xml</loc>');
    const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    expect(xml).toContain('<loc>https://example.org/claims/a/</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/claims/a/"/>');
  });
});
