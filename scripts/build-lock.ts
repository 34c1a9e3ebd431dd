/**
 * One build of the project at a time. Astro keeps work files in the project (.astro/), so two
 * builds at once break each other whatever their output folders, and two into one folder would
 * mix their files. The lock is a file holding the builder's pid: a second build waits for it,
 * then gives up with a message naming the pid; a lock left by a process that died is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../src/lib/paths.ts';

export const BUILD_LOCK = join(PROJECT_ROOT, '.cache', 'build.lock');

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Whether a process with this pid runs (EPERM: it does, as another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const holderOf = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

export type Lock = { release: () => void } | { heldBy: number };

/**
 * Takes the lock, waiting up to `waitMs` for a running holder (`onWait` is told its pid once).
 * Returns `release`, or the pid still holding it when the wait is over.
 */
export async function takeLock(file: string, waitMs: number, onWait: (pid: number) => void = () => {}): Promise<Lock> {
  mkdirSync(dirname(file), { recursive: true });
  const until = Date.now() + waitMs;
  let told = false;
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return { release: () => holderOf(file) === String(process.pid) && rmSync(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const text = holderOf(file);
    // Empty: its holder is writing its pid this very moment. Gone: released meanwhile.
    if (text === '' || text === undefined) {
      await sleep(20);
      continue;
    }
    const pid = Number(text);
    if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
      rmSync(file, { force: true });
      continue;
    }
    if (Date.now() >= until) return { heldBy: pid };
    if (!told) onWait(pid);
    told = true;
    await sleep(Math.min(1000, Math.max(0, until - Date.now())));
  }
}
