/**
 * /sitemap-index.xml and /sitemap-<n>.xml (50,000 addresses each), with each page's twin in the
 * other language (hreflang), written from the list of the site's pages: those Astro rendered in
 * this build and those taken unchanged from the previous site (src/lib/render/changed-pages.ts).
 * Astro's sitemap integration only sees the pages it rendered, and finds twins by comparing every
 * address with every other (minutes at 200,000 pages); here a set does it.
 */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { SitemapAndIndexStream, type SitemapItemLoose, SitemapStream } from 'sitemap';
import { switchLangPath, UI_LANGS } from '../src/i18n/index.ts';
import { inSitemap } from '../src/lib/sitemap-skip.ts';

const PER_FILE = 50_000;

/** The page at an output file (`claims/x/index.html` → `/claims/x/`), or none for a file that is not a page. */
export const pagePath = (file: string): string | undefined =>
  file === 'index.html' || file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : undefined;

/** The sitemap entries of `paths` (`/claims/x/`, `/en/claims/x/`) on the site whose root is `site`. */
export function sitemapItems(paths: Iterable<string>, site: string): SitemapItemLoose[] {
  const all = new Set(paths);
  return [...all]
    .filter((path) => inSitemap(new URL(path, site).href))
    .sort()
    .map((path) => {
      const twins = UI_LANGS.map((lang) => ({ lang, url: switchLangPath(path, lang) })).filter((twin) => all.has(twin.url));
      return { url: path, ...(twins.length > 1 && { links: twins }) };
    });
}

/** Writes the sitemap index and its files into `outDir`. */
export async function writeSitemap(outDir: string, site: string, paths: Iterable<string>): Promise<number> {
  const items = sitemapItems(paths, site);
  const stream = new SitemapAndIndexStream({
    limit: PER_FILE,
    getSitemapStream: (i) => {
      const sitemap = new SitemapStream({ hostname: site, xmlns: { news: false, video: false, image: false, xhtml: true } });
      const name = `sitemap-${i}.xml`;
      return [new URL(name, site).href, sitemap, sitemap.pipe(createWriteStream(join(outDir, name)))];
    },
  });
  await pipeline(Readable.from(items), stream, createWriteStream(join(outDir, 'sitemap-index.xml')));
  return items.length;
}
