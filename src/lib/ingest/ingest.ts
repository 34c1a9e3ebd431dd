/**
 * ingest: the bytes of one seed (and its optional sidecar) → an Article, or problems.
 * Pure: no file system, no Astro. `ingest-folder.ts` does the reading.
 */
import GithubSlugger from 'github-slugger';
import { arabicLetterShare } from '../text/arabic-fold.ts';
import { shortHash } from '../text/hash.ts';
import { slugify } from '../text/transliterate.ts';
import { problems, type Problem } from '../problems.ts';
import type { Article, Block } from '../schemas/article.ts';
import { decodeSeed } from './decode.ts';
import { stripInvisible } from './invisible.ts';
import { parseSidecar } from './sidecar.ts';
import { headlineFromText } from './headline.ts';
import { readStructure, splitCredit, type Structure, tidyLine } from './structure.ts';
import type { Removal } from '../schemas/article.ts';

export interface SeedInput {
  /** Path shown in messages, e.g. `seeds/a.txt`. */
  file: string;
  /** Path shown to readers as the article's source file; defaults to `file`. */
  source?: string;
  bytes: Uint8Array;
  sidecar?: { file: string; text: string };
}

export interface IngestResult {
  article?: Article;
  problems: Problem[];
}

/**
 * Article id from a file name: lower case ASCII letters, digits, `_` and `-`. A name with none
 * of these (`تقرير-الوزارة.txt`) is transliterated (`tqryr-alwzara`); a name that gave an id
 * before keeps it, so no published article address changes.
 */
export function articleIdFromFileName(fileName: string): string {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.txt$/i, '');
  const ascii = stem
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '')
    .replace(/-{2,}/g, '-');
  if (ascii !== '') return ascii;
  // slugify's "x" stands for "nothing to spell": no Arabic letter spells x.
  const slug = slugify(stem, 12, 80);
  return slug === 'x' ? '' : slug;
}

const BLOCK_SEPARATOR = '\n\n';

/** Gives every block its offsets in the joined text and a stable id for deep links. */
function layOut(parts: { kind: Block['kind']; text: string; line: number }[]): { text: string; blocks: Block[] } {
  const slugger = new GithubSlugger();
  const used = new Map<string, number>();
  let offset = 0;
  const blocks = parts.map((part) => {
    const start = offset;
    const end = start + part.text.length;
    offset = end + BLOCK_SEPARATOR.length;
    // A paragraph's id hangs on its text, not its position, so inserting a paragraph
    // elsewhere does not move everybody's links.
    let id = part.kind === 'heading' ? slugger.slug(part.text) : `p-${shortHash(part.text)}`;
    if (part.kind === 'paragraph') {
      const seen = used.get(id) ?? 0;
      used.set(id, seen + 1);
      if (seen > 0) id = `${id}-${seen + 1}`;
    }
    return { ...part, id, start, end };
  });
  return { text: parts.map((p) => p.text).join(BLOCK_SEPARATOR), blocks };
}

const sidecarPath = (file: string) => file.replace(/\.txt$/i, '.yaml');

/**
 * A scraped article page is a few hundred lines; the structure reader compares lines with the
 * lines kept before them, so a file of many thousands would take minutes, and is refused.
 */
export const MAX_SEED_LINES = 5000;

/** The 1-based line at which the file passes MAX_SEED_LINES non-blank lines, if it does. */
function lineOverLimit(lines: readonly string[]): number | undefined {
  let count = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.trim() !== '' && ++count > MAX_SEED_LINES) return i + 1;
  return undefined;
}

/**
 * A headline of four words or fewer above a longer line reads as a section label, or as page
 * furniture when it holds punctuation (`الوزير: لا زيادة`), and the longer line (a caption, the
 * first paragraph) as the headline. When the sidecar's title is that line (`claims import`
 * writes a short headline there), it is the headline line, and the line taken for it goes
 * back: as the caption when it ends in a credit, else as the first paragraph.
 */
function withSidecarHeadline(structure: Structure, sidecarTitle: string | undefined): Structure {
  const { label, title: taken, ...rest } = structure;
  if (sidecarTitle === undefined || !taken) return structure;
  const wanted = tidyLine(sidecarTitle);
  const asFurniture = structure.removed.find((r) => r.line < taken.line && (r.rule === 'section-label' || r.rule === 'page-top') && r.text === wanted);
  const headline = label?.text === wanted ? label : asFurniture && { line: asFurniture.line, text: asFurniture.text };
  if (taken.text === wanted || !headline) return structure;
  const back: Structure = {
    ...rest,
    ...(label && label !== headline && { label }),
    title: headline,
    removed: structure.removed.filter((r) => r !== asFurniture),
  };
  const split = splitCredit(taken.text);
  if (split.credit !== undefined && !structure.caption) return { ...back, caption: { line: taken.line, ...split } };
  return { ...back, blocks: [{ ...taken, kind: 'paragraph' }, ...structure.blocks] };
}

/**
 * The headline: the sidecar's `title:` when it gives one, else the file's headline line, else
 * (a file that starts with the body) the first sentence of the first paragraph, which stays in the body.
 */
function chooseHeadline(structure: Structure, sidecarTitle: string | undefined): { title: Article['title']; source: Article['titleSource'] } | undefined {
  if (sidecarTitle !== undefined) return { title: { text: sidecarTitle, ...(structure.title && { line: structure.title.line }) }, source: 'sidecar' };
  if (structure.title) return { title: structure.title, source: 'line' };
  const first = structure.blocks.find((b) => b.kind === 'paragraph');
  return first && { title: { text: headlineFromText(first.text), line: first.line }, source: 'first-sentence' };
}

export function ingestSeed(input: SeedInput): IngestResult {
  const found: Problem[] = [];
  const id = articleIdFromFileName(input.file);
  if (id === '') return { problems: [problems.badFileName(input.file)] };

  const decoded = decodeSeed(input.bytes, input.file);
  if (!decoded.ok) return { problems: [decoded.problem] };
  found.push(...decoded.warnings);

  const rawLines = decoded.text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (rawLines.every((l) => l.trim() === '')) return { problems: [problems.emptySeed(input.file)] };
  const tooLong = lineOverLimit(rawLines);
  if (tooLong !== undefined) return { problems: [...found, problems.tooManyLines(input.file, tooLong, MAX_SEED_LINES)] };

  const invisible = stripInvisible(rawLines);
  const sidecar = input.sidecar ? parseSidecar(input.sidecar.text, input.sidecar.file) : { meta: {}, problems: [] };
  const structure = withSidecarHeadline(readStructure(invisible.lines), sidecar.meta.title);
  const headline = chooseHeadline(structure, sidecar.meta.title);
  if (!headline) {
    return { problems: [...found, problems.noTitle(input.file, structure.noTitle?.line, structure.noTitle?.why ?? 'no headline line')] };
  }
  if (headline.source === 'first-sentence') found.push(problems.titleFromText(input.file, headline.title.line, input.sidecar?.file ?? sidecarPath(input.file)));
  if (!structure.blocks.some((b) => b.kind === 'paragraph')) found.push(problems.noBody(input.file));

  const invisibleRemovals: Removal[] = invisible.removed.map((r) => ({
    line: r.line,
    reason: 'invisible-characters',
    text: Object.entries(r.counts)
      .map(([cp, n]) => `${cp} ×${n}`)
      .join(', '),
  }));
  const removed = [...structure.removed, ...invisibleRemovals].sort((a, b) => a.line - b.line);

  found.push(...sidecar.problems);

  const { text, blocks } = layOut(structure.blocks);
  const article: Article = {
    id,
    source: input.source ?? input.file,
    encoding: decoded.encoding,
    contentHash: shortHash(`${headline.title.text}\n${text}`, 64),
    title: headline.title,
    titleSource: headline.source,
    ...(structure.label && { sectionLabel: structure.label }),
    ...(structure.caption && { caption: structure.caption }),
    blocks,
    text,
    removed,
    meta: sidecar.meta,
    lang: sidecar.meta.language ?? (arabicLetterShare(text) > 0.5 ? 'ar' : 'und'),
  };
  return { article, problems: found };
}
