/**
 * The shape that goes with each verdict's word wherever a verdict is shown (the badge, the mark
 * in an article's text), so that colour is never the only cue.
 */
import type { Verdict } from '../schemas/review.ts';

export const VERDICT_SYMBOL: Record<Verdict, string> = {
  accurate: '✓',
  'mostly-accurate': '✓',
  misleading: '!',
  false: '✗',
  unverifiable: '?',
  opinion: '~',
};
