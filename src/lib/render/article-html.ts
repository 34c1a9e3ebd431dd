/**
 * HTML of an article's body (headings and paragraphs) with its claims marked in place,
 * built as a hast tree from text nodes and serialised by hast-util-to-html, which escapes
 * all text: markup in a seed is shown as text, never rendered.
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import type { Block } from '../schemas/article.ts';
import rehypeClaimMarks, { type ClaimMark, type SentenceMark } from './rehype-claim-marks.ts';

const processor = (claims: readonly ClaimMark[], sentences: readonly SentenceMark[] = []) => unified().use(rehypeClaimMarks, { claims, sentences });

/** The whole body: `h2` headings and `p` paragraphs with their stable ids. */
export function articleBodyHtml(blocks: readonly Block[], claims: readonly ClaimMark[], sentences: readonly SentenceMark[] = []): string {
  const tree: Root = {
    type: 'root',
    children: blocks.map((b) => (b.kind === 'heading' ? h('h2', { id: b.id }, b.text) : h('p', { id: b.id, dataOffset: b.start }, b.text))),
  };
  return toHtml(processor(claims, sentences).runSync(tree) as Root);
}

/** One paragraph with one claim marked (not linked): the context on a claim's page. */
export function paragraphHtml(block: Block, claim: ClaimMark): string {
  const tree: Root = { type: 'root', children: [h('p', { dataOffset: block.start }, block.text)] };
  return toHtml(processor([claim]).runSync(tree) as Root);
}
