/**
 * import: the bytes of one saved web page → a seed (`seeds/<id>.txt` text and the `.yaml`
 * sidecar), or problems. Pure: no file system; `write-import.ts` does the reading and writing.
 *
 * The seed text has the shape the ingest expects (docs/ingest.md): the headline on the first
 * line, then the photo caption with its credit (`caption - credit`), then one heading or one
 * paragraph per line, blank lines between blocks. The sidecar holds only what the page states
 * in its metadata (docs/sidecar.md): nothing is guessed from the text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { problems, type Problem } from '../problems.ts';
import { isRealDate } from '../schemas/dates.ts';
import type { Sidecar } from '../schemas/sidecar.ts';
import { slugify } from '../text/transliterate.ts';
import { decodePage } from './decode-page.ts';

export interface ImportInput {
  /** Path shown in messages, e.g. `downloads/article.html`. */
  file: string;
  bytes: Uint8Array;
}

export interface ImportedSeed {
  /** Article id, and the seed's file name without `.txt`/`.yaml`. */
  id: string;
  /** The seed `.txt`, ending with a newline. */
  text: string;
  /** Only the fields the page states. */
  sidecar: Sidecar;
}

export interface ImportResult {
  seed?: ImportedSeed;
  problems: Problem[];
}

// linkedom's DOM is close enough to the browser's for what is used here; these are the
// few shapes this module touches, so no `lib.dom` types are needed.
interface El {
  tagName: string;
  localName: string;
  textContent: string | null;
  childNodes: ArrayLike<Nd>;
  parentElement: El | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  remove(): void;
  closest(selector: string): El | null;
}
interface Nd {
  nodeType: number;
  textContent: string | null;
}
interface Doc {
  documentElement: El | null;
  body: El | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
}

/** Fewer paragraphs or characters than these, and the page is not an article. */
const MIN_PARAGRAPHS = 2;
const MIN_TEXT_CHARS = 200;
/** A list of teasers: this many headings that are links, or this much of the text in links. */
const MAX_LINKED_HEADINGS = 3;
const MAX_LINK_SHARE = 0.5;
const MAX_ID_LENGTH = 80;
const CAPTION_MAX_WORDS = 40;
/**
 * The ingest reads a headline this short as a section label when a longer line follows it
 * (docs/ingest.md, section 6): such a headline is written to the sidecar too, as `title:`.
 */
const SHORT_HEADLINE_WORDS = 4;

/** Never part of an article's text. */
const ALWAYS_STRIP = 'script, style, iframe, noscript, form, button, template, svg, object, embed, nav, aside';
/** Widgets named by their class or id. */
const WIDGET = /share|social|related|comment|newsletter/i;
/** Elements never removed for their class or id: they hold the article itself. */
const CONTAINERS = new Set(['html', 'head', 'body', 'main', 'article']);

/** Runs of whitespace (including no-break and zero-width spaces) → one space, trimmed. */
export const tidy = (text: string | null | undefined): string => (text ?? '').replace(/[\s\u00A0\u2000-\u200B\u3000\uFEFF]+/gu, ' ').trim();

/** Lower-case tag name: elements Readability makes under linkedom can have upper-case names. */
const tagOf = (el: El): string => el.localName.toLowerCase();

const wordCount = (text: string) => (text === '' ? 0 : text.split(' ').length);

function stripNoise(root: Doc | El): void {
  for (const el of Array.from(root.querySelectorAll(ALWAYS_STRIP))) el.remove();
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (CONTAINERS.has(tagOf(el))) continue;
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!WIDGET.test(name)) continue;
    // A wrapper that happens to be called e.g. "has-comments" but holds the headline or the
    // article stays; only widgets go.
    if (el.querySelector('h1, article, main')) continue;
    el.remove();
  }
}

// ---------------------------------------------------------------- metadata

const meta = (doc: Doc, key: string): string | undefined => {
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const k = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    if (k?.toLowerCase() === key) {
      const v = tidy(el.getAttribute('content'));
      if (v) return v;
    }
  }
  return undefined;
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

const ARTICLE_TYPE = /^(Article|NewsArticle|ReportageNewsArticle|\w+NewsArticle)$/;

const types = (o: JsonObject): string[] => {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#]/, ''));
};

/** Every object of the JSON-LD blocks, including those inside arrays and `@graph`. */
function flatten(value: Json, out: JsonObject[]): void {
  if (Array.isArray(value)) for (const v of value) flatten(v, out);
  else if (isObject(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) flatten(value['@graph'], out);
  }
}

/** A name from a string, an object with `name`, an `@id` reference, or the first of an array. */
function nameOf(value: Json | undefined, byId: Map<string, JsonObject>): string | undefined {
  if (Array.isArray(value)) {
    for (const v of value) {
      const n = nameOf(v, byId);
      if (n) return n;
    }
    return undefined;
  }
  if (typeof value === 'string') return tidy(value) || undefined;
  if (!isObject(value)) return undefined;
  const ref = typeof value['@id'] === 'string' ? byId.get(value['@id']) : undefined;
  const name = value['name'] ?? ref?.['name'];
  return typeof name === 'string' ? tidy(name) || undefined : Array.isArray(name) ? nameOf(name, byId) : undefined;
}

interface JsonLd {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
}

function readJsonLd(doc: Doc, html: string, file: string, found: Problem[]): JsonLd {
  const objects: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const source = script.textContent ?? '';
    try {
      flatten(JSON.parse(source) as Json, objects);
    } catch (error) {
      const at = source.trim() === '' ? -1 : html.indexOf(source.trim().slice(0, 200));
      const line = at < 0 ? undefined : html.slice(0, at).split('\n').length;
      found.push(problems.importBadJsonLd(file, line, error instanceof Error ? error.message : String(error)));
    }
  }
  const byId = new Map<string, JsonObject>();
  for (const o of objects) if (typeof o['@id'] === 'string') byId.set(o['@id'], o);
  const article = objects.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
  if (!article) return {};
  const str = (v: Json | undefined) => (typeof v === 'string' ? tidy(v) || undefined : undefined);
  const result: JsonLd = {};
  const headline = str(article['headline']) ?? str(article['name']);
  if (headline) result.headline = headline;
  const date = str(article['datePublished']);
  if (date) result.datePublished = date;
  const author = nameOf(article['author'], byId);
  if (author) result.author = author;
  const publisher = nameOf(article['publisher'], byId);
  if (publisher) result.publisher = publisher;
  return result;
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * `2025-12-18` stays; a date-time with an offset stays (the offset written `+03:00`);
 * a date-time without an offset keeps only its calendar day. Anything else is not a date.
 */
export function normaliseDate(value: string): string | undefined {
  const m = ISO_DATE_TIME.exec(value.trim());
  if (!m || !isRealDate(m[1]!)) return undefined;
  const [, day, hh, mm, ss, frac, offset] = m;
  if (hh === undefined) return day;
  if (Number(hh) > 23 || Number(mm) > 59 || (ss !== undefined && Number(ss) > 59)) return undefined;
  if (offset === undefined) return day;
  const tz = offset === 'Z' ? 'Z' : offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
  return `${day}T${hh}:${mm}${ss === undefined ? '' : `:${ss}${frac ?? ''}`}${tz}`;
}

const httpUrl = (value: string | undefined): string | undefined => {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
};

function readSidecar(doc: Doc, ld: JsonLd, file: string, found: Problem[]): Sidecar {
  const sidecar: Sidecar = {};
  const outlet = meta(doc, 'og:site_name') ?? ld.publisher;
  if (outlet) sidecar.outlet = outlet;

  const canonical = tidy(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'));
  const ogUrl = meta(doc, 'og:url');
  const url = httpUrl(canonical) ?? httpUrl(ogUrl);
  if (url) sidecar.url = url;
  else if (canonical || ogUrl) found.push(problems.importDroppedField(file, 'url', (canonical || ogUrl)!, 'is not a full http:// or https:// address'));

  const date = meta(doc, 'article:published_time') ?? ld.datePublished;
  if (date) {
    const published = normaliseDate(date);
    if (published) sidecar.published = published;
    else found.push(problems.importDroppedField(file, 'published', date, 'is not a real date in the form YYYY-MM-DD'));
  }

  const author = ld.author ?? meta(doc, 'author');
  if (author) sidecar.author = author;

  const lang = tidy(doc.documentElement?.getAttribute('lang')).toLowerCase().split(/[-_]/)[0] ?? '';
  if (/^[a-z]{2,3}$/.test(lang)) sidecar.language = lang;
  return sidecar;
}

// ---------------------------------------------------------------- text

/** Drops a " - Outlet" / " | Outlet" suffix (or prefix) naming the outlet. */
function withoutOutlet(title: string, outlet: string | undefined): string {
  if (!outlet) return title;
  const esc = outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return tidy(title.replace(new RegExp(`\\s*[-|–—:«»]\\s*${esc}\\s*$`, 'u'), '').replace(new RegExp(`^\\s*${esc}\\s*[-|–—:]\\s*`, 'u'), '')) || title;
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'hr',
  'address',
  'details',
  'summary',
]);
const HEADING = /^h[2-6]$/;

interface Block {
  kind: 'heading' | 'paragraph';
  text: string;
}

/** Text of an inline run, with `<br>` as a line break. */
function inlineText(nodes: readonly Nd[]): string {
  return nodes.map((n) => (n.nodeType === 1 && tagOf(n as unknown as El) === 'br' ? '\n' : (n.textContent ?? ''))).join('');
}

/** The article's headings and paragraphs, in document order. */
function readBlocks(root: El, out: Block[]): void {
  let run: Nd[] = [];
  const flush = () => {
    for (const piece of inlineText(run).split('\n')) {
      const text = tidy(piece);
      if (text) out.push({ kind: 'paragraph', text });
    }
    run = [];
  };
  for (const node of Array.from(root.childNodes)) {
    const el = node.nodeType === 1 ? (node as unknown as El) : undefined;
    if (!el || !BLOCK_TAGS.has(tagOf(el))) {
      run.push(node);
      continue;
    }
    flush();
    const tag = tagOf(el);
    if (tag === 'figure' || tag === 'figcaption' || tag === 'h1' || tag === 'hr') continue;
    if (HEADING.test(tag)) {
      const text = tidy(el.textContent);
      if (text) out.push({ kind: 'heading', text });
    } else readBlocks(el, out);
  }
  flush();
}

/** The photo caption of the article, with its credit: `caption - credit`. */
function readCaption(scope: El | null): string | undefined {
  const figcaption = scope?.querySelector('figure figcaption') ?? scope?.querySelector('figcaption');
  if (!figcaption) return undefined;
  // A credit in its own element (`<span class="credit">رويترز</span>`) is joined with " - ".
  const creditEl = figcaption.querySelector('.credit, .copyright, .photo-credit, cite, small');
  const credit = tidy(creditEl?.textContent);
  creditEl?.remove();
  const text = tidy(figcaption.textContent);
  const line = credit && text ? `${text.replace(/\s*[-–—]$/u, '')} - ${credit}` : text || credit;
  // The ingest recognises a caption by its credit (docs/ingest.md, "Caption"): one without
  // a credit, or one that reads like a sentence, would land in the body, so it is left out.
  if (!/\S\s*[-–—]\s*\S+(?: \S+){0,2}$/u.test(line)) return undefined;
  if (wordCount(line) > CAPTION_MAX_WORDS || /[.؟?!]$/u.test(line)) return undefined;
  return line;
}

const linkShare = (el: El): number => {
  const all = tidy(el.textContent).length;
  if (all === 0) return 0;
  const linked = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + tidy(a.textContent).length, 0);
  return linked / all;
};

// ---------------------------------------------------------------- id

/** `<outlet-slug>-<YYYY-MM-DD>-<title-slug>`, skipping what is unknown, at most 80 characters. */
export function seedId(title: string, sidecar: Sidecar): string {
  const parts: string[] = [];
  const outlet = sidecar.outlet ? slugify(sidecar.outlet, 3, 24) : undefined;
  // slugify gives "x" for text without letters or digits: then the part is unknown.
  if (outlet && (outlet !== 'x' || /x/i.test(sidecar.outlet!))) parts.push(outlet);
  if (sidecar.published) parts.push(sidecar.published.slice(0, 10));
  const prefix = parts.join('-');
  const room = MAX_ID_LENGTH - (prefix ? prefix.length + 1 : 0);
  const titleSlug = slugify(title, 8, Math.max(room, 8));
  return prefix && titleSlug === 'x' && !/x/i.test(title) ? prefix : prefix ? `${prefix}-${titleSlug}` : titleSlug;
}

// ---------------------------------------------------------------- main

interface ReadabilityResult {
  title?: string | null;
  content?: unknown;
}

const readArticle = (doc: Doc): ReadabilityResult | null =>
  new Readability(doc as never, { serializer: (el: unknown) => el } as never).parse() as ReadabilityResult | null;

export function importPage(input: ImportInput): ImportResult {
  const { file } = input;
  const found: Problem[] = [];
  const decoded = decodePage(input.bytes, file);
  if (!decoded.ok) return { problems: [decoded.problem] };
  found.push(...decoded.warnings);
  const html = decoded.text;

  // Two copies: Readability changes the document it reads, and the metadata and the
  // caption are read from the page as saved.
  const page = parseHTML(html).document as unknown as Doc;
  // Text or JSON given as a page parses to a document without any element.
  if (!page.documentElement) {
    const start = html.trim().slice(0, 40);
    return { problems: [...found, problems.importUnreadable(file, `it holds no HTML markup (it starts with "${start}"), so it is not a saved web page`)] };
  }
  const ld = readJsonLd(page, html, file, found);
  const sidecar = readSidecar(page, ld, file, found);

  const work = parseHTML(html).document as unknown as Doc;
  stripNoise(work);
  const h1 = tidy(work.querySelector('h1')?.textContent);
  const scope = work.querySelector('article') ?? work.querySelector('main') ?? work.body;
  const caption = readCaption(scope);

  // Readability under linkedom: `document.baseURI` is null (there is no address), which
  // Readability only uses to make links absolute, and it only reads the DOM otherwise.
  // `serializer: (el) => el` returns the article element itself instead of an HTML string.
  let parsed: ReadabilityResult | null;
  try {
    parsed = readArticle(work);
  } catch (error) {
    return {
      problems: [...found, problems.importNotArticle(file, `its article text could not be found (${error instanceof Error ? error.message : String(error)})`)],
    };
  }
  const content = parsed?.content as El | undefined;
  if (!parsed || !content || typeof content !== 'object') {
    return { problems: [...found, problems.importNotArticle(file, 'no article text was found on it')] };
  }
  stripNoise(content);

  const title = tidy(withoutOutlet(meta(page, 'og:title') ?? ld.headline ?? (h1 || tidy(parsed.title)), sidecar.outlet));
  if (!title) return { problems: [...found, problems.importNotArticle(file, 'it has no headline (no og:title, no <h1>, no <title>)')] };

  const blocks: Block[] = [];
  readBlocks(content, blocks);
  const body = blocks.filter((b) => b.text !== title && b.text !== caption);
  const paragraphs = body.filter((b) => b.kind === 'paragraph');
  const chars = paragraphs.reduce((n, b) => n + b.text.length, 0);
  const linkedHeadings = Array.from(content.querySelectorAll('h2, h3, h4')).filter((h) => linkShare(h) > 0.8).length;
  const why =
    paragraphs.length < MIN_PARAGRAPHS || chars < MIN_TEXT_CHARS
      ? `it has ${paragraphs.length} paragraph${paragraphs.length === 1 ? '' : 's'} and ${chars} characters of text` +
        ` (an article has at least ${MIN_PARAGRAPHS} and ${MIN_TEXT_CHARS})`
      : linkedHeadings >= MAX_LINKED_HEADINGS
        ? `its main text is a list of ${linkedHeadings} linked headlines (a home page or a section page)`
        : linkShare(content) > MAX_LINK_SHARE
          ? 'most of its main text is links (a home page or a list of headlines)'
          : undefined;
  if (why) return { problems: [...found, problems.importNotArticle(file, why)] };

  const lines = [title, ...(caption ? [caption] : []), ...body.map((b) => b.text)];
  const withTitle = wordCount(title) <= SHORT_HEADLINE_WORDS ? { title, ...sidecar } : sidecar;
  return { seed: { id: seedId(title, sidecar), text: `${lines.join('\n\n')}\n`, sidecar: withTitle }, problems: found };
}
