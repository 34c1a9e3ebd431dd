/**
 * Editors' Markdown → sanitised HTML (remark + GFM → rehype → rehype-sanitize). Raw HTML in the
 * Markdown is dropped by remark-rehype and refused with an error by the readers that call
 * `findRawHtml` first, so nothing from content/ is ever rendered as markup of its own.
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

/** Links to other sites open without handing them this page (after sanitising, which drops rel). */
const rehypeOutsideLinks = () => (tree: HastRoot) =>
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'a' && /^https?:/i.test(String(node.properties['href'] ?? ''))) node.properties['rel'] = ['noopener', 'noreferrer'];
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
const processors = { ar: base().use(rehypeStringify), other: base().use(rehypeMarkArabic).use(rehypeStringify) };

/** Markdown to sanitised HTML; `lang` is the language the text is written in (default Arabic). */
export const markdownToSafeHtml = (markdown: string, lang = 'ar'): string => String((lang === 'ar' ? processors.ar : processors.other).processSync(markdown));

/** Raw HTML in Markdown, with its 1-based line. */
export function findRawHtml(markdown: string): { line: number; html: string }[] {
  const found: { line: number; html: string }[] = [];
  visit(unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root, 'html', (node) => {
    found.push({ line: node.position?.start.line ?? 1, html: node.value });
  });
  return found;
}
