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

// Prefixes a name can carry in running text: و ف ب ل ك and two of them (ول، فب), and لـ written apart.
const NAME_PREFIX = `(?:${[...procliticHeads({ conj: CONJUNCTIONS, prep: PREPOSITIONS }), 'لـ'].join('|')})?`;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Arabic letters and their marks in between the letters of a name: tashkeel may appear anywhere.
const MARKS = '[\\u064B-\\u065F\\u0670\\u0640]*';

/** A regex for a phrase that tolerates tashkeel, tatweel and alef/hamza variants. */
function phrasePattern(phrase: string): string {
  return [...foldArabic(phrase)]
    .map((c) => {
      if (c === ' ') return '\\s+';
      if (c === 'ا') return `[اأإآٱ]${MARKS}`;
      if (c === 'ه') return `[هة]${MARKS}`;
      if (c === 'ي') return `[يى]${MARKS}`;
      return `${escapeRegExp(c)}${MARKS}`;
    })
    .join('');
}

/**
 * The words of a folded text, with ى and ة read as ي and ه anywhere (a name's regex allows both
 * anywhere; folding only changes them at a word's end): a name's first two words among a
 * text's words means the name may be there.
 */
const words = (folded: string) =>
  folded
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .split(/[^\p{L}\p{M}]+/u);

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
  /** first two words of a name (loosely folded) → the folded names they start */
  readonly #byHead = new Map<string, string[]>();
  /** folded name → the order it was added in */
  readonly #rank = new Map<string, number>();
  /** matchers of the few names a text may hold, by those names */
  readonly #matchers = new Map<string, RegExp>();
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
    for (const n of [person.name, ...person.aliases]) {
      const folded = foldArabic(n);
      if (!this.#byName.has(folded)) {
        this.#rank.set(folded, this.#rank.size);
        const head = words(folded).slice(0, 2).join(' ');
        this.#byHead.set(head, [...(this.#byHead.get(head) ?? []), folded]);
      }
      this.#byName.set(folded, person.id);
    }
    this.#matchers.clear();
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
   * Every mention of a known person in `text`, longest names first, not overlapping. One regex
   * of every known name would cost the text's length times the number of names (an archive
   * knows thousands): the regex holds only the names whose first two words are in the text, the
   * first with or without the one or two letters of a prefix.
   */
  mentions(text: string): PersonMention[] {
    const found = words(foldArabic(text));
    const heads = new Set(['', ...found.flatMap((w, i) => [w, w.slice(1), w.slice(2)].flatMap((v) => [v, `${v} ${found[i + 1] ?? ''}`]))]);
    const names = [...heads].flatMap((w) => this.#byHead.get(w) ?? []);
    if (names.length === 0) return [];
    // Longest first; equal lengths in the order they were added, as one regex of every name had them.
    names.sort((a, b) => b.length - a.length || this.#rank.get(a)! - this.#rank.get(b)!);
    const key = names.join('\n');
    let matcher = this.#matchers.get(key);
    if (!matcher) {
      matcher = new RegExp(`(?<![\\p{L}\\p{M}])${NAME_PREFIX}(${names.map(phrasePattern).join('|')})(?![\\p{L}\\p{M}])`, 'gu');
      if (this.#matchers.size > 1000) this.#matchers.clear();
      this.#matchers.set(key, matcher);
    }
    const mentions: PersonMention[] = [];
    for (const m of text.matchAll(matcher)) {
      const name = m[1]!;
      const start = m.index + m[0].length - name.length;
      const id = this.#byName.get(foldArabic(name));
      if (id) mentions.push({ personId: id, start, end: start + name.length });
    }
    return mentions;
  }
}
