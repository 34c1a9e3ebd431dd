/**
 * Bidi controls and zero-width characters are invisible in a browser but change how text
 * reads, matches and copies (a "Trojan Source" trick in code, a search-breaker in news).
 * They are removed from the text and every one is counted in the removal record.
 */

// U+200B–U+200F zero-width space/joiners and LRM/RLM; U+202A–U+202E embeddings and
// overrides; U+2060–U+2064 word joiner and invisible operators; U+2066–U+2069 isolates;
// U+FEFF a byte-order mark left inside the text.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export interface InvisibleRemoval {
  line: number;
  /** Code points removed from that line, e.g. { 'U+202E': 2 }. */
  counts: Record<string, number>;
}

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Strips invisible characters from each line; reports what was removed, line by line. */
export function stripInvisible(lines: readonly string[]): { lines: string[]; removed: InvisibleRemoval[] } {
  const removed: InvisibleRemoval[] = [];
  const clean = lines.map((line, index) => {
    const found = line.match(INVISIBLE);
    if (!found) return line;
    const counts: Record<string, number> = {};
    for (const c of found) counts[codePoint(c)] = (counts[codePoint(c)] ?? 0) + 1;
    removed.push({ line: index + 1, counts });
    return line.replace(INVISIBLE, '');
  });
  return { lines: clean, removed };
}
