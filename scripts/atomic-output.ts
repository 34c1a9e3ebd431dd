/**
 * Atomic builds: the site is built into `<out>.tmp-<pid>`, a sibling of `<out>` (same disk, so
 * the final rename is instant), and swapped into place only when every step succeeded. A build
 * that fails or is stopped leaves the previous `<out>` as it was and removes its own folders;
 * those of a build that was killed outright are removed by the next build.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isAlive } from './build-lock.ts';

/** The folders of this build beside `out`: the site being built, and a scratch folder for TMPDIR. */
export function buildFolders(out: string) {
  const staging = `${out}.tmp-${process.pid}`;
  const scratch = `${staging}.scratch`;
  const remove = () => {
    for (const dir of [staging, scratch]) rmSync(dir, { recursive: true, force: true });
  };
  return { staging, scratch, remove };
}

/**
 * Removes what builds that died left beside `out`. An `<out>.old-<pid>` is a previous site
 * that was being replaced: when `out` itself is missing, it is put back.
 */
export function removeDeadBuilds(out: string): void {
  const parent = dirname(out);
  if (!existsSync(parent)) return;
  const pattern = new RegExp(`^${basename(out).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)(\\.scratch)?$`);
  for (const name of readdirSync(parent)) {
    const match = pattern.exec(name);
    if (!match || isAlive(Number(match[2]))) continue;
    const path = join(parent, name);
    if (match[1] === 'old' && !existsSync(out)) renameSync(path, out);
    else rmSync(path, { recursive: true, force: true });
  }
}

/** Puts the finished `staging` folder in the place of `out`: the old site goes only once the new one is there. */
export function swapInto(staging: string, out: string): void {
  const old = `${out}.old-${process.pid}`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(staging, out);
  rmSync(old, { recursive: true, force: true });
}

/**
 * Astro's incremental build restores an unchanged page by copying it from its cache
 * (`<cacheDir>/dist/`) into the output folder, unless the page is already there. Hard-linking
 * every page of the cache into the fresh staging folder first turns those copies into links: an
 * unchanged page's bytes are neither read nor written again, and the site shares its disk space
 * with the cache. Safe because a page Astro renders again is written to the output and to the
 * cache (the same file, the same bytes), and no later step writes pages in place (they write
 * their own folders: og/, pagefind/, sw.js). Pages of the cache the build no longer makes are
 * removed afterwards (`removeStalePages`). Returns the pages linked (paths inside `staging`).
 */
export function linkCachedPages(cacheDir: string, staging: string): string[] {
  const linked: string[] = [];
  for (const page of cachedPages(cacheDir)) {
    const target = join(staging, page);
    try {
      mkdirSync(dirname(target), { recursive: true });
      linkSync(join(cacheDir, 'dist', page), target);
      linked.push(page);
    } catch (error) {
      // Another disk (no hard links there): Astro copies, as without this step.
      if ((error as NodeJS.ErrnoException).code === 'EXDEV') break;
      // A page missing from the cache: Astro renders it.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return linked;
}

/**
 * Removes the linked pages the build did not make: not in Astro's new manifest, and not written
 * since `since` (a page rendered without a cache key is written, not recorded).
 */
export function removeStalePages(cacheDir: string, staging: string, linked: readonly string[], since: number): number {
  const kept = new Set(cachedPages(cacheDir));
  let removed = 0;
  for (const page of linked) {
    const file = join(staging, page);
    if (kept.has(page) || !existsSync(file) || statSync(file).mtimeMs >= since) continue;
    rmSync(file);
    removed++;
    // The page's folder too, once empty (/articles/<id>/ of a removed article).
    for (let dir = dirname(file); dir !== staging && readdirSync(dir).length === 0; dir = dirname(dir)) rmdirSync(dir);
  }
  return removed;
}

/** The output files Astro's incremental-build manifest records (Astro 7, experimental.incrementalBuild). */
function cachedPages(cacheDir: string): string[] {
  let manifest: { routes?: Record<string, { paths: Record<string, { outputFile: string }> }> };
  try {
    manifest = JSON.parse(readFileSync(join(cacheDir, 'incremental-build.json'), 'utf8'));
  } catch {
    return [];
  }
  return Object.values(manifest.routes ?? {}).flatMap((route) => Object.values(route.paths).map((p) => decodeURI(p.outputFile)));
}
