/**
 * Live editing: `npm run dev` shows a changed review, a changed, added or deleted seed without
 * a restart, and one edit runs the pipeline once (the loader logs `pipeline run N`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEED_003 } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const CLAIM = 'hyth-yhtl-almrtba-althanya-ashra-a2e9be';
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Fetches `path` until `accept(status, body)` holds or `ms` pass. */
async function poll(path: string, accept: (status: number, body: string) => boolean, ms: number): Promise<{ status: number; body: string }> {
  const until = Date.now() + ms;
  let last = { status: 0, body: '' };
  while (Date.now() < until) {
    try {
      const response = await fetch(base + path);
      last = { status: response.status, body: await response.text() };
      if (accept(last.status, last.body)) return last;
    } catch {
      // the server is still starting
    }
    await sleep(300);
  }
  return last;
}

let dev: ChildProcess;
let base: string;
let output = '';
const seeds = tempDir('dev-seeds');
const content = tempDir('dev-content');

/** The last `pipeline run N` the dev server logged. */
const runs = () => Math.max(0, ...[...output.matchAll(/pipeline run (\d+)/g)].map((m) => Number(m[1])));

/** Waits until no new run has been logged for `quietMs`. */
async function settle(quietMs = 2_000): Promise<number> {
  let seen = runs();
  for (;;) {
    await sleep(quietMs);
    if (runs() === seen) return seen;
    seen = runs();
  }
}

beforeAll(async () => {
  cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    // The dev server as an editor starts it: without the test runner's own variables. No
    // extraction cache, so the temporary seeds leave nothing in .cache/.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|TEST|NODE_ENV|NODE_OPTIONS)/.test(k))),
      CLAIMS_SEEDS_DIR: seeds,
      CLAIMS_CONTENT_DIR: content,
      CLAIMS_CACHE: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [dev.stdout, dev.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      output += chunk;
      if (process.env.DEBUG_DEV) process.stderr.write(chunk);
    });
  }
});

afterAll(() => {
  dev?.kill();
});

describe('npm run dev', () => {
  it('shows a changed review without a restart', async () => {
    const first = await poll(`/claims/${CLAIM}/`, (s, b) => s === 200 && b.includes('غلوبال فايربور'), 60_000);
    expect(first.body.includes('غلوبال فايربور'), 'the claim page shows its review').toBe(true);
    const file = join(content, 'reviews', `${CLAIM}.md`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: .*$/m, 'summary: خلاصة عدّلها المحرر للتو.'));
    const after = await poll(`/claims/${CLAIM}/`, (s, b) => s === 200 && b.includes('خلاصة عدّلها المحرر للتو.'), 30_000);
    expect(after.body.includes('خلاصة عدّلها المحرر للتو.'), 'the claim page shows the edited summary').toBe(true);
  }, 120_000);

  it('runs the pipeline once for one seed edit, and shows the edit', async () => {
    const before = await settle();
    expect(before).toBeGreaterThan(0);
    const file = join(seeds, SEED_003.replace('seeds/', ''));
    const added = 'وأعلنت البلدية افتتاح حديقة عامة تضم 40 شجرة زيتون';
    // The page marks the announced event as a claim (the speaker's words stay outside the
    // mark), so the words are looked for inside the claim, without the stop.
    const marked = 'حديقة عامة تضم 40 شجرة زيتون';
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${added}.\n`);
    const page = await poll('/articles/003_099b512de9b6ebb4/', (s, b) => s === 200 && b.includes(marked), 30_000);
    expect(page.body.includes(marked), 'the article page shows the added sentence').toBe(true);
    expect(await settle()).toBe(before + 1);
  }, 120_000);

  it('shows an added seed, and drops it when it is deleted, without a restart', async () => {
    const file = join(seeds, 'zz_new_bridge.txt');
    const title = 'افتتاح جسر جديد فوق الوادي';
    writeFileSync(file, `${title}\n\nوقال رئيس البلدية إن الجسر الجديد يختصر الطريق بين الضفتين بنحو 15 دقيقة.\n`);
    const shown = await poll('/articles/zz_new_bridge/', (s, b) => s === 200 && b.includes(title), 30_000);
    expect(shown.status).toBe(200);
    expect(shown.body.includes(title), 'the new article page shows its title').toBe(true);
    unlinkSync(file);
    const gone = await poll('/articles/zz_new_bridge/', (s) => s === 404, 30_000);
    expect(gone.status).toBe(404);
  }, 120_000);
});
