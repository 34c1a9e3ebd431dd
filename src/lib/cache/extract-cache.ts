/**
 * A per-article cache of the extract stage, so a rebuild after editing one article extracts
 * only that article. An entry is used only when everything the extraction read is unchanged:
 * the article itself, the people known when it was extracted (people.yaml, entities.yaml and
 * people found in earlier articles), and the extractor's own code. A hit replays the people
 * the article introduced, so later articles see the same register as without the cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../schemas/article.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Person } from '../schemas/people.ts';
import type { SentenceRecord } from '../extract/extract-claims.ts';
import type { PeopleRegistry } from '../extract/people-registry.ts';
import { PROJECT_ROOT } from '../paths.ts';

interface Entry {
  key: string;
  claims: Claim[];
  sentences: SentenceRecord[];
  /** People added or changed (role, gender) while extracting this article, in order. */
  people: Person[];
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** A hash of the extractor's source code: any change to it invalidates every entry. */
let codeHash: string | undefined;
function extractorCode(): string {
  if (!codeHash) {
    const dirs = ['src/lib/extract', 'src/lib/text', 'src/lib/schemas', 'src/lib/ingest'].map((d) => join(PROJECT_ROOT, d));
    const files = dirs.flatMap((d) => readdirSync(d).sort().map((f) => join(d, f)));
    codeHash = sha(files.map((f) => `${f}\n${readFileSync(f, 'utf8')}`).join('\n'));
  }
  return codeHash;
}

const snapshot = (registry: PeopleRegistry) => JSON.stringify(registry.all());

export class ExtractCache {
  readonly #dir: string;
  readonly #contentKey: string;
  hits = 0;
  misses = 0;

  constructor(dir: string, contentKey: string) {
    this.#dir = dir;
    this.#contentKey = contentKey;
    mkdirSync(dir, { recursive: true });
  }

  #key(article: Article, registry: PeopleRegistry): string {
    return sha([extractorCode(), this.#contentKey, JSON.stringify(article), snapshot(registry)].join('\n'));
  }

  /** The cached extraction, or the result of `extract()` stored for next time. */
  get(article: Article, registry: PeopleRegistry, extract: () => { claims: Claim[]; sentences: SentenceRecord[] }) {
    const key = this.#key(article, registry);
    const file = join(this.#dir, `${article.id}.json`);
    try {
      const entry = JSON.parse(readFileSync(file, 'utf8')) as Entry;
      if (entry.key === key) {
        for (const p of entry.people) {
          const person = registry.get(p.id) ?? registry.discover(p.name, p.role, p.gender);
          if (p.role && !person.role) person.role = p.role;
          if (p.gender && !person.gender) person.gender = p.gender;
        }
        this.hits++;
        return { claims: entry.claims, sentences: entry.sentences };
      }
    } catch {
      // No entry yet, or an unreadable one: extract again.
    }
    this.misses++;
    const before = new Map(registry.all().map((p) => [p.id, JSON.stringify(p)]));
    const result = extract();
    const people = registry.all().filter((p) => before.get(p.id) !== JSON.stringify(p));
    writeFileSync(file, JSON.stringify({ key, ...result, people } satisfies Entry));
    return result;
  }
}
