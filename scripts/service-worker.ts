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
 *
 * A rebuild must not redo this for an unchanged site. Workbox's generateSW reads and hashes
 * every matched file and bundles and minifies the worker with its manifest inlined (seconds,
 * growing with the manifest). Here the worker is bundled once per set of options, with a
 * placeholder for its manifest, kept in `templateDir` (named by a hash of the options and
 * Workbox's version), and each build only writes its manifest into it. Files whose names carry
 * a hash of their content (Astro's bundles, Pagefind's index chunks, fragments and meta) are
 * listed without a revision, never read: their URL changes with their bytes. The rest (pages,
 * fonts cut to the site's glyphs under their original name, Pagefind's entry file and runtime)
 * carry an MD5 of their content as before.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { generateSW, type GenerateSWOptions } from 'workbox-build';

/** Largest site precached whole. */
export const PRECACHE_BUDGET = 30 * 1024 * 1024;
/** Larger files are left out, with a warning (Workbox's maximumFileSizeToCacheInBytes, as before). */
const MAX_FILE = 8 * 1024 * 1024;

const ASSETS = ['css', 'js', 'mjs', 'woff2', 'svg', 'json', 'webmanifest', 'xml', 'csv'];
const PAGEFIND_FILES = ['js', 'json', 'pf_meta', 'pf_index', 'pf_fragment', 'pagefind'];
// The one search index, for both interface languages.
const PAGEFIND = /^pagefind\//;
const SHELL = ['index.html', 'search/index.html', 'claims/index.html', 'fact-checks/index.html', 'people/index.html', 'methodology/index.html'];
const SHELL_PAGES = new Set([...SHELL, ...SHELL.map((page) => `en/${page}`), '404.html', 'en/404/index.html']);
const IGNORED = [
  /^sw\.js$/,
  /^workbox-[^/]*\.js$/,
  // The JSON exports of articles and claims are for embedding elsewhere, not for reading offline.
  /^(articles|claims)\/[^/]*\.json$/,
  /^pagefind\/[^/]*-ui\.[^/]*$/,
  /^pagefind\/pagefind-(component|modular)-ui\.[^/]*$/,
  /^pagefind\/pagefind-highlight\.js$/,
];
/** Named by their content: Astro's bundles (not its fonts, rewritten in place by subset-fonts.ts) and Pagefind's chunks. */
const CONTENT_NAMED = [/^_astro\/.*\.(css|js|mjs|svg)$/, /^pagefind\/(fragment|index|filter)\//, /^pagefind\/pagefind\.[^/]+_[0-9a-f]+\.pf_meta$/];

const PLACEHOLDER = '__PRECACHE_MANIFEST__';
// A new object for each use: Workbox fills in defaults in the options it is given.
const options = () =>
  ({
    mode: 'production',
    inlineWorkboxRuntime: true,
    sourcemap: false,
    cleanupOutdatedCaches: true,
    skipWaiting: true,
    clientsClaim: true,
    // /articles/x/ is served from /articles/x/index.html; /search/?q=… from /search/index.html.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    // Pages not precached: the network first, the copy from the last visit when offline.
    runtimeCaching: [
      { urlPattern: ({ request }) => request.mode === 'navigate', handler: 'NetworkFirst', options: { cacheName: 'pages', networkTimeoutSeconds: 4 } },
    ],
  }) satisfies Partial<GenerateSWOptions>;

const extension = (path: string) => path.slice(path.lastIndexOf('.') + 1);

/**
 * The site's files (paths inside `outDir`), folder by folder, leaving out the top folders named in
 * `skip`: a generator, so that a caller may stop early.
 */
function* siteFiles(outDir: string, skip: ReadonlySet<string> = new Set()): Generator<string> {
  const folders = [''];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    for (const entry of readdirSync(join(outDir, folder), { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !(folder === '' && skip.has(entry.name))) folders.push(path);
      else if (entry.isFile()) yield path;
    }
  }
}

/**
 * The folders of one page per article, claim, person or report (and the English pages): in a
 * site above the budget, only their shell pages are precached, so they are not listed (hundreds
 * of thousands of files in a large archive). Their JSON files are not precached either (IGNORED).
 */
const PAGE_FOLDERS = new Set(['articles', 'claims', 'people', 'reports', 'page', 'fact-checks', 'en', 'og']);

/** What is precached: every file of a small site, else the shell and the whole Pagefind index. */
export function precached(outDir: string): { files: string[]; whole: boolean } {
  const kept = (path: string) => !IGNORED.some((pattern) => pattern.test(path));
  // Social cards (og/) are for other sites' link previews, never precached: they do not count.
  // The sizes are summed only up to the budget: a large site's files are not all listed.
  let size = 0;
  for (const path of siteFiles(outDir, new Set(['og']))) {
    size += statSync(join(outDir, path)).size;
    if (size > PRECACHE_BUDGET) break;
  }
  if (size <= PRECACHE_BUDGET) {
    const wanted = (path: string) => ['html', ...ASSETS, 'pf_meta', 'pf_index', 'pf_fragment', 'pagefind'].includes(extension(path));
    return { files: [...siteFiles(outDir)].filter((path) => kept(path) && wanted(path)).sort(), whole: true };
  }
  const wanted = (path: string) => ASSETS.includes(extension(path)) || (PAGEFIND.test(path) && PAGEFIND_FILES.includes(extension(path)));
  const shell = [...SHELL_PAGES].filter((page) => existsSync(join(outDir, page)));
  return { files: [...[...siteFiles(outDir, PAGE_FOLDERS)].filter((path) => kept(path) && wanted(path)), ...shell].sort(), whole: false };
}

/** The worker bundled once for these options and this Workbox, with a placeholder for its manifest. */
async function workerTemplate(templateDir: string, scratch: string): Promise<string> {
  const workbox = createRequire(import.meta.url)('workbox-build/package.json').version as string;
  const key = createHash('sha256')
    .update(
      `${workbox}\n${JSON.stringify(options())}\n${options()
        .runtimeCaching.map((r) => String(r.urlPattern))
        .join('\n')}`,
    )
    .digest('hex')
    .slice(0, 16);
  const file = join(templateDir, `sw-${key}.js`);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  mkdirSync(scratch, { recursive: true });
  await generateSW({
    ...options(),
    globDirectory: scratch,
    globPatterns: [],
    additionalManifestEntries: [{ url: PLACEHOLDER, revision: null }],
    swDest: join(scratch, 'sw.js'),
  });
  const template = readFileSync(join(scratch, 'sw.js'), 'utf8');
  if (!template.includes(`[{url:"${PLACEHOLDER}",revision:null}]`)) throw new Error('Workbox wrote its manifest in a form this build does not know');
  mkdirSync(templateDir, { recursive: true });
  writeFileSync(`${file}.tmp-${process.pid}`, template);
  renameSync(`${file}.tmp-${process.pid}`, file);
  return template;
}

/**
 * Writes `sw.js` into `outDir`. `templateDir` keeps the bundled worker between builds; `scratch`
 * is a folder of this build for Workbox's own files.
 */
export async function writeServiceWorker(
  outDir: string,
  templateDir: string,
  scratch: string,
): Promise<{ count: number; size: number; hashed: number; warnings: string[]; whole: boolean }> {
  const { files, whole } = precached(outDir);
  const warnings: string[] = [];
  const manifest: { url: string; revision: string | null }[] = [];
  let size = 0;
  let hashed = 0;
  for (const url of files) {
    const bytes = statSync(join(outDir, url)).size;
    if (bytes > MAX_FILE) {
      warnings.push(`${url} is ${bytes} bytes, more than ${MAX_FILE}: not precached`);
      continue;
    }
    size += bytes;
    const named = CONTENT_NAMED.some((pattern) => pattern.test(url));
    if (!named) hashed++;
    manifest.push({
      url,
      revision: named
        ? null
        : createHash('md5')
            .update(readFileSync(join(outDir, url)))
            .digest('hex'),
    });
  }
  const template = await workerTemplate(templateDir, scratch);
  writeFileSync(
    join(outDir, 'sw.js'),
    template.replace(`[{url:"${PLACEHOLDER}",revision:null}]`, () => JSON.stringify(manifest)),
  );
  return { count: manifest.length, size, hashed, warnings, whole };
}
