/**
 * Editors' Markdown → sanitised HTML (remark + GFM → rehype → rehype-sanitize). Raw HTML in the
 * Markdown is dropped by remark-rehype and refused with an error by the readers that call
 * `inspectMarkdown` first, so nothing from content/ is ever rendered as markup of its own.
 * Before any of it, `markdownHazards` scans the text once for what would make the parser
 * overflow its stack or run for minutes (deep nesting, thousands of marks in one paragraph).
 */
import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import type { Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import rehypeBidiIsolate from './rehype-bidi-isolate.ts';

/** An address to another site: with a scheme, or protocol-relative (`//host/path`). */
const OUTSIDE = /^(?:[a-z][a-z\d+.-]*:)?\/\//i;

/** Links to other sites open without handing them this page (after sanitising, which drops rel). */
const rehypeOutsideLinks = () => (tree: HastRoot) =>
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'a' && OUTSIDE.test(String(node.properties['href'] ?? ''))) node.properties['rel'] = ['noopener', 'noreferrer'];
  });

// A run of Arabic words (letters, marks, Arabic punctuation, the spaces between them).
const ARABIC_RUN = /[\u0600-\u06FF](?:[\u0600-\u06FF\u0750-\u077F\s]*[\u0600-\u06FF])?/g;

/**
 * In a text that is not Arabic (the English methodology), Arabic words it quotes are wrapped
 * in <span lang="ar" dir="rtl">, so they are read, shaped and ordered as Arabic.
 */
const rehypeMarkArabic = () => (tree: HastRoot) =>
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || !/[\u0600-\u06FF]/.test(node.value)) return;
    const pieces: ElementContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(ARABIC_RUN)) {
      if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index) });
      pieces.push({ type: 'element', tagName: 'span', properties: { lang: 'ar', dir: 'rtl' }, children: [{ type: 'text', value: match[0] }] });
      last = match.index + match[0].length;
    }
    if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
    parent.children.splice(index, 1, ...pieces);
    return index + pieces.length;
  });

// GitHub-flavoured Markdown: editors write tables (the verdict scale) and strike-through.
const base = () => unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeOutsideLinks);
// Latin quotations in Arabic text are isolated, so their marks and full stops stay on their side.
const processors = { ar: base().use(rehypeBidiIsolate, { dir: 'rtl' }).use(rehypeStringify), other: base().use(rehypeMarkArabic).use(rehypeStringify) };

/** Markdown to sanitised HTML; `lang` is the language the text is written in (default Arabic). */
export const markdownToSafeHtml = (markdown: string, lang = 'ar'): string => String((lang === 'ar' ? processors.ar : processors.other).processSync(markdown));

export interface MarkdownInspection {
  /** Raw HTML, with its 1-based line. */
  html: { line: number; html: string }[];
  /** Every image's address (references resolved to their definitions). */
  images: { line: number; url: string }[];
  /** Every link's address, and every definition's. */
  links: { line: number; url: string }[];
}

/** What a Markdown text holds that a reader must vet: raw HTML, images, link addresses. One parse. */
export function inspectMarkdown(markdown: string): MarkdownInspection {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const found: MarkdownInspection = { html: [], images: [], links: [] };
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node.url);
  });
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') found.html.push({ line, html: node.value });
    else if (node.type === 'image') found.images.push({ line, url: node.url });
    else if (node.type === 'imageReference' && definitions.has(node.identifier)) found.images.push({ line, url: definitions.get(node.identifier)! });
    else if (node.type === 'link' || node.type === 'definition') found.links.push({ line, url: node.url });
  });
  return found;
}

/** The scheme of an address (`javascript`), as a browser reads it: case, spaces and control characters ignored. */
export function urlScheme(url: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop these inside a scheme, so must we.
  return /^([a-z][a-z\d+.-]*):/.exec(url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase())?.[1];
}

/** True for an address on another site: a scheme, or `//host`. */
export const isOutsideUrl = (url: string): boolean => urlScheme(url) !== undefined || /^\s*[\\/]{2}/.test(url);

/** How deep quotations and lists may nest, and how many marks of one kind a paragraph may hold. */
export const MARKDOWN_LIMITS = { nesting: 100, marks: 500 } as const;

export type MarkdownHazard = { kind: 'nesting'; line: number; depth: number } | { kind: 'marks'; line: number; count: number; marks: string };

const MARK_KINDS = ['emphasis marks (* _ ~)', 'brackets ([)', 'backticks (`)'];
const KIND_OF: Record<string, number> = { '*': 0, _: 0, '~': 0, '[': 1, '`': 2 };
const CONTAINER = /[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))/y;

/**
 * One pass over the text, before it is parsed: the first line nested deeper than the limit (each `>`
 * or list marker at its start, and each two columns of indentation before them, is a level),
 * and a paragraph with more marks of one kind than the limit (escaped marks do not count).
 * The parser's time grows with the square of these: bounded here, it stays under a second.
 */
export function markdownHazards(markdown: string): MarkdownHazard[] {
  const found: MarkdownHazard[] = [];
  let deep = false;
  const lines = markdown.split('\n');
  let start = 0;
  let counts = MARK_KINDS.map(() => 0);
  const closeParagraph = () => {
    counts.forEach((count, k) => {
      if (count > MARKDOWN_LIMITS.marks) found.push({ kind: 'marks', line: start + 1, count, marks: MARK_KINDS[k]! });
    });
    counts = MARK_KINDS.map(() => 0);
  };
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      closeParagraph();
      start = i + 1;
      return;
    }
    const depth = nestingOf(line);
    // The first line too deep is enough: a bomb repeats it on every line.
    if (depth > MARKDOWN_LIMITS.nesting && !deep) {
      deep = true;
      found.push({ kind: 'nesting', line: i + 1, depth });
    }
    for (let c = 0; c < line.length; c++) {
      const kind = KIND_OF[line[c]!];
      if (line[c] === '\\') c++;
      else if (kind !== undefined) counts[kind]!++;
    }
  });
  closeParagraph();
  return found;
}

function nestingOf(line: string): number {
  const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
  let depth = Math.floor(indent / 2);
  CONTAINER.lastIndex = 0;
  while (CONTAINER.exec(line)) depth++;
  return depth;
}
