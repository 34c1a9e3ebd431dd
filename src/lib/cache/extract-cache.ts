/**
 * A per-article cache of the extract stage, so a rebuild after editing one article extracts
 * only that article. An entry is used only when everything the extraction read is unchanged:
 * the article itself, the editorial content it reads (people.yaml, entities.yaml), the people
 * known when it was extracted (those files' people plus the ones earlier articles introduced),
 * and the extractor's own code. The entry holds the whole extraction, people it introduced
 * included, so the pipeline merges a hit exactly as a fresh result.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../schemas/article.ts';
import { PROJECT_ROOT } from '../paths.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** A hash of the extractor's source code: any change to it invalidates every entry. */
let codeHash: string | undefined;
function extractorCode(): string {
  if (!codeHash) {
    const dirs = ['src/lib/extract', 'src/lib/text', 'src/lib/schemas', 'src/lib/ingest'].map((d) => join(PROJECT_ROOT, d));
    const files = dirs.flatMap((d) =>
      readdirSync(d, { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile())
        .map((f) => join(f.parentPath, f.name))
        .sort(),
    );
    codeHash = sha(files.map((f) => `${f}\n${readFileSync(f, 'utf8')}`).join('\n'));
  }
  return codeHash;
}

export class ExtractCache<T> {
  readonly #dir: string;
  readonly #contentKey: string;
  hits = 0;
  misses = 0;

  /** `contentKey`: the editorial content every extraction reads, as text. */
  constructor(dir: string, contentKey: string) {
    this.#dir = dir;
    this.#contentKey = contentKey;
    mkdirSync(dir, { recursive: true });
  }

  /**
   * The cached extraction of `article`, or `extract()` stored for next time. `known`: a digest of
   * the people known before it (the editorial ones are in the content key already).
   */
  get(article: Article, known: string, extract: () => T): T {
    const key = sha([extractorCode(), this.#contentKey, JSON.stringify(article), known].join('\n'));
    const file = join(this.#dir, `${article.id}.json`);
    try {
      const entry = JSON.parse(readFileSync(file, 'utf8')) as { key: string; value: T };
      if (entry.key === key) {
        this.hits++;
        return entry.value;
      }
    } catch {
      // No entry yet, or an unreadable one: extract again.
    }
    this.misses++;
    const value = extract();
    writeFileSync(file, JSON.stringify({ key, value }));
    return value;
  }
}
