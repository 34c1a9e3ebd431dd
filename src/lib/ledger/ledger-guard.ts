/**
 * The ledger cannot lose a published id. Before a build (or `check`) uses the ledger, it is
 * compared with what was published already:
 *   - the ledger of the last commit (`git show HEAD:<ledger>`), when the ledger is in a git
 *     checkout (silently skipped otherwise: no checkout, no git, a file not committed yet);
 *   - the claim pages of the previous output (`<dist>/claims/<id>/index.html`).
 * An id found there but not in the ledger (a merge that took one side, an entry deleted by
 * hand, a ledger deleted) is an error naming the ids and the fix. Ids retired on purpose
 * (CLAIMS_RETIRE) are put back as retired entries instead, so their address keeps a page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { problems, type Problem } from '../problems.ts';
import { ledgerSchema, type Ledger, type LedgerEntry } from '../schemas/ledger.ts';

export interface LedgerGuard {
  /** The previous output folder (dist/): every claim page in it was published. */
  publishedDir?: string;
  /** Published ids that may leave the ledger: they come back as retired entries. */
  retire?: readonly string[];
}

type Known = Pick<LedgerEntry, 'articleId' | 'quote'> & Partial<LedgerEntry>;

/** The ledger of the last commit, or none (not a checkout, no git, not committed, unreadable). */
export function committedLedger(ledgerFile: string): Ledger | undefined {
  const dir = dirname(ledgerFile);
  if (!existsSync(dir)) return undefined;
  const shown = spawnSync('git', ['show', `HEAD:./${basename(ledgerFile)}`], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  if (shown.status !== 0) return undefined;
  try {
    return ledgerSchema.parse(JSON.parse(shown.stdout));
  } catch {
    return undefined;
  }
}

/** The claim ids a built site published (a page each), with the words its JSON export gives, when it does. */
export function publishedClaims(outDir: string): Map<string, Known> {
  const claimsDir = join(outDir, 'claims');
  const found = new Map<string, Known>();
  if (!existsSync(claimsDir)) return found;
  for (const entry of readdirSync(claimsDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || !existsSync(join(claimsDir, entry.name, 'index.html'))) continue;
    found.set(entry.name, exportedWords(join(claimsDir, `${entry.name}.json`)));
  }
  return found;
}

function exportedWords(file: string): Known {
  try {
    const claim = JSON.parse(readFileSync(file, 'utf8')) as { text?: unknown; article?: { id?: unknown } };
    if (typeof claim.text === 'string' && typeof claim.article?.id === 'string') return { articleId: claim.article.id, quote: claim.text };
  } catch {
    // A retired id's page has no JSON export: its words are not known here.
  }
  return { articleId: '', quote: '' };
}

/**
 * `ledger` checked against what was published. Returns the ledger to use (with the ids retired
 * on purpose put back) and an error when published ids are missing.
 */
export function guardLedger(ledger: Ledger, file: { path: string; shown: string; root: string }, guard: LedgerGuard): { ledger: Ledger; problems: Problem[] } {
  const committed = committedLedger(file.path);
  const published = guard.publishedDir ? publishedClaims(guard.publishedDir) : new Map<string, Known>();
  const before = new Map<string, Known>([...published, ...Object.entries(committed?.claims ?? {})]);
  const lost = [...before.keys()].filter((id) => !ledger.claims[id]);
  if (lost.length === 0) return { ledger, problems: [] };

  const retire = new Set(guard.retire ?? []);
  const kept: Ledger = { version: 1, claims: { ...ledger.claims } };
  for (const id of lost.filter((i) => retire.has(i))) kept.claims[id] = { ...before.get(id)!, status: 'retired', reason: 'removed', successors: [] };
  const missing = lost.filter((id) => !retire.has(id)).sort();
  if (missing.length === 0) return { ledger: kept, problems: [] };

  const where = [committed && 'the last commit', published.size > 0 && `${relative(file.root, guard.publishedDir!) || '.'}/`].filter(Boolean).join(' and ');
  const problem = existsSync(file.path) ? problems.ledgerLostIds(file.shown, missing, where) : problems.ledgerMissing(file.shown, missing, where);
  return { ledger: kept, problems: [problem] };
}
