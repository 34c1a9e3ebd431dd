/**
 * Who is who: people from content/people.yaml, plus people the extractor finds in the text
 * ("وزير الدفاع الليبي الأسبق، محمد البرغثي") and the bodies that speak in it ("وزارة الصحة",
 * marked `kind: 'institution'`). One person, one id, however the text names
 * them: every name, alias and role-alias maps to the same entry.
 */
import { foldArabic } from '../text/arabic-fold.ts';
import { shortHash } from '../text/hash.ts';
import { CONJUNCTIONS, PREPOSITIONS, procliticHeads } from '../text/clitics.ts';
import { slugify } from '../text/transliterate.ts';
import type { Person, PersonEntry } from '../schemas/people.ts';

export interface PersonMention {
  personId: string;
  start: number;
  end: number;
}

// Prefixes a name can carry in running text: و ف ب ل ك and two of them (ول، فب), and لـ written
// apart; the longer first, so that "وب" is tried before "و".
const NAME_PREFIXES = [...procliticHeads({ conj: CONJUNCTIONS, prep: PREPOSITIONS }), 'لـ'].sort((a, b) => b.length - a.length);
// The words of running text: runs of letters and their marks (tatweel and tashkeel included).
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * The pipeline keeps one registry per point in the article list and never changes it:
 * extraction works on a `draft()`, returns `draft.changedSince(registry)`, and the pipeline
 * goes on with `registry.with(changed)`. So each article sees everyone named before it, and a
 * person keeps one id across articles.
 */
export class PeopleRegistry {
  readonly #people = new Map<string, Person>();
  /** folded name or alias → person id */
  readonly #byName = new Map<string, string>();
  /** first word of a folded name → the most words a name starting with it has */
  readonly #firstWords = new Map<string, number>();
  /**
   * Who this registry knows, as a short hash chained through `with`: the extract cache keys an
   * article on it, in constant time per article instead of serialising every person each time.
   */
  #digest = '';

  constructor(entries: readonly PersonEntry[]) {
    for (const e of entries) {
      this.#add({
        id: e.id,
        name: e.name,
        ...(e.name_en && { nameEn: e.name_en }),
        ...(e.gender && { gender: e.gender }),
        ...(e.role && { role: e.role }),
        aliases: e.aliases,
        ...(e.kind === 'institution' && { kind: e.kind }),
        origin: 'editorial',
      });
    }
  }

  static #of(people: Iterable<Person>, digest: string): PeopleRegistry {
    const registry = new PeopleRegistry([]);
    for (const p of people) registry.#add(p);
    registry.#digest = digest;
    return registry;
  }

  #addName(folded: string, id: string): void {
    this.#byName.set(folded, id);
    const words = folded.split(' ');
    this.#firstWords.set(words[0]!, Math.max(this.#firstWords.get(words[0]!) ?? 0, words.length));
  }

  /** Changes whenever `with` adds or changes someone; the same for registries built alike. */
  get digest(): string {
    return this.#digest;
  }

  /** A working copy for one extraction: its people are copies, which `discover` may fill in. */
  draft(): PeopleRegistry {
    return PeopleRegistry.#of(
      [...this.#people.values()].map((p) => ({ ...p })),
      this.#digest,
    );
  }

  /** The people of this draft that `base` lacks or knows with less (role, gender), in order. */
  changedSince(base: PeopleRegistry): Person[] {
    return this.all().filter((p) => {
      const before = base.get(p.id);
      return !before || before.role !== p.role || before.gender !== p.gender;
    });
  }

  /** A new registry: these people added, or replacing the entry with their id. */
  with(people: readonly Person[]): PeopleRegistry {
    if (people.length === 0) return this;
    const all = new Map(this.#people);
    for (const p of people) all.set(p.id, p);
    return PeopleRegistry.#of(all.values(), shortHash(`${this.#digest}\n${JSON.stringify(people)}`, 16));
  }

  #add(person: Person): void {
    this.#people.set(person.id, person);
    for (const n of [person.name, ...person.aliases]) this.#addName(foldArabic(n), person.id);
  }

  get(id: string): Person | undefined {
    return this.#people.get(id);
  }

  all(): Person[] {
    return [...this.#people.values()];
  }

  /** The person a name (or alias) refers to, if known. */
  lookup(name: string): Person | undefined {
    const id = this.#byName.get(foldArabic(name));
    return id === undefined ? undefined : this.#people.get(id);
  }

  /**
   * Registers a person (or, with `kind`, a body) found in the text, or returns the known one with
   * that name. A role or gender learnt from the text fills what the entry lacks; it never
   * overrides people.yaml.
   */
  discover(name: string, role: string | undefined, gender: 'm' | 'f' | undefined, kind: 'person' | 'institution' = 'person'): Person {
    const known = this.lookup(name);
    if (known) {
      if (!known.role && role) known.role = role;
      if (!known.gender && gender) known.gender = gender;
      return known;
    }
    let id = slugify(name, 4);
    for (let n = 2; this.#people.has(id); n++) id = `${slugify(name, 4)}-${n}`;
    const person: Person = {
      id,
      name,
      aliases: [],
      origin: 'extracted',
      ...(role && { role }),
      ...(gender && { gender }),
      ...(kind === 'institution' && { kind }),
    };
    this.#add(person);
    return person;
  }

  /**
   * Every mention of a known person in `text`, from the start, the longest name at each place,
   * not overlapping. A name is matched word by word on folded words (tashkeel, tatweel, alef and
   * hamza forms, final ى and ة do not matter), its words separated by spaces only, its first word
   * alone or after one of NAME_PREFIXES. Looked up word by word, not as one pattern of every name,
   * so the cost grows with the text, not with the number of people known (thousands in an archive).
   */
  mentions(text: string): PersonMention[] {
    const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
    const found: PersonMention[] = [];
    for (let i = 0; i < words.length; i++) {
      const hit = this.#nameAt(text, words, i);
      if (!hit) continue;
      found.push(hit.mention);
      i = hit.last;
    }
    return found;
  }

  /** The longest known name whose first word is words[i] (or words[i] without a prefix). */
  #nameAt(text: string, words: readonly { start: number; end: number; text: string }[], i: number) {
    const word = words[i]!;
    const starts = [{ skip: 0, first: foldArabic(word.text) }];
    for (const prefix of NAME_PREFIXES) {
      if (word.text.length > prefix.length && word.text.startsWith(prefix))
        starts.push({ skip: prefix.length, first: foldArabic(word.text.slice(prefix.length)) });
    }
    // The longest name wins; of two as long, the reading with no prefix, then with the longer one.
    let best: { mention: PersonMention; last: number; length: number } | undefined;
    for (const { skip, first } of starts) {
      const most = this.#firstWords.get(first);
      if (most === undefined) continue;
      let name = first;
      for (let n = 1; n <= most && i + n - 1 < words.length; n++) {
        const last = i + n - 1;
        if (n > 1) {
          // Words of a name are separated by white space only.
          if (!/^\s+$/.test(text.slice(words[last - 1]!.end, words[last]!.start))) break;
          name += ` ${foldArabic(words[last]!.text)}`;
        }
        const id = this.#byName.get(name);
        if (id && (!best || name.length > best.length))
          best = { mention: { personId: id, start: word.start + skip, end: words[last]!.end }, last, length: name.length };
      }
    }
    return best;
  }
}
