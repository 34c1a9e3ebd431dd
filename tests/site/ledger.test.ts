/**
 * Published claim URLs never break. After the test site is built (its ledger written), a seed
 * is edited — a paragraph added, one claim reworded, another deleted — and the site is built
 * again: every URL of the first ledger must answer with its claim or a page for its successors.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { writeLedger } from '../../src/lib/ledger/ledger-file.ts';
import { ledgerSchema, type Ledger } from '../../src/lib/schemas/ledger.ts';
import { claimUrl } from '../../src/lib/urls.ts';
import { page, textOf } from '../helpers/html.ts';
import { tempDir } from '../helpers/temp.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const before = ledgerSchema.parse(JSON.parse(readFileSync(inject('ledgerFile'), 'utf8')));
const SEED = '000_bc5bfdee50f0dc2c.txt';
const REWORDED = 'هذه الزيارة تمثل ردًا عمليًا';
const DELETED = 'ولا تقتصر قوة باكستان العسكرية على البعد النووي';

let after: Ledger;
let siteDir: string;
const idOf = (ledger: Ledger, words: string) => Object.entries(ledger.claims).find(([, e]) => e.quote.includes(words))![0];

const work = tempDir('claims-ledger');
beforeAll(() => {
  const seeds = join(work, 'seeds');
  cpSync(inject('seedsDir'), seeds, { recursive: true });
  const file = join(seeds, SEED);
  const lines = readFileSync(file, 'utf8').split('\n');
  const edited = lines
    // A new paragraph at the top…
    .flatMap((line, i) => (i === 5 ? ['وصل وفد عسكري جديد إلى بنغازي يوم الخميس في زيارة رسمية استمرت 3 أيام.', '', line] : [line]))
    // …one claim reworded slightly…
    .map((line) => line.replace('هذه الزيارة تمثل ردًا عمليًا على محاولات', 'هذه الزيارة تمثل ردًّا عمليًّا على محاولات'))
    // …and the paragraph of another deleted.
    .filter((line) => !line.startsWith(DELETED));
  writeFileSync(file, edited.join('\n'));
  const ledger = join(work, 'claims.lock.json');
  copyFileSync(inject('ledgerFile'), ledger);
  siteDir = join(work, 'dist');
  execFileSync(process.execPath, ['scripts/build.ts', '--seeds', seeds, '--out', siteDir, '--ledger', ledger], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  after = ledgerSchema.parse(JSON.parse(readFileSync(ledger, 'utf8')));
}, 120_000);

describe('the ledger of published claim ids', () => {
  it('keeps every entry, and adds the new claims', () => {
    for (const id of Object.keys(before.claims)) expect(after.claims[id], id).toBeDefined();
    expect(Object.keys(after.claims).length).toBeGreaterThan(Object.keys(before.claims).length);
  });

  it('every previously published URL still answers: the claim, or a page naming what became of it', () => {
    for (const [id, entry] of Object.entries(before.claims)) {
      const file = join(siteDir, 'claims', id, 'index.html');
      expect(existsSync(file), `${claimUrl(id)} answers`).toBe(true);
      const { document } = page(siteDir, `claims/${id}/index.html`);
      if (after.claims[id]!.status === 'live') expect(textOf(document.querySelector('blockquote'))).toBe(after.claims[id]!.quote);
      else expect(textOf(document.querySelector('blockquote'))).toBe(entry.quote);
    }
  });

  it('a slightly reworded claim keeps its id and its page shows the new words', () => {
    const id = idOf(before, REWORDED);
    expect(after.claims[id]!.status).toBe('live');
    // Its words before this edit join the quotes it had (the ledger may already hold older ones).
    expect(after.claims[id]!.previousQuotes?.at(-1)).toBe(before.claims[id]!.quote);
    expect(after.claims[id]!.quote).toContain('ردًّا عمليًّا');
  });

  it('a deleted claim keeps a page that says so', () => {
    const id = idOf(before, DELETED);
    expect(after.claims[id]).toMatchObject({ status: 'retired', reason: 'removed' });
    const { document } = page(siteDir, `claims/${id}/index.html`);
    expect(textOf(document.querySelector('h1'))).toBe('ادعاء لم يعد قائمًا بهذا الرابط');
    expect(textOf(document.querySelector('main'))).toContain('لم يعد هذا الادعاء في المقال');
  });

  it('other claims of the edited article keep their ids', () => {
    const live = Object.entries(before.claims).filter(([, e]) => e.articleId.startsWith('000') && !e.quote.includes(DELETED));
    for (const [id] of live) expect(after.claims[id]!.status, id).toBe('live');
  });
});

describe('a ledger that lost a published id (a merge that took one side, an entry deleted, the file deleted)', () => {
  // The test site and a copy of its ledger: the previous output, whose claim pages must stay.
  const lostWork = tempDir('claims-ledger-lost');
  const out = join(lostWork, 'dist');
  const ledgerFile = join(lostWork, 'claims.lock.json');
  const lostId = Object.keys(before.claims).sort()[0]!;
  const truncated: Ledger = { version: 1, claims: Object.fromEntries(Object.entries(before.claims).filter(([id]) => id !== lostId)) };
  const build = (env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['scripts/build.ts', '--seeds', inject('seedsDir'), '--content', inject('contentDir'), '--out', out, '--ledger', ledgerFile], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });

  it('with one entry removed, the build stops, naming the id and the fix, and the previous site stays', () => {
    cpSync(inject('siteDir'), out, { recursive: true });
    writeLedger(ledgerFile, truncated);
    const result = build();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^error \\S*claims\\.lock\\.json \\[ledger-lost-ids\\] .*${lostId}`, 'm'));
    expect(result.stderr).toContain(`CLAIMS_RETIRE=${lostId}`);
    expect(existsSync(join(out, 'claims', lostId, 'index.html'))).toBe(true);
  });

  it('with no ledger file, the build stops (ledger-missing)', () => {
    rmSync(ledgerFile, { force: true });
    const result = build();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\[ledger-missing\]/);
  });

  it('retired on purpose with CLAIMS_RETIRE, the build goes on and the id keeps its entry and its page', () => {
    writeLedger(ledgerFile, truncated);
    const result = build({ CLAIMS_RETIRE: lostId });
    expect(result.status, result.stderr).toBe(0);
    expect(ledgerSchema.parse(JSON.parse(readFileSync(ledgerFile, 'utf8'))).claims[lostId]).toBeDefined();
    expect(existsSync(join(out, 'claims', lostId, 'index.html'))).toBe(true);
  }, 180_000);
});
