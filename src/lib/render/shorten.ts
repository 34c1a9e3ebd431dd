/**
 * A text cut to at most `max` characters at a word boundary, with "…" when cut: link cards
 * (LinkCard.astro) show a linked claim and its article's title in a line or two, so that a list
 * of links weighs the same whatever their length; the whole text is one click away.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  // The last whole word that fits (the character after the limit tells whether the word goes on).
  const head = text.slice(0, max + 1);
  const space = head.search(/\s\S*$/u);
  const cut = space > 0 ? head.slice(0, space) : text.slice(0, max);
  return `${cut.replace(/[\s،,؛:.\-–—]+$/u, '')}…`;
}
