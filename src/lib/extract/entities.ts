/** Places and organisations (content/entities.yaml) and people mentioned in a text. */
import type { EntityMention } from '../schemas/claim.ts';
import type { EntityEntry } from '../schemas/people.ts';
import type { PeopleRegistry } from './people-registry.ts';
import { foldArabic } from '../text/arabic-fold.ts';
import { tokenize } from '../text/tokens.ts';

const PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'لل', 'بال', 'وال', 'فال', 'كال'];

export class Gazetteer {
  readonly #byPhrase = new Map<string, EntityEntry>();
  readonly #maxWords: number;

  constructor(entries: readonly EntityEntry[]) {
    for (const e of entries) for (const n of [e.name, ...e.aliases]) this.#byPhrase.set(foldArabic(n), e);
    this.#maxWords = Math.max(1, ...[...this.#byPhrase.keys()].map((k) => k.split(' ').length));
  }

  /** Entities named in `text`, each once, longest phrase first at each position. */
  find(text: string, people: PeopleRegistry): EntityMention[] {
    const found = new Map<string, EntityMention>();
    for (const m of people.mentions(text)) {
      const p = people.get(m.personId)!;
      found.set(p.id, { id: p.id, name: p.name, type: 'person' });
    }
    const words = tokenize(text).map((t) => t.folded);
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(this.#maxWords, words.length - i); n >= 1; n--) {
        const phrase = words.slice(i, i + n).join(' ');
        const entry = PREFIXES.map((p) => (phrase.startsWith(p) ? this.#lookup(phrase.slice(p.length), p) : undefined)).find(Boolean);
        if (entry) {
          found.set(entry.id, { id: entry.id, name: entry.name, type: entry.type });
          i += n - 1;
          break;
        }
      }
    }
    return [...found.values()];
  }

  #lookup(rest: string, prefix: string): EntityEntry | undefined {
    // "للجيش" is ل + الجيش with one lam dropped; "بالجيش" keeps its ال.
    if (prefix.endsWith('ال') || prefix === 'لل') return this.#byPhrase.get(`ال${rest}`) ?? this.#byPhrase.get(rest);
    return this.#byPhrase.get(rest);
  }
}
