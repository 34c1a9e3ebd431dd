/** W3C Web Annotation TextQuoteSelector for a span of an article's text. */
import type { TextQuoteSelector } from '../schemas/claim.ts';

const CONTEXT = 32;

export function textQuoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}
