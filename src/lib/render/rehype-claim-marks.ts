/**
 * rehype plugin: wraps each claim's span in the article's paragraphs in a link to its page
 * (`<a class="claim" href="/claims/<id>/"><mark>…</mark><sup>n</sup></a>`), so readers find
 * claims in place by keyboard and without colour: the mark is underlined (solid for a
 * statement of fact, dotted for an opinion or a prediction) and numbered, and a reviewed
 * claim is followed by its verdict in words with the verdict's symbol (docs/look.md).
 * Paragraph elements carry `data-offset`: where their text starts in the article's text.
 * Each sentence becomes a span with its stable id, so any sentence can be linked to; with
 * `sentenceLink`, it ends with a link to itself and a (hidden) button that copies that link.
 * Text stays text nodes throughout: nothing from an article is ever parsed as HTML.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

export interface ClaimMark {
  id: string;
  start: number;
  end: number;
  kind: string;
  /** The number shown after the claim, matching the article's list of claims. */
  number: number;
  /** Accessible description, e.g. "ادعاء ٣: رأي", and its language (the interface's, not the article's). */
  description: string;
  descriptionLang?: string;
  /** Link target; without one, the claim is marked but not linked (the claim's own page). */
  href?: string;
  /** The editors' verdict, shown after the claim: its name (`false`), word and symbol, and the language of the word. */
  verdict?: { name: string; label: string; symbol: string; lang: string };
}

export interface SentenceMark {
  id: string;
  start: number;
  end: number;
}

export interface Options {
  claims: readonly ClaimMark[];
  /** Every sentence gets an anchor (`<span id="s-…">`) for deep links; claims sit inside. */
  sentences?: readonly SentenceMark[];
  /** Names of a sentence's own link and of its copy button (src/scripts/sentence-links.ts shows the button), in `lang`. */
  sentenceLink?: { link: string; copy: string; lang: string };
}

/** After a sentence: `#`, a link to the sentence, and a button that copies that link (hidden until a script runs). */
const sentenceControls = (id: string, names: NonNullable<Options['sentenceLink']>): ElementContent[] => [
  h('a', { href: `#${id}`, className: ['sentence-link'], ariaLabel: names.link, lang: names.lang }, '#'),
  h('button', { type: 'button', className: ['sentence-copy'], hidden: true, lang: names.lang, dataSentence: id }, names.copy),
];

function wrap(text: string, offset: number, claims: readonly ClaimMark[]): ElementContent[] {
  const inside = claims.filter((c) => c.start >= offset && c.end <= offset + text.length).sort((a, b) => a.start - b.start);
  const out: ElementContent[] = [];
  let at = 0;
  for (const claim of inside) {
    const start = claim.start - offset;
    const end = claim.end - offset;
    if (start < at) continue; // overlapping claims: keep the first
    if (start > at) out.push({ type: 'text', value: text.slice(at, start) } satisfies Text);
    const mark = h('mark', { className: ['claim-mark', `claim-${claim.kind}`] }, text.slice(start, end));
    const number = h('sup', { className: ['claim-number'], ariaHidden: 'true' }, String(claim.number));
    const label = h('span', { className: ['sr-only'], lang: claim.descriptionLang }, ` (${claim.description})`);
    const verdict = claim.verdict
      ? [
          h('span', { className: ['claim-verdict'], lang: claim.verdict.lang, dir: 'auto' }, [
            h('span', { ariaHidden: 'true' }, claim.verdict.symbol),
            ` ${claim.verdict.label}`,
          ]),
        ]
      : [];
    const state = claim.verdict ? { className: ['claim', 'claim-reviewed'], dataVerdict: claim.verdict.name } : { className: ['claim', 'claim-unreviewed'] };
    out.push(
      claim.href
        ? h('a', { href: claim.href, id: `claim-${claim.id}`, ...state, dataClaim: claim.id }, [mark, number, ...verdict, label])
        : h('span', { id: `claim-${claim.id}`, className: ['claim', 'claim-current'], dataClaim: claim.id }, [mark, label]),
    );
    at = end;
  }
  if (at < text.length) out.push({ type: 'text', value: text.slice(at) } satisfies Text);
  return out;
}

export default function rehypeClaimMarks(options: Options) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const offset = node.properties?.['dataOffset'];
      if (typeof offset !== 'number' && typeof offset !== 'string') return;
      const only = node.children.length === 1 ? node.children[0] : undefined;
      if (only?.type !== 'text') return;
      const start = Number(offset);
      const text = only.value;
      const sentences = (options.sentences ?? []).filter((x) => x.start >= start && x.end <= start + text.length).sort((a, b) => a.start - b.start);
      if (sentences.length === 0) node.children = wrap(text, start, options.claims);
      else {
        const children: ElementContent[] = [];
        let at = 0;
        for (const sentence of sentences) {
          if (sentence.start - start > at) children.push({ type: 'text', value: text.slice(at, sentence.start - start) });
          const part = text.slice(sentence.start - start, sentence.end - start);
          const controls = options.sentenceLink ? sentenceControls(sentence.id, options.sentenceLink) : [];
          children.push(h('span', { id: sentence.id, className: ['sentence'] }, [...wrap(part, sentence.start, options.claims), ...controls]));
          at = sentence.end - start;
        }
        if (at < text.length) children.push({ type: 'text', value: text.slice(at) });
        node.children = children;
      }
      delete node.properties['dataOffset'];
    });
  };
}
