/**
 * The ledger cannot lose a published id (src/lib/ledger/ledger-guard.ts): a ledger with an
 * entry removed, or no ledger, is refused when the last commit or the previous output had the
 * id; CLAIMS_RETIRE retires ids on purpose, and they keep a page.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeLedger } from '../../src/lib/ledger/ledger-file.ts';
import { guardLedger } from '../../src/lib/ledger/ledger-guard.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import type { Ledger } from '../../src/lib/schemas/ledger.ts';
import { ROOT } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const entry = (quote: string) => ({ articleId: 'art-1', quote, status: 'live' as const });
const PUBLISHED: Ledger = {
  version: 1,
  claims: { 'wsl-alwfd-111111': entry('وصل الوفد إلى طرابلس مساء الأحد'), 'artfa-alsar-222222': entry('ارتفع سعر الخبز ثلاثة أضعاف خلال عام') },
};
const without = (ledger: Ledger, id: string): Ledger => ({ version: 1, claims: Object.fromEntries(Object.entries(ledger.claims).filter(([k]) => k !== id)) });

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir, stdio: 'ignore' });

/** A git checkout whose last commit holds PUBLISHED as its ledger. */
function checkout(): { dir: string; file: { path: string; shown: string; root: string } } {
  const dir = tempDir('ledger-git');
  git(dir, 'init', '-q');
  writeLedger(join(dir, 'claims.lock.json'), PUBLISHED);
  git(dir, 'add', 'claims.lock.json');
  git(dir, 'commit', '-q', '-m', 'ledger');
  return { dir, file: { path: join(dir, 'claims.lock.json'), shown: 'content/claims.lock.json', root: dir } };
}

/** A built site that published these claims: a page and a JSON export each. */
function previousOutput(ledger: Ledger): string {
  const out = tempDir('ledger-dist');
  for (const [id, e] of Object.entries(ledger.claims)) {
    mkdirSync(join(out, 'claims', id), { recursive: true });
    writeFileSync(join(out, 'claims', id, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(out, 'claims', `${id}.json`), JSON.stringify({ id, text: e.quote, article: { id: e.articleId } }));
  }
  return out;
}

describe('guardLedger against the last commit', () => {
  it('refuses a ledger that lost an entry, naming the id, the file and the fix', () => {
    const { file } = checkout();
    const lost = without(PUBLISHED, 'artfa-alsar-222222');
    writeLedger(file.path, lost);
    const { problems } = guardLedger(lost, file, {});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'ledger-lost-ids', severity: 'error', file: 'content/claims.lock.json' });
    expect(problems[0]!.message).toContain('artfa-alsar-222222');
    expect(problems[0]!.message).toContain('the last commit');
    expect(problems[0]!.hint).toContain('CLAIMS_RETIRE=artfa-alsar-222222');
  });

  it('refuses a ledger that vanished', () => {
    const { dir, file } = checkout();
    git(dir, 'rm', '-q', 'claims.lock.json');
    const { problems } = guardLedger({ version: 1, claims: {} }, file, {});
    expect(problems.map((p) => p.code)).toEqual(['ledger-missing']);
    expect(problems[0]!.message).toContain('2 claim id(s)');
  });

  it('accepts a ledger that only gained entries', () => {
    const { file } = checkout();
    const grown: Ledger = { version: 1, claims: { ...PUBLISHED.claims, 'jdyd-333333': entry('افتتح الوزير المستشفى الجديد') } };
    expect(guardLedger(grown, file, {}).problems).toEqual([]);
  });

  it('puts ids retired on purpose back as retired entries, with their last words', () => {
    const { file } = checkout();
    const lost = without(PUBLISHED, 'artfa-alsar-222222');
    const { ledger, problems } = guardLedger(lost, file, { retire: ['artfa-alsar-222222'] });
    expect(problems).toEqual([]);
    expect(ledger.claims['artfa-alsar-222222']).toEqual({ ...PUBLISHED.claims['artfa-alsar-222222'], status: 'retired', reason: 'removed', successors: [] });
  });
});

describe('guardLedger against the previous output', () => {
  it('refuses a ledger missing an id that the previous dist/ has a page for', () => {
    const out = previousOutput(PUBLISHED);
    const dir = tempDir('ledger-nogit');
    const file = { path: join(dir, 'claims.lock.json'), shown: 'claims.lock.json', root: dir };
    writeLedger(file.path, without(PUBLISHED, 'wsl-alwfd-111111'));
    const { problems } = guardLedger(without(PUBLISHED, 'wsl-alwfd-111111'), file, { publishedDir: out });
    expect(problems.map((p) => [p.code, p.file])).toEqual([['ledger-lost-ids', 'claims.lock.json']]);
    expect(problems[0]!.message).toContain('wsl-alwfd-111111');
  });

  it('outside a checkout and with no previous output (a first build), there is nothing to lose', () => {
    const dir = tempDir('ledger-first');
    const file = { path: join(dir, 'claims.lock.json'), shown: 'claims.lock.json', root: dir };
    expect(guardLedger({ version: 1, claims: {} }, file, { publishedDir: join(dir, 'dist') }).problems).toEqual([]);
  });
});

describe('the pipeline with the guard', () => {
  const seedsDir = join(ROOT, 'seeds');
  const contentDir = join(ROOT, 'content');

  it('a reworded claim whose entry was removed would lose its address: refused; retired on purpose, the address keeps a page', () => {
    const site = JSON.parse(readFileSync(join(ROOT, 'content/claims.lock.json'), 'utf8')) as Ledger;
    // One claim published under an older id (its words were reworded since): only its ledger
    // entry ties the claim to that address.
    const [fresh, words] = Object.entries(site.claims)[0]!;
    const id = 'kan-qdyman-999999';
    const full: Ledger = { version: 1, claims: { ...without(site, fresh).claims, [id]: words } };
    const out = previousOutput(full);
    const dir = tempDir('ledger-pipeline');
    const ledgerFile = join(dir, 'claims.lock.json');
    const addresses = (r: ReturnType<typeof runPipeline>) => [...r.claims.map((c) => c.id), ...r.retired.map((c) => c.id)];

    writeLedger(ledgerFile, full);
    expect(addresses(runPipeline({ seedsDir, contentDir, root: dir, ledgerFile }))).toContain(id);
    writeLedger(ledgerFile, without(full, id));
    expect(addresses(runPipeline({ seedsDir, contentDir, root: dir, ledgerFile }))).not.toContain(id);

    const refused = runPipeline({ seedsDir, contentDir, root: dir, ledgerFile, ledgerGuard: { publishedDir: out, retire: [] } });
    expect(refused.problems.filter((p) => p.code === 'ledger-lost-ids').map((p) => p.file)).toEqual(['claims.lock.json']);

    const retired = runPipeline({ seedsDir, contentDir, root: dir, ledgerFile, ledgerGuard: { publishedDir: out, retire: [id] } });
    expect(retired.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(retired.retired.map((r) => r.id)).toContain(id);
  });
});
