/**
 * The offline service worker: Workbox precaches every page, style, font, script and the
 * whole Pagefind index, each file under a hash of its content. A rebuild changes the hashes
 * of what changed, so the new worker replaces exactly those files and deletes the old cache
 * (no stale search index after a rebuild). The Workbox runtime is inlined: nothing is
 * fetched from another origin.
 */
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

export async function writeServiceWorker(outDir: string): Promise<{ count: number; size: number; warnings: string[] }> {
  const result = await generateSW({
    globDirectory: outDir,
    globPatterns: ['**/*.{html,css,js,mjs,woff2,svg,json,webmanifest,pf_meta,pf_index,pf_fragment,pagefind}'],
    globIgnores: ['sw.js', 'workbox-*.js', 'pagefind/*-ui.*', 'pagefind/pagefind-component-ui.*', 'pagefind/pagefind-modular-ui.*', 'pagefind/pagefind-highlight.js'],
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
  });
  return { count: result.count, size: result.size, warnings: result.warnings };
}
