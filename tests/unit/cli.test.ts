/** The commands editors run: problems come out as file:line, message and fix; never a stack trace. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_000 } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const run = (script: string, ...args: string[]) => runWith(undefined, script, ...args);
const runWith = (input: string | undefined, script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8', ...(input !== undefined && { input }) });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const STACK_FRAME = /^\s+at .+\(?.+:\d+:\d+\)?$/m;

const badFolder = () => {
  const dir = tempDir('bad-seeds');
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
    const out = tempDir('claims-data');
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
    for (const key of ['id', 'text', 'kind', 'speaker', 'attribution', 'start', 'end', 'checkworthiness', 'reasons', 'values'])
      expect(ranked).toHaveProperty(key);
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
    const content = tempDir('content');
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
    const out = join(tempDir('claims-out'), 'dist');
    const result = run('scripts/build.ts', '--seeds', dir, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\[empty-seed\]/);
    expect(result.stderr).toContain('The build stopped: fix the errors above and run it again.');
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(result.stdout).not.toContain('built ');
  });
});

describe('npm run claims -- review <claim-id>', () => {
  const claimId = 'lybya-tht-qyada-almshyr-khlyfa-e1a782';
  const content = () => {
    const dir = tempDir('content');
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    return dir;
  };

  it('writes a review filled from the claim, and will not overwrite it', () => {
    const dir = content();
    const first = run('src/cli/claims.ts', 'review', claimId, '--content', dir);
    expect(first.code).toBe(0);
    const text = readFileSync(join(dir, 'reviews', `${claimId}.md`), 'utf8');
    expect(text).toContain(`  id: ${claimId}`);
    expect(text).toContain('  quote: أن ليبيا تحت قيادة المشير خليفة حفتر ستكون «آمنة ومستقرة»');
    expect(text).toContain('# Said by: عاصم منير، قائد الجيش الباكستاني');
    expect(text).toContain('# Verdicts: accurate | mostly-accurate | misleading | false | unverifiable | opinion');
    // Until the editor fills it in, check says exactly what is missing.
    const check = run('src/cli/claims.ts', 'check', '--content', dir);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/reviews\/lybya-tht-qyada-almshyr-khlyfa-e1a782\.md:13 \[invalid-field\] summary: is empty\./);
    const again = run('src/cli/claims.ts', 'review', claimId, '--content', dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('[review-exists]');
    expect(readFileSync(join(dir, 'reviews', `${claimId}.md`), 'utf8')).toBe(text);
  });

  it('refuses an unknown id and names the closest ones', () => {
    const dir = content();
    const result = run('src/cli/claims.ts', 'review', claimId.slice(0, -1), '--content', dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Did you mean ${claimId},`);
    expect(existsSync(join(dir, 'reviews', `${claimId.slice(0, -1)}.md`))).toBe(false);
  });
});

describe('npm run claims -- check finds a planted error in each kind of file', () => {
  it('seed, sidecar, review, people, links and labels: each with its file and line', () => {
    const seeds = tempDir('seeds');
    cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
    writeFileSync(join(seeds, '000_bc5bfdee50f0dc2c.yaml'), 'outlet: x\npublished: 2025-02-30\n');
    writeFileSync(join(seeds, 'empty.txt'), '');
    const dir = tempDir('content');
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    const review = join(dir, 'reviews', 'hyth-yhtl-almrtba-althanya-ashra-a2e9be.md');
    writeFileSync(review, readFileSync(review, 'utf8').replace('verdict: accurate', 'verdict: acurate'));
    writeFileSync(join(dir, 'people.yaml'), readFileSync(join(dir, 'people.yaml'), 'utf8').replace('- id: khaled-haftar', '- id: Khaled Haftar'));
    writeFileSync(join(dir, 'links.yaml'), '- type: same\n  claims: [a-1]\n');
    writeFileSync(join(dir, 'claim-labels.yaml'), 'hyth-yhtl-almrtba-althanya-ashra-a2e9be:\n  english: x\n');
    const started = performance.now();
    const result = run('src/cli/claims.ts', 'check', '--seeds', seeds, '--content', dir);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n').filter((l) => l.startsWith('error'));
    const at = (pattern: RegExp) =>
      expect(
        lines.some((l) => pattern.test(l)),
        `${pattern} in\n${lines.join('\n')}`,
      ).toBe(true);
    at(/empty\.txt \[empty-seed\]/);
    at(/000_bc5bfdee50f0dc2c\.yaml:2 \[invalid-field\] published:/);
    at(/hyth-yhtl-almrtba-althanya-ashra-a2e9be\.md:5 \[invalid-field\] verdict:/);
    at(/people\.yaml:\d+ \[invalid-field\] \d+\.id:/);
    at(/links\.yaml:2 \[invalid-field\] 0\.claims:/);
    at(/claim-labels\.yaml:2 \[invalid-field\] hyth-yhtl-almrtba-althanya-ashra-a2e9be\.english: is not a known field/);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('npm run claims -- import <page.html>', () => {
  it('writes the seed and its sidecar, which then pass check; a second import is refused', () => {
    const seeds = tempDir('seeds');
    const page = 'tests/fixtures/import/with-json-ld.html';
    const first = run('src/cli/claims.ts', 'import', page, '--seeds', seeds);
    expect(first.code).toBe(0);
    const written = first.stdout
      .split('\n')
      .filter((l) => l.startsWith('wrote '))
      .map((l) => l.slice(6));
    expect(written.map((f) => f.replace(/^.*\//, ''))).toEqual([expect.stringMatching(/\.txt$/), expect.stringMatching(/\.yaml$/)]);
    // Checked on its own: the site's reviews belong to the site's seeds.
    const check = run('src/cli/claims.ts', 'check', '--seeds', seeds, '--content', tempDir('content'));
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^1 article\(s\) read, \d+ claim\(s\), no errors\./m);
    const again = run('src/cli/claims.ts', 'import', page, '--seeds', seeds);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('[import-exists]');
  });
});

describe('the commands read the ledger the build reads (src/lib/settings.ts)', () => {
  const claimId = 'lybya-tht-qyada-almshyr-khlyfa-e1a782';
  /** A copy of content/ whose ledger published that claim under an older id, as after a rewording. */
  const renamedContent = () => {
    const dir = tempDir('content');
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    const ledger = JSON.parse(readFileSync(join(dir, 'claims.lock.json'), 'utf8'));
    ledger.claims['kan-qdyman-abc123'] = ledger.claims[claimId];
    delete ledger.claims[claimId];
    writeFileSync(join(dir, 'claims.lock.json'), JSON.stringify(ledger));
    return dir;
  };

  it('`review <published-id>` works for a claim the ledger renamed, and `extract` prints that id', () => {
    const dir = renamedContent();
    const extract = run('src/cli/claims.ts', 'extract', SEED_000, '--content', dir);
    expect(extract.code, extract.stderr).toBe(0);
    const ids = JSON.parse(extract.stdout).articles[0].claims.map((c: { id: string }) => c.id);
    expect(ids).toContain('kan-qdyman-abc123');
    expect(ids).not.toContain(claimId);
    const review = run('src/cli/claims.ts', 'review', 'kan-qdyman-abc123', '--content', dir);
    expect(review.code, review.stderr).toBe(0);
    expect(readFileSync(join(dir, 'reviews', 'kan-qdyman-abc123.md'), 'utf8')).toContain('  id: kan-qdyman-abc123');
  });

  it('`check` refuses a ledger that lost a committed entry, naming the id, as the build does', () => {
    const dir = tempDir('content');
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir });
    git('init', '-q');
    git('add', 'claims.lock.json');
    git('commit', '-q', '-m', 'ledger');
    const ledger = JSON.parse(readFileSync(join(dir, 'claims.lock.json'), 'utf8'));
    delete ledger.claims[claimId];
    writeFileSync(join(dir, 'claims.lock.json'), JSON.stringify(ledger));
    const check = run('src/cli/claims.ts', 'check', '--content', dir);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(new RegExp(`^error \\S*claims\\.lock\\.json \\[ledger-lost-ids\\] .*${claimId}`, 'm'));
  });
});
