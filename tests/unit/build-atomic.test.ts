/**
 * Atomic builds (scripts/atomic-output.ts) and one build at a time (scripts/build-lock.ts):
 * the new site replaces the old only whole; what a killed build left is cleaned up; a second
 * build waits for the first, and takes over a lock whose process died.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeDeadBuilds, swapInto } from '../../scripts/atomic-output.ts';
import { isAlive, takeLock } from '../../scripts/build-lock.ts';
import { tempDir } from '../helpers/temp.ts';

/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

const site = (dir: string, text: string) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
};

describe('swapInto', () => {
  it('puts the new site in the place of the old one at once, and removes the old one apart', async () => {
    const parent = tempDir('swap');
    const out = join(parent, 'dist');
    site(out, 'old');
    site(`${out}.tmp-${process.pid}`, 'new');
    const removed = swapInto(`${out}.tmp-${process.pid}`, out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    await removed;
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
