/** Percent markers after a number: "%", "٪", "بالمئة", "في المئة" (and المائة). */
import type { NumberScan } from './number-scan.ts';

const PERCENT_SIGN = /^ ?[%\u066A]/u;

/** The percent marker right after token `i`: the mention's new end and the marker's last token. */
export function percentAfter(scan: NumberScan, i: number): { end: number; last: number } | undefined {
  const { text, tokens } = scan;
  const tok = tokens[i];
  if (tok === undefined) return undefined;
  const sign = PERCENT_SIGN.exec(text.slice(tok.end));
  if (sign) return { end: tok.end + sign[0].length, last: i };
  const a = tokens[i + 1];
  if (!scan.adjacent(tok, a)) return undefined;
  const ha = scan.wordAt(i + 1);
  if (ha?.entry.value === 100 && ha.reading.definite && ha.reading.prep === 'ب' && a) return { end: a.end, last: i + 1 };
  const b = tokens[i + 2];
  const hb = scan.wordAt(i + 2);
  if (a?.folded === 'في' && scan.adjacent(a, b) && hb?.entry.value === 100 && hb.reading.definite && b) {
    return { end: b.end, last: i + 2 };
  }
  return undefined;
}
