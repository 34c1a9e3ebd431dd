/** The commands editors run: problems come out as file:line, message and fix; never a stack trace. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_000 } from '../helpers/seeds.ts';

const run = (script: string, ...args: string[]) => runWith(undefined, script, ...args);
const runWith = (input: string | undefined, script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8', ...(input !== undefined && { input }) });
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

describe('npm run claims -- extract', () => {
  it('prints the documented JSON for the files given, on stdout only', () => {
    const result = run('src/cli/claims.ts', 'extract', SEED_000);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const output = JSON.parse(result.stdout);
    expect(output.version).toBe(1);
    expect(output.articles).toHaveLength(1);
    const [article] = output.articles;
    expect(Object.keys(article)).toEqual(['id', 'source', 'title', 'text', 'claims']);
    expect(article).toMatchObject({ id: '000_bc5bfdee50f0dc2c', source: SEED_000 });
    const ranked = article.claims.find((c: { text: string }) => c.text.includes('المرتبة الثانية عشرة'));
    for (const key of ['id', 'text', 'kind', 'speaker', 'attribution', 'start', 'end', 'checkworthiness', 'reasons', 'values']) expect(ranked).toHaveProperty(key);
    expect(article.text.slice(ranked.start, ranked.end)).toBe(ranked.text);
    const munir = article.claims.find((c: { text: string }) => c.text.includes('آمنة ومستقرة'));
    expect(munir.speaker).toEqual({ id: 'asim-munir', name: 'عاصم منير', role: 'قائد الجيش الباكستاني' });
  });

  it('reports a missing file and exits 1', () => {
    const result = run('src/cli/claims.ts', 'extract', 'seeds/nope.txt');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[seed-missing]');
    expect(result.stdout).toBe('');
  });
});

describe('npm run claims -- score', () => {
  it('prints score<TAB>label for each line of stdin, in order', () => {
    const lines = ['يحتل الجيش الباكستاني المرتبة الثانية عشرة عالميًا وفق تقارير عام 2025.', 'هل يستقوي على خصومه؟', '', 'صباح الخير يا أصدقائي'];
    const result = runWith(lines.join('\n'), 'src/cli/claims.ts', 'score');
    expect(result.code).toBe(0);
    const out = result.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(lines.length);
    for (const row of out) expect(row).toMatch(/^(0|1)\.\d{4}\t[01]$/);
    const [ranked, question] = out.map((r) => Number(r.split('\t')[0]));
    expect(ranked!).toBeGreaterThan(question!);
    expect(out[0]!.endsWith('\t1')).toBe(true);
  });
});

describe('content/ files', () => {
  it('a bad people.yaml is reported with file, line and fix', () => {
    const content = mkdtempSync(join(tmpdir(), 'content-'));
    writeFileSync(join(content, 'people.yaml'), '- id: ok-person\n  name: فلان\n- id: Bad Id\n  name: علان\n');
    const result = run('src/cli/claims.ts', 'check', '--content', content);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/people\.yaml:3 \[invalid-field\] 1\.id: must be lower-case letters/);
    expect(result.stderr).not.toMatch(STACK_FRAME);
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
