/**
 * The claims export as CSV (`/data/claims.csv`): one row per claim, the fields of
 * claims.json flattened. UTF-8 with a byte-order mark (so spreadsheets read Arabic as
 * Arabic), RFC 4180 quoting, CRLF line ends, and formula-safe cells. docs/data.md.
 */
import type { ExportClaim, ExportLink } from './claims-schema.ts';

/** The CSV follows the claims format of this version. */
export const CSV_VERSION = 1;
export const BOM = '\uFEFF';
/** Joins the items of a list column. */
export const LIST_SEPARATOR = ' | ';

const list = (items: readonly string[]): string => items.map((i) => i.replace(/\|/g, '¦')).join(LIST_SEPARATOR);
const links = (items: readonly ExportLink[]): string => list(items.map((l) => `${l.id} (${l.origin})`));
const text = (v: string | number | null): string => (v === null ? '' : String(v));

/** Every column, in order, with what it holds (docs/data.md repeats this table). */
export const CSV_COLUMNS: readonly { name: string; description: string; value: (c: ExportClaim) => string }[] = [
  { name: 'id', description: 'claim id', value: (c) => c.id },
  { name: 'url', description: 'permanent address of the claim page', value: (c) => c.url },
  { name: 'article_id', description: 'id of the article the claim comes from', value: (c) => c.article.id },
  { name: 'article_title', description: 'its title', value: (c) => c.article.title },
  { name: 'article_outlet', description: 'the outlet that published it; empty when unknown', value: (c) => text(c.article.outlet) },
  { name: 'article_url', description: 'address of the original article; empty when unknown', value: (c) => text(c.article.url) },
  { name: 'article_page', description: 'the article page on this site', value: (c) => c.article.page },
  { name: 'article_published', description: 'publication date; empty when unknown', value: (c) => text(c.article.published) },
  { name: 'speaker_id', description: 'id of the person who said it; empty when not a named person', value: (c) => text(c.speaker?.id ?? null) },
  { name: 'speaker_name', description: 'their name', value: (c) => text(c.speaker?.name ?? null) },
  { name: 'speaker_role', description: 'their role, when known', value: (c) => text(c.speaker?.role ?? null) },
  { name: 'source', description: 'the words naming an unnamed or institutional source', value: (c) => text(c.source) },
  { name: 'attribution', description: 'named, unnamed, institution or outlet', value: (c) => c.attribution },
  { name: 'kind', description: 'fact, quote, opinion or prediction', value: (c) => c.kind },
  { name: 'text', description: 'the claim as the article words it', value: (c) => c.text },
  { name: 'label', description: 'its short Arabic label', value: (c) => c.label },
  { name: 'label_en', description: 'an editor’s English label, when there is one', value: (c) => text(c.labelEn) },
  { name: 'start', description: 'offset of the claim in the article text', value: (c) => text(c.anchor.start) },
  { name: 'end', description: 'offset of its end', value: (c) => text(c.anchor.end) },
  { name: 'quote_exact', description: 'TextQuoteSelector: the exact words at start..end', value: (c) => c.anchor.selector.exact },
  { name: 'quote_prefix', description: 'TextQuoteSelector: the words just before', value: (c) => c.anchor.selector.prefix },
  { name: 'quote_suffix', description: 'TextQuoteSelector: the words just after', value: (c) => c.anchor.selector.suffix },
  { name: 'checkworthiness', description: 'the scorer’s score, 0 to 1', value: (c) => text(c.checkworthiness) },
  { name: 'verdict', description: 'the editors’ verdict; empty when the claim has not been reviewed', value: (c) => text(c.verdict) },
  { name: 'summary', description: 'the review’s summary', value: (c) => text(c.summary) },
  { name: 'reviewer', description: 'who reviewed it', value: (c) => text(c.reviewer) },
  { name: 'reviewed', description: 'date of the review (YYYY-MM-DD)', value: (c) => text(c.reviewed) },
  { name: 'source_urls', description: 'addresses of the review’s sources, in order', value: (c) => list(c.sources.map((s) => s.url)) },
  {
    name: 'source_stances',
    description: 'stance of each source, same order: supports, contradicts or context',
    value: (c) => list(c.sources.map((s) => s.stance)),
  },
  { name: 'source_publishers', description: 'publisher of each source, same order', value: (c) => list(c.sources.map((s) => s.publisher)) },
  { name: 'updates', description: 'the review’s updates, each «YYYY-MM-DD: note»', value: (c) => list(c.updates.map((u) => `${u.date}: ${u.note}`)) },
  { name: 'links_same', description: 'claims that say the same, each «id (origin)»', value: (c) => links(c.links.same) },
  { name: 'links_opposes', description: 'claims that oppose it, each «id (origin)»', value: (c) => links(c.links.opposes) },
];

// A spreadsheet reads a cell starting with one of these as a formula (or strips the
// character and then does): = + - @, tab, carriage return, and their full-width forms.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Prefixes a cell that a spreadsheet would read as a formula with `'`, so it stays text. */
export const formulaSafe = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/** RFC 4180: a cell holding `"`, `,`, CR or LF is quoted, its quotes doubled. */
export const quoteCell = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export const csvCell = (value: string): string => quoteCell(formulaSafe(value));

const row = (cells: readonly string[]): string => `${cells.map(csvCell).join(',')}\r\n`;

/** The whole CSV text, starting with the byte-order mark. */
export function buildClaimsCsv(claims: readonly ExportClaim[]): string {
  return BOM + row(CSV_COLUMNS.map((c) => c.name)) + claims.map((claim) => row(CSV_COLUMNS.map((c) => c.value(claim)))).join('');
}
