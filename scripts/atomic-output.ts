/**
 * Atomic builds: the site is built into `<out>.tmp-<pid>`, a sibling of `<out>` (same disk, so
 * the final rename is instant), and swapped into place only when every step succeeded. A build
 * that fails or is stopped leaves the previous `<out>` as it was and removes its own folders;
 * those of a build that was killed outright are removed by the next build.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
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
    else rmSync(path, { recursive: true, force: true, maxRetries: 3 });
  }
}

/**
 * Puts the finished `staging` folder in the place of `out`: the old site goes only once the new
 * one is there. The new site is in place after two renames; the old one (hundreds of thousands of
 * files in a large archive: a minute and more) is removed by a process of its own, so the build
 * is done when its site is. A removal that is stopped is finished by the next build
 * (`removeDeadBuilds`; both may remove the same folder at once: each skips what the other took).
 * Returns that process's end, for those who must wait for it (tests).
 */
export function swapInto(staging: string, out: string): Promise<void> {
  const old = `${out}.old-${process.pid}`;
  const hadSite = existsSync(out);
  if (hadSite) renameSync(out, old);
  renameSync(staging, out);
  if (!hadSite) return Promise.resolve();
  const remover = spawn(process.execPath, ['-e', REMOVE, old], { detached: true, stdio: 'ignore' });
  remover.unref();
  return new Promise((done) => remover.once('exit', () => done()).once('error', () => done()));
}

const REMOVE = "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 })";
