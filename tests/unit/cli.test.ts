/** The commands editors run: problems come out as file:line, message and fix; never a stack trace. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_000 } from '../helpers/seeds.ts';

const run = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const STACK_FRAME = /^\s+at .+\(?.+:\d+:\d+\)?$/m;

const badFolder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bad-seeds-'));
  copyFileSync(join(ROOT, SEED_000), join(dir, 'good.txt'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'good.yaml'), 'outlet: عربي21\npublished: yesterday\n');
  return dir;
};

describe('npm run claims -- check', () => {
  it('passes on the real seeds', () => {
    const result = run('src/cli/claims.ts', 'check');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('2 article(s) read, ');
  });

  it('lists every problem with file, line and fix, exits 1, and prints no stack trace', () => {
    const dir = badFolder();
    const result = run('src/cli/claims.ts', 'check', '--seeds', dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error \S*empty\.txt \[empty-seed\] The file is empty/m);
    expect(result.stderr).toMatch(/^error \S*good\.yaml:2 \[invalid-field\] published: is not a date/m);
    expect(result.stderr).toContain('  fix: ');
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it('answers bad usage with the usage line and exit code 2', () => {
    const result = run('src/cli/claims.ts', 'frobnicate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: npm run --silent claims --');
  });

  it('writes the data file with `data`', () => {
    const out = mkdtempSync(join(tmpdir(), 'claims-data-'));
    expect(run('src/cli/claims.ts', 'data', '--out', out).code).toBe(0);
    const articles = JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8'));
    expect(articles.map((a: { id: string }) => a.id)).toEqual(['000_bc5bfdee50f0dc2c', '003_099b512de9b6ebb4']);
  });
});

describe('npm run build', () => {
  it('stops before Astro on seed errors, with the same messages and no stack trace', () => {
    const dir = badFolder();
    const out = join(mkdtempSync(join(tmpdir(), 'claims-out-')), 'dist');
    const result = run('scripts/build.ts', '--seeds', dir, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\[empty-seed\]/);
    expect(result.stderr).toContain('The build stopped: fix the errors above and run it again.');
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(result.stdout).not.toContain('built ');
  });
});
