/** Places and organisations (content/entities.yaml) and people mentioned in a text. */
import type { EntityMention } from '../schemas/claim.ts';
import type { EntityEntry } from '../schemas/people.ts';
import type { PeopleRegistry } from './people-registry.ts';
import { foldArabic } from '../text/arabic-fold.ts';
import { cliticReadings, CONJUNCTIONS, PREPOSITIONS, withArticle } from '../text/clitics.ts';
import type { Token } from '../text/tokens.ts';

/** A name may carry و/ف, ب/ل/ك and, behind them, ال: "وبليبيا", "للجيش" (ل + الجيش), "بالجيش". */
const NAME_CLITICS = { conj: CONJUNCTIONS, prep: PREPOSITIONS, article: 'after-prefix', minRest: 1, minCore: 1, minCoreAfterLil: 1 } as const;

/** Spellings of a folded first word to look up, the word itself first, then fewest letters taken off. */
const spellings = (word: string): string[] => [
  word,
  ...cliticReadings(word, NAME_CLITICS)
    .filter((r) => r.prefixLength > 0)
    .sort((a, b) => b.core.length - a.core.length)
    .flatMap((r) => (r.definite ? [withArticle(r), r.core] : [r.core])),
];

export class Gazetteer {
  readonly #byPhrase = new Map<string, EntityEntry>();
  readonly #maxWords: number;

  constructor(entries: readonly EntityEntry[]) {
    for (const e of entries) for (const n of [e.name, ...e.aliases]) this.#byPhrase.set(foldArabic(n), e);
    this.#maxWords = Math.max(1, ...[...this.#byPhrase.keys()].map((k) => k.split(' ').length));
  }

  /** Entities named in `text` (whose `tokens` the caller may have made), each once, longest phrase first at each position. */
  find(text: string, people: PeopleRegistry, tokens: readonly Token[]): EntityMention[] {
    const found = new Map<string, EntityMention>();
    for (const m of people.mentions(text)) {
      const p = people.get(m.personId)!;
      found.set(p.id, { id: p.id, name: p.name, type: p.kind === 'institution' ? 'organisation' : 'person' });
    }
    const words = tokens.map((t) => t.folded);
    for (let i = 0; i < words.length; i++) {
      const first = spellings(words[i]!);
      for (let n = Math.min(this.#maxWords, words.length - i); n >= 1; n--) {
        const tail = words
          .slice(i + 1, i + n)
          .map((w) => ` ${w}`)
          .join('');
        const hit = first.find((w) => this.#byPhrase.has(w + tail));
        const entry = hit === undefined ? undefined : this.#byPhrase.get(hit + tail);
        if (entry) {
          found.set(entry.id, { id: entry.id, name: entry.name, type: entry.type });
          i += n - 1;
          break;
        }
      }
    }
    return [...found.values()];
  }
}
