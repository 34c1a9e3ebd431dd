/**
 * Builds are atomic (scripts/build.ts): a build stopped half-way leaves the previous site as it
 * was, and nothing beside it; two builds into one folder at once both succeed, one after the
 * other, and the folder then holds one whole site.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/seeds.ts';
import { snapshot } from '../helpers/site-files.ts';
import { tempDir } from '../helpers/temp.ts';

const work = tempDir('atomic-build');
const out = join(work, 'dist');
const ledger = join(work, 'claims.lock.json');
cpSync(inject('siteDir'), out, { recursive: true });
copyFileSync(inject('ledgerFile'), ledger);
// The builds' own system temp folder: Workbox writes its temporary sw.js there unless the build
// gives it a scratch folder of its own.
const buildTmp = tempDir('atomic-build-tmp');

const startBuild = () => {
  const args = ['scripts/build.ts', '--seeds', inject('seedsDir'), '--content', inject('contentDir'), '--out', out, '--ledger', ledger];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, TMPDIR: buildTmp }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<{ code: number | null; output: string }>((done) => child.on('close', (code) => done({ code, output })));
  return { child, exit };
};

const leftovers = () => readdirSync(work).filter((name) => /\.(tmp|old)-\d+/.test(name));

async function whenExists(path: string, child: ChildProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!existsSync(path)) {
    if (Date.now() > until || child.exitCode !== null) throw new Error(`${path} never appeared`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('an atomic build', () => {
  it('stopped half-way, leaves the previous site as it was and no temporary folder', async () => {
    const before = snapshot(out);
    const { child, exit } = startBuild();
    // Astro has started writing the new site into its temporary folder.
    await whenExists(`${out}.tmp-${child.pid}`, child, 180_000).catch(async (error) => {
      throw new Error(`${error}: ${(await exit).output}`);
    });
    child.kill('SIGTERM');
    const { code, output } = await exit;
    expect(code, output).toBe(143);
    expect(output).toContain('was left as it was');
    expect(snapshot(out)).toEqual(before);
    expect(leftovers()).toEqual([]);
  }, 240_000);

  it('two builds into one folder at once: the second waits, both succeed, the folder holds one whole site, nothing is left in TMPDIR', async () => {
    const [a, b] = [startBuild(), startBuild()];
    const results = await Promise.all([a.exit, b.exit]);
    for (const { code, output } of results) expect(code, output).toBe(0);
    expect(results.map((r) => r.output).join('\n')).toMatch(/waiting for the build of process \d+ to finish/);
    for (const file of ['index.html', 'sw.js', 'pagefind/pagefind.js', 'en/search/index.html']) expect(existsSync(join(out, file)), file).toBe(true);
    // The sites replaced are removed by a process of their own, after the build (scripts/atomic-output.ts).
    await expect.poll(leftovers, { timeout: 30_000, interval: 100 }).toEqual([]);
    expect(readdirSync(buildTmp)).toEqual([]);
  }, 400_000);
});
