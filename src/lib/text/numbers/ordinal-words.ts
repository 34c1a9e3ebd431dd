/** Ordinal words: الأول, ثالثة, الحادي عشر, الخامس والعشرون (not month names, not "30 ثانية"). */
import { hasCore, MONTH_HEADS } from './number-words.ts';
import type { NumberWord } from './number-words.ts';
import type { NumberScan } from './number-scan.ts';

/** Reads the ordinal word `hit` at token `i` with a following عشر or و + ten; returns the next index. */
export function readOrdinal(scan: NumberScan, i: number, hit: NumberWord): number {
  const tok = scan.tokens[i];
  if (tok === undefined) return i + 1;
  const prev = scan.tokens[i - 1];
  const afterPrev = scan.adjacent(prev, tok);
  if (hit.reading.definite && hit.entry.value <= 2 && afterPrev && hasCore(prev?.folded, MONTH_HEADS)) {
    return i + 1; // كانون الثاني, تشرين الأول, ربيع الأول: a month name
  }
  if (hit.reading.core === 'ثانيه' && !hit.reading.definite && afterPrev && scan.isNumber(i - 1)) {
    return i + 1; // "30 ثانية": seconds, not "second"
  }
  let value = hit.entry.value;
  let last = i;
  const n = scan.next(i);
  const h2 = n ? scan.wordAt(n.idx) : undefined;
  if (n && h2 && value <= 9) {
    const waw = n.looseWaw || h2.reading.conj === 'و';
    if (!waw && h2.entry.cls === 'ten10' && h2.reading.conj === '' && h2.reading.prep === '') {
      value += 10; // الحادي عشر, الثانية عشرة
      last = n.idx;
    } else if (waw && h2.entry.cls === 'ten') {
      value += h2.entry.value; // الخامس والعشرون
      last = n.idx;
    }
  }
  if (last === i && hit.entry.compoundOnly) return i + 1;
  scan.push(scan.startOf(tok, hit.reading), scan.tokens[last]?.end ?? tok.end, value, 'ordinal');
  return last + 1;
}
