/** Reading and writing content/claims.lock.json. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { problems, type Problem } from '../problems.ts';
import { ledgerSchema, type Ledger } from '../schemas/ledger.ts';

export const EMPTY_LEDGER: Ledger = { version: 1, claims: {} };

export function readLedger(path: string, shown: string): { ledger: Ledger; problems: Problem[] } {
  if (!existsSync(path)) return { ledger: EMPTY_LEDGER, problems: [] };
  try {
    const parsed = ledgerSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) return { ledger: parsed.data, problems: [] };
    return { ledger: EMPTY_LEDGER, problems: [problems.badLedger(shown, parsed.error.issues[0]?.message ?? 'invalid')] };
  } catch (error) {
    return { ledger: EMPTY_LEDGER, problems: [problems.badLedger(shown, error instanceof Error ? error.message : String(error))] };
  }
}

/** Sorted keys, one entry per line, so that a diff of the ledger reads well in review. */
export function writeLedger(path: string, ledger: Ledger): void {
  const ids = Object.keys(ledger.claims).sort();
  const lines = ids.map((id) => `    ${JSON.stringify(id)}: ${JSON.stringify(ledger.claims[id])}`);
  writeFileSync(path, `{\n  "version": 1,\n  "claims": {\n${lines.join(',\n')}\n  }\n}\n`);
}
