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
import { baseDirection, type Direction } from '../text/bidi-runs.ts';
import rehypeBidiIsolate from './rehype-bidi-isolate.ts';
import rehypeClaimMarks, { type ClaimMark, type Options, type SentenceMark } from './rehype-claim-marks.ts';

// Runs in the other direction are isolated; the body's direction is its first letter's, as its `dir="auto"` says.
const processor = (options: Options, dir: Direction) => unified().use(rehypeClaimMarks, options).use(rehypeBidiIsolate, { dir });
const direction = (blocks: readonly Block[]): Direction => baseDirection(blocks[0]?.text ?? '') ?? 'rtl';

/** The whole body: `h2` headings and `p` paragraphs with their stable ids; each sentence with its link when `sentenceLink` names it. */
export function articleBodyHtml(
  blocks: readonly Block[],
  claims: readonly ClaimMark[],
  sentences: readonly SentenceMark[] = [],
  sentenceLink?: Options['sentenceLink'],
): string {
  const tree: Root = {
    type: 'root',
    children: blocks.map((b) => (b.kind === 'heading' ? h('h2', { id: b.id }, b.text) : h('p', { id: b.id, dataOffset: b.start }, b.text))),
  };
  return toHtml(processor(sentenceLink ? { claims, sentences, sentenceLink } : { claims, sentences }, direction(blocks)).runSync(tree) as Root);
}

/** One paragraph with one claim marked (not linked): the context on a claim's page. */
export function paragraphHtml(block: Block, claim: ClaimMark): string {
  const tree: Root = { type: 'root', children: [h('p', { dataOffset: block.start }, block.text)] };
  return toHtml(processor({ claims: [claim] }, direction([block])).runSync(tree) as Root);
}
