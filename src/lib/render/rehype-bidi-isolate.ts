/**
 * rehype plugin: wraps each run of text written in the other direction (src/lib/text/bidi-runs.ts)
 * in a `<bdi>`, so an English quotation in Arabic text keeps its quotation marks and full stop
 * where English puts them, and Arabic in English text likewise. `dir` is the direction of the
 * text the tree holds. Text already inside a `<bdi>`, code, or an element with its own `dir` is left alone.
 */
import type { ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { bidiPieces, type Direction } from '../text/bidi-runs.ts';

const LEAVE = new Set(['bdi', 'code', 'pre', 'script', 'style']);

export default function rehypeBidiIsolate(options: { dir: Direction }) {
  return (tree: Root) =>
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined) return;
      if (parent.type === 'element' && (LEAVE.has(parent.tagName) || parent.properties['dir'] !== undefined)) return;
      const pieces = bidiPieces(node.value, options.dir);
      if (!pieces.some((p) => p.isolate)) return;
      const nodes: ElementContent[] = pieces.map((p) => (p.isolate ? h('bdi', p.text) : ({ type: 'text', value: p.text } satisfies Text)));
      parent.children.splice(index, 1, ...nodes);
      return index + nodes.length;
    });
}
