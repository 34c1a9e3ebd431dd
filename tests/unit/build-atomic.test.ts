/**
 * Atomic builds (scripts/atomic-output.ts) and one build at a time (scripts/build-lock.ts):
 * the new site replaces the old only whole; what a killed build left is cleaned up; a second
 * build waits for the first, and takes over a lock whose process died.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkCachedPages, removeDeadBuilds, removeStalePages, swapInto } from '../../scripts/atomic-output.ts';
import { isAlive, takeLock } from '../../scripts/build-lock.ts';
import { tempDir } from '../helpers/temp.ts';

/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

const site = (dir: string, text: string) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
};

describe('swapInto', () => {
  it('puts the new site in the place of the old one, and leaves nothing beside it', () => {
    const parent = tempDir('swap');
    const out = join(parent, 'dist');
    site(out, 'old');
    site(`${out}.tmp-${process.pid}`, 'new');
    swapInto(`${out}.tmp-${process.pid}`, out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});

describe('removeDeadBuilds', () => {
  it('removes the folders of builds that died, puts back a site that was being replaced, and keeps those of running builds', () => {
    const parent = tempDir('dead-builds');
    const out = join(parent, 'dist');
    const dead = deadPid();
    site(`${out}.tmp-${dead}`, 'half');
    mkdirSync(`${out}.tmp-${dead}.scratch`);
    site(`${out}.old-${dead}`, 'previous');
    site(`${out}.tmp-${process.pid}`, 'running');
    site(join(parent, 'other.tmp-1'), 'not ours');
    removeDeadBuilds(out);
    expect(readdirSync(parent).sort()).toEqual(['dist', `dist.tmp-${process.pid}`, 'other.tmp-1']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous');
  });
});

/** An Astro cache (incremental-build manifest + its copies of the pages) holding `pages`. */
const astroCache = (dir: string, pages: string[]) => {
  const paths = Object.fromEntries(pages.map((p) => [`/${p}`, { cacheKey: p, outputFile: p }]));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'incremental-build.json'), JSON.stringify({ version: 1, routes: { 'src/pages/x.astro': { dependencyHash: '', paths } } }));
  for (const page of pages) site(join(dir, 'dist', page, '..'), `cached ${page}`);
};

describe('linkCachedPages and removeStalePages', () => {
  it('links the cached pages into the staging folder, then removes those the build no longer made, folders included', () => {
    const parent = tempDir('link-pages');
    const cache = join(parent, 'cache');
    const staging = join(parent, 'staging');
    astroCache(cache, ['articles/a/index.html', 'articles/b/index.html', 'claims/c/index.html']);
    const linked = linkCachedPages(cache, staging);
    expect(linked.sort()).toEqual(['articles/a/index.html', 'articles/b/index.html', 'claims/c/index.html']);
    expect(readFileSync(join(staging, 'articles/a/index.html'), 'utf8')).toBe('cached articles/a/index.html');
    expect(statSync(join(staging, 'articles/a/index.html')).ino).toBe(statSync(join(cache, 'dist/articles/a/index.html')).ino);

    // The build: article b is gone from the manifest; claim c is no longer recorded but was written again.
    const since = Date.now();
    utimesSync(join(staging, 'articles/b/index.html'), new Date(since - 60_000), new Date(since - 60_000));
    astroCache(cache, ['articles/a/index.html']);
    writeFileSync(join(staging, 'claims/c/index.html'), 'rendered again');
    utimesSync(join(staging, 'claims/c/index.html'), new Date(since + 1000), new Date(since + 1000));
    utimesSync(join(staging, 'articles/a/index.html'), new Date(since - 60_000), new Date(since - 60_000));
    expect(removeStalePages(cache, staging, linked, since)).toBe(1);
    expect(existsSync(join(staging, 'articles/b'))).toBe(false);
    expect(readdirSync(join(staging, 'articles'))).toEqual(['a']);
    expect(readFileSync(join(staging, 'claims/c/index.html'), 'utf8')).toBe('rendered again');
  });

  it('links nothing without a manifest (a first build)', () => {
    const parent = tempDir('link-pages');
    expect(linkCachedPages(join(parent, 'cache'), join(parent, 'staging'))).toEqual([]);
  });
});

describe('takeLock', () => {
  it('a second taker waits, is told who holds the lock, and gets it once released', async () => {
    const file = join(tempDir('lock'), 'build.lock');
    const first = await takeLock(file, 0);
    if (!('release' in first)) throw new Error('the first build did not get the lock');
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    expect(await takeLock(file, 0)).toEqual({ heldBy: process.pid });

    const told: number[] = [];
    setTimeout(first.release, 300);
    const second = await takeLock(file, 5_000, (pid) => told.push(pid));
    expect('release' in second).toBe(true);
    expect(told).toEqual([process.pid]);
    if ('release' in second) second.release();
    expect(existsSync(file)).toBe(false);
  });

  it('takes over a lock left by a process that died', async () => {
    const file = join(tempDir('lock'), 'build.lock');
    const dead = deadPid();
    expect(isAlive(dead)).toBe(false);
    writeFileSync(file, String(dead));
    const lock = await takeLock(file, 0);
    expect('release' in lock).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
  });
});
