/**
 * The text the check-worthiness scorer reads: tweet furniture (URLs, @mentions, emoji, the #
 * of hashtags) removed, because the scorer is used on news prose, which has none.
 */

const URL_RE = /\b(?:https?:\/\/|www\.)\S+|\bpic\.twitter\.com\/\S+/giu;
const MENTION_RE = /(?<![\p{L}\p{N}_])@[A-Za-z0-9_]+/gu;
const HASHTAG_RE = /#([\p{L}\p{M}\p{N}_]+)/gu;
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each code point (joiners and variation selectors included) is removed on its own.
const EMOJI_RE = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u200D\u20E3\u2066-\u2069\uFFFD]/gu;

/**
 * Removes tweet furniture so a tweet reads like prose: URLs, @mentions and emoji go; a
 * hashtag keeps its words ("#صفقة_القرن" → "صفقة القرن"); a leading "RT" goes; HTML entities
 * are decoded; whitespace is collapsed. Prose without furniture is returned unchanged apart
 * from whitespace.
 */
export function normaliseForScoring(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/^\s*RT\b\s*(?:@[A-Za-z0-9_]+)?\s*:?/u, ' ')
    .replace(URL_RE, ' ')
    .replace(/^(?:\s*@[A-Za-z0-9_]+)+\s*:?/u, ' ')
    .replace(MENTION_RE, ' ')
    .replace(HASHTAG_RE, (_m, words: string) => ` ${words.replace(/_+/g, ' ')} `)
    .replace(EMOJI_RE, ' ')
    .replace(/\s+([.,،؛:!?؟])/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
