/**
 * The one reader of Arabic proclitics: letters written joined to the front of a word — the
 * conjunctions و ف, the prepositions ب ل ك and the article ال (written لل after ل). Every
 * stage asks it, with options that say which of them its rule allows. Works on folded words
 * (foldArabic); kept free of other imports because the browser's search box loads it too.
 */

export type Conjunction = 'و' | 'ف';
export type Preposition = 'ب' | 'ل' | 'ك';

export const CONJUNCTIONS: readonly Conjunction[] = ['و', 'ف'];
export const PREPOSITIONS: readonly Preposition[] = ['ب', 'ل', 'ك'];

export interface CliticOptions {
  /** Conjunctions that may lead the word. */
  readonly conj?: readonly Conjunction[];
  /** Prepositions that may follow the conjunction (or lead the word). */
  readonly prep?: readonly Preposition[];
  /** A conjunction and a preposition together (وب، فل). Default true. */
  readonly stack?: boolean;
  /**
   * The article: 'any' reads it on its own too (الجيش → جيش), 'after-prefix' only behind a
   * conjunction or preposition (والجيش، بالجيش، للجيش), 'none' (the default) never.
   */
  readonly article?: 'none' | 'any' | 'after-prefix';
  /** A preposition only together with the article (بال، لل): a bare ب or ل may be the word's own letter (باكستان، ليبيا). */
  readonly prepNeedsArticle?: boolean;
  /** The fewest letters the word keeps after its conjunction and preposition. Default 2. */
  readonly minRest?: number;
  /** The fewest letters the word keeps after a preposition. Default `minRest`. */
  readonly minAfterPrep?: number;
  /** The fewest letters the core keeps after the article too. Default 2. */
  readonly minCore?: number;
  /** The same after لل (ل + ال). Default `minCore` + 1: a short word after لل is rather ل + a word of its own ل (للعب). */
  readonly minCoreAfterLil?: number;
}

/** One way to read a folded word as proclitics + core. */
export interface CliticReading {
  /** The word without its proclitics (and without ال when `definite`). */
  readonly core: string;
  readonly conj: '' | Conjunction;
  readonly prep: '' | Preposition;
  /** The article was read (ال, or the second ل of لل). */
  readonly definite: boolean;
  /** Letters before the core that belong to و/ف/ب/ل/ك (the article is not counted). */
  readonly prefixLength: number;
}

const NONE: CliticOptions = {};
const headMemo = new WeakMap<CliticOptions, readonly string[]>();

/**
 * Every reading of `folded` the options allow: the bare word first, then in the order of
 * `procliticHeads`, each without and then with the article. Give options as a constant: the
 * heads they allow are worked out once per options object.
 */
export function cliticReadings(folded: string, options: CliticOptions = NONE): readonly CliticReading[] {
  // Every stage asks about the same few thousand words many times over: the readings of a word
  // under one options object are worked out once (the cache is dropped when it grows large).
  let memo = readingMemo.get(options);
  if (memo === undefined) {
    memo = new Map();
    readingMemo.set(options, memo);
  }
  let found = memo.get(folded);
  if (found === undefined) {
    if (memo.size >= MAX_MEMO_WORDS) memo.clear();
    found = Object.freeze(readingsOf(folded, options));
    memo.set(folded, found);
  }
  return found;
}

const readingMemo = new WeakMap<CliticOptions, Map<string, readonly CliticReading[]>>();
const MAX_MEMO_WORDS = 50_000;

function readingsOf(folded: string, options: CliticOptions): CliticReading[] {
  const { conj = [], article = 'none', prepNeedsArticle = false, minRest = 2, minCore = 2 } = options;
  const minAfterPrep = options.minAfterPrep ?? minRest;
  const minCoreAfterLil = options.minCoreAfterLil ?? minCore + 1;
  const out: CliticReading[] = [];
  for (const head of heads(options)) {
    if (!folded.startsWith(head)) continue;
    const c = conj.find((x) => head.startsWith(x)) ?? '';
    const p = head.slice(c.length) as '' | Preposition;
    const rest = folded.slice(head.length);
    if (rest.length < (p === '' ? minRest : minAfterPrep)) continue;
    if (p === '' || !prepNeedsArticle) out.push({ core: rest, conj: c, prep: p, definite: false, prefixLength: head.length });
    if (article === 'none' || (article === 'after-prefix' && head === '')) continue;
    // After ل the article is written with one ل (للجيش); "لال" is ل + a word of its own ا (لإلغاء).
    if (p === 'ل') {
      if (rest.startsWith('ل') && rest.length - 1 >= minCoreAfterLil)
        out.push({ core: rest.slice(1), conj: c, prep: p, definite: true, prefixLength: head.length });
    } else if (rest.startsWith('ال') && rest.length - 2 >= minCore) {
      out.push({ core: rest.slice(2), conj: c, prep: p, definite: true, prefixLength: head.length });
    }
  }
  return out;
}

function heads(options: CliticOptions): readonly string[] {
  let found = headMemo.get(options);
  if (found === undefined) {
    found = ['', ...procliticHeads(options)];
    headMemo.set(options, found);
  }
  return found;
}

/** The letters a word may start with under `options`, the article aside: "و", "ب", "وب" … */
export function procliticHeads({ conj = [], prep = [], stack = true }: CliticOptions): string[] {
  return [...conj, ...prep, ...(stack ? conj.flatMap((c) => prep.map((p) => c + p)) : [])];
}

/**
 * The word without the longest head of `procliticHeads(options)` that leaves `minRest` letters,
 * the article kept; undefined when it has none. A light form of `barestReading` (no article,
 * one minimum) for the browser's search box.
 */
export function withoutProclitics(folded: string, options: CliticOptions): string | undefined {
  // procliticHeads lists one-letter heads before two-letter ones.
  for (const h of procliticHeads(options).reverse())
    if (folded.startsWith(h) && folded.length - h.length >= (options.minRest ?? 2)) return folded.slice(h.length);
  return undefined;
}

/** The reading that takes the most letters off (the bare word when none applies). */
export function barestReading(folded: string, options: CliticOptions): CliticReading | undefined {
  let best: CliticReading | undefined;
  for (const r of cliticReadings(folded, options)) if (best === undefined || r.core.length < best.core.length) best = r;
  return best;
}

/** The word is written with the article: "الجيش" (a word of its own ال, such as "الذي", too). */
export const hasArticle = (folded: string): boolean => folded.startsWith('ال');

/** The spelling of a reading with its article written back: "للجيش" read as ل + ال + جيش → "الجيش". */
export const withArticle = (r: CliticReading): string => (r.definite ? `ال${r.core}` : r.core);

const VALUE_WORDS: CliticOptions = { conj: CONJUNCTIONS, prep: ['ب', 'ل'], article: 'any' };

/** The readings the number and date finders use: و/ف, then ب/ل, then ال; the longest core first. */
export function prefixReadings(folded: string): CliticReading[] {
  return [...cliticReadings(folded, VALUE_WORDS)].sort((a, b) => b.core.length - a.core.length);
}

const ATTACHED: CliticOptions = { conj: CONJUNCTIONS, prep: PREPOSITIONS, stack: false, article: 'after-prefix' };

/**
 * The folded word, or its form without an attached conjunction or preposition (the article
 * kept as ال or taken off), that is in `known`; the most letters taken off first:
 * "وأكدت" → "اكدت", "للجيش" → "الجيش".
 */
export function stripProclitic(folded: string, known: ReadonlySet<string> | ReadonlyMap<string, unknown>): string | undefined {
  if (known.has(folded)) return folded;
  const readings = [...cliticReadings(folded, ATTACHED)].sort((a, b) => a.core.length - b.core.length);
  for (const r of readings) {
    if (r.definite && known.has(withArticle(r))) return withArticle(r);
    if (known.has(r.core)) return r.core;
  }
  return undefined;
}

const CONJ: CliticOptions = { conj: CONJUNCTIONS };

/** The folded word without a leading و or ف (for matching names and phrases). */
export const withoutConjunction = (folded: string): string => cliticReadings(folded, CONJ).find((r) => r.conj !== '')?.core ?? folded;

/** `known` holds the folded word as it is or without a leading و or ف: "ولم" for لم. */
export const knownWithConjunction = (known: ReadonlySet<string>, folded: string): boolean => known.has(folded) || known.has(withoutConjunction(folded));
