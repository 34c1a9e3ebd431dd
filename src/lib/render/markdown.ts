/**
 * Editors' Markdown → sanitised HTML (remark + GFM → rehype → rehype-sanitize). Raw HTML in the
 * Markdown is dropped by remark-rehype and refused with an error by the readers that call
 * `findRawHtml` first, so nothing from content/ is ever rendered as markup of its own.
 */
import type { Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

// GitHub-flavoured Markdown: editors write tables (the verdict scale) and strike-through.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

export const markdownToSafeHtml = (markdown: string): string => String(processor.processSync(markdown));

/** Raw HTML in Markdown, with its 1-based line. */
export function findRawHtml(markdown: string): { line: number; html: string }[] {
  const found: { line: number; html: string }[] = [];
  visit(unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root, 'html', (node) => {
    found.push({ line: node.position?.start.line ?? 1, html: node.value });
  });
  return found;
}
