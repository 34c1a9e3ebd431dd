/**
 * The offline service worker (Workbox). Files are precached under a hash of their content, so
 * a rebuild replaces exactly what changed and deletes the old caches: no stale search index.
 *
 * What is precached depends on the site's size. Up to PRECACHE_BUDGET everything is: after
 * one visit the whole site, search included, works offline. Above it, precaching every page
 * would make a first visit download the whole archive (hundreds of MB at 1,000 articles), so
 * only the shell is precached (styles, scripts, fonts, the index pages and the whole Pagefind
 * index: search works offline) and other pages are cached as they are read. The Workbox
 * runtime is inlined: nothing is fetched from another origin.
 */
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { folderSize } from './folder-size.ts';

/** Largest site precached whole. */
export const PRECACHE_BUDGET = 30 * 1024 * 1024;

const ASSETS = 'css,js,mjs,woff2,svg,json,webmanifest,xml,csv';
// The one search index, for both interface languages.
const PAGEFIND = 'pagefind/**/*.{js,json,pf_meta,pf_index,pf_fragment,pagefind}';
const SHELL = ['index.html', 'search/index.html', 'claims/index.html', 'fact-checks/index.html', 'people/index.html', 'methodology/index.html'];
const SHELL_PAGES = [...SHELL, ...SHELL.map((page) => `en/${page}`), '404.html', 'en/404/index.html'];

export async function writeServiceWorker(outDir: string): Promise<{ count: number; size: number; warnings: string[]; whole: boolean }> {
  // Social cards (og/) are for other sites' link previews, never precached: they do not count.
  const whole = folderSize(outDir) - folderSize(join(outDir, 'og')) <= PRECACHE_BUDGET;
  const result = await generateSW({
    globDirectory: outDir,
    globPatterns: whole ? [`**/*.{html,${ASSETS},pf_meta,pf_index,pf_fragment,pagefind}`] : [`**/*.{${ASSETS}}`, PAGEFIND, ...SHELL_PAGES],
    globIgnores: [
      'sw.js',
      'workbox-*.js',
      // Per-claim JSON exports are for embedding elsewhere, not for reading offline.
      'claims/*.json',
      'pagefind/*-ui.*',
      'pagefind/pagefind-component-ui.*',
      'pagefind/pagefind-modular-ui.*',
      'pagefind/pagefind-highlight.js',
    ],
    swDest: join(outDir, 'sw.js'),
    mode: 'production',
    inlineWorkboxRuntime: true,
    sourcemap: false,
    cleanupOutdatedCaches: true,
    skipWaiting: true,
    clientsClaim: true,
    // /articles/x/ is served from /articles/x/index.html; /search/?q=… from /search/index.html.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // Pages not precached: the network first, the copy from the last visit when offline.
    runtimeCaching: [
      { urlPattern: ({ request }) => request.mode === 'navigate', handler: 'NetworkFirst', options: { cacheName: 'pages', networkTimeoutSeconds: 4 } },
    ],
  });
  return { count: result.count, size: result.size, warnings: result.warnings, whole };
}
