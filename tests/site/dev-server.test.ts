/** Live editing: `npm run dev` shows a changed review without a restart. */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/seeds.ts';

const CLAIM = 'hyth-yhtl-almrtba-althanya-ashra-a2e9be';
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Fetches `url` until `accept(body)` holds or `ms` pass. */
async function poll(url: string, accept: (body: string) => boolean, ms: number): Promise<string> {
  const until = Date.now() + ms;
  let body = '';
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      body = await response.text();
      if (response.ok && accept(body)) return body;
    } catch {
      // the server is still starting
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return body;
}

let dev: ChildProcess;
let url: string;
const content = mkdtempSync(join(tmpdir(), 'content-'));

beforeAll(async () => {
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const port = await freePort();
  url = `http://127.0.0.1:${port}/claims/${CLAIM}/`;
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    // The dev server as an editor starts it: without the test runner's own variables.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|TEST|NODE_ENV|NODE_OPTIONS)/.test(k))),
      CLAIMS_CONTENT_DIR: content,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', process.env.DEBUG_DEV ? 'inherit' : 'ignore', process.env.DEBUG_DEV ? 'inherit' : 'ignore'],
  });
});

afterAll(() => {
  dev?.kill();
});

describe('npm run dev', () => {
  it('shows a changed review without a restart', async () => {
    const first = await poll(url, (b) => b.includes('غلوبال فايربور'), 60_000);
    expect(first).toContain('غلوبال فايربور');
    const file = join(content, 'reviews', `${CLAIM}.md`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: .*$/m, 'summary: خلاصة عدّلها المحرر للتو.'));
    const after = await poll(url, (b) => b.includes('خلاصة عدّلها المحرر للتو.'), 30_000);
    expect(after).toContain('خلاصة عدّلها المحرر للتو.');
  }, 120_000);
});
