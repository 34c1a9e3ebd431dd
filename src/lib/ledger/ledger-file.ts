/** Reading and writing content/claims.lock.json. */
import { writeFileSync } from 'node:fs';
import { problems, type Problem } from '../problems.ts';
import { readTextInput } from '../read-input.ts';
import { ledgerSchema, type Ledger } from '../schemas/ledger.ts';

export const EMPTY_LEDGER: Ledger = { version: 1, claims: {} };

// The ledger grows with every published claim (about 150 bytes each): a limit far above the seeds'.
const LEDGER_MAX_BYTES = 64 * 1024 * 1024;

export function readLedger(path: string, shown: string): { ledger: Ledger; problems: Problem[] } {
  const read = readTextInput(path, { file: shown, maxBytes: LEDGER_MAX_BYTES });
  if (!read.ok) return { ledger: EMPTY_LEDGER, problems: read.missing ? [] : [read.problem] };
  try {
    const parsed = ledgerSchema.safeParse(JSON.parse(read.text));
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
