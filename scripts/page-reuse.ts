/**
 * The build's side of rebuilding only what changed (src/lib/render/changed-pages.ts): the keys
 * of the previous build's pages, kept beside Astro's cache of the output folder; the digest that
 * says whether they may be reused; and the hard links that put the previous site's unchanged
 * pages into the new one (same disk: a link, not a copy; the bytes are neither read nor written).
 */
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PageKeys } from '../src/lib/render/changed-pages.ts';
import { PROJECT_ROOT } from '../src/lib/paths.ts';

const KEYS_FILE = 'page-keys.json';
/** What the pages are made from besides their data: the code, its dependencies and config. */
const CODE = ['src', 'scripts', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
/** Variables that change how the build runs, not what a page holds. */
const TOOLING = new Set(['CLAIMS_BUILD_WAIT', 'CLAIMS_CARD_CACHE_DIR', 'CLAIMS_ASTRO_LOG']);

/** A digest of the code and the settings: pages of a build with another digest are never reused. */
export function buildDigest(env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const full = join(PROJECT_ROOT, path);
    if (!existsSync(full)) return;
    const files = statSync(full).isDirectory()
      ? readdirSync(full, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name))
          .sort()
      : [full];
    for (const file of files) hash.update(file.slice(PROJECT_ROOT.length)).update(readFileSync(file));
  };
  for (const path of CODE) add(path);
  const settings = Object.entries(env)
    .filter(([name]) => (name.startsWith('CLAIMS_') || name === 'SITE_URL') && !TOOLING.has(name))
    .sort(([a], [b]) => a.localeCompare(b));
  return hash.update(JSON.stringify(settings)).digest('hex').slice(0, 32);
}

/** The previous build's page keys, when it had the same digest; none otherwise. */
export function readPageKeys(cacheDir: string, digest: string): PageKeys | undefined {
  try {
    const saved = JSON.parse(readFileSync(join(cacheDir, KEYS_FILE), 'utf8')) as { digest?: string; keys?: PageKeys };
    return saved.digest === digest && saved.keys ? saved.keys : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps this build's page keys for the next one (once its site is in place). */
export function writePageKeys(cacheDir: string, digest: string, keys: PageKeys): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, KEYS_FILE), JSON.stringify({ digest, keys }));
}

/**
 * Hard-links each unchanged page of the previous site (`from`) into the new one (`to`). Safe
 * because no step of the build writes a page in place (later steps write their own folders:
 * og/, pagefind/, sw.js), so the previous site, still live, is never changed through a link.
 * On another disk (no hard links), the page is copied.
 */
export function linkUnchangedPages(from: string, to: string, files: readonly string[]): void {
  const made = new Set<string>();
  for (const file of files) {
    const target = join(to, file);
    const dir = dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    try {
      linkSync(join(from, file), target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      writeFileSync(target, readFileSync(join(from, file)));
    }
  }
}
