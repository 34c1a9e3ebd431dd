/**
 * Cardinal number words and the compounds Arabic builds from them: unit + و + ten,
 * hundred + و + smaller, count + scale word, unit + عشر ("ثلاثة آلاف وخمسمئة وعشرون" = 3520).
 */
import type { LexEntry, NumberWord } from './number-words.ts';
import type { NumberScan } from './number-scan.ts';
import { percentAfter } from './percent.ts';

type Part = 'unit' | 'teen' | 'ten' | 'hundred' | 'scale';

/** A compound number being read word by word: the sum so far and what its last word was. */
class Compound {
  private total = 0;
  private group = 0;
  private last: Part = 'unit';
  private lastScale = Infinity;

  get value(): number {
    return this.total + this.group;
  }

  /** Whether `entry` (joined by و when `waw`) can continue the number. */
  accepts(entry: LexEntry, waw: boolean): boolean {
    const { last, group } = this;
    const c = entry.cls;
    const ok = waw
      ? (last === 'unit' && c === 'ten' && group < 10) ||
        (last === 'hundred' && (c === 'unit' || c === 'ten10' || c === 'ten')) ||
        (last === 'scale' && (c === 'unit' || c === 'ten10' || c === 'ten' || c === 'hundred'))
      : (last === 'unit' && c === 'ten10' && group < 10) ||
        (last === 'unit' && c === 'hundred' && entry.value === 100 && group < 10) ||
        (c === 'scale' && !entry.dual && group > 0 && last !== 'scale' && entry.value < this.lastScale);
    return ok && !(entry.plural && !(group >= 3 && group <= 10));
  }

  /** Adds the next word's value (`first`: the word the number starts with). */
  add(entry: LexEntry, waw: boolean, first: boolean): void {
    switch (entry.cls) {
      case 'unit':
        this.group += entry.value;
        this.last = 'unit';
        break;
      case 'ten10':
        this.group += 10;
        this.last = 'teen';
        break;
      case 'ten':
        this.group += entry.value;
        this.last = 'ten';
        break;
      case 'hundred':
        // ثلاث مئة: a unit times a hundred; مئتين وثلاث: added.
        this.group = !waw && !first && this.last === 'unit' && entry.value === 100 ? this.group * 100 : this.group + entry.value;
        this.last = 'hundred';
        break;
      case 'scale':
        this.total += entry.dual ? entry.value : (this.group === 0 ? 1 : this.group) * entry.value;
        this.group = 0;
        this.lastScale = entry.value;
        this.last = 'scale';
        break;
      case 'ordinal':
        break;
    }
  }
}

/** A compound-only unit (أحد, اثنا) must be followed directly by عشر/عشرة. */
function teenFollows(scan: NumberScan, idx: number): boolean {
  const n = scan.next(idx);
  const h = n && !n.looseWaw ? scan.wordAt(n.idx) : undefined;
  return h?.entry.cls === 'ten10' && h.reading.conj === '' && h.reading.prep === '';
}

/** Reads the cardinal word `hit` at token `i` and the words that continue it; returns the next index. */
export function readCardinal(scan: NumberScan, i: number, hit: NumberWord): number {
  const { tokens } = scan;
  const tok = tokens[i];
  if (tok === undefined) return i + 1;
  const e = hit.entry;
  if (e.plural) return i + 1; // آلاف / ملايين alone: vague, skipped
  if (e.cls === 'hundred' && hit.reading.definite && (hit.reading.prep === 'ب' || tokens[i - 1]?.folded === 'في')) {
    return i + 1; // a stray "بالمئة" / "في المئة"
  }
  if (e.cls === 'ten' && hit.reading.definite) {
    scan.push(scan.startOf(tok, hit.reading), tok.end, e.value, 'ordinal'); // العشرون: the twentieth
    return i + 1;
  }
  if (e.compoundOnly && !teenFollows(scan, i)) return i + 1;

  const number = new Compound();
  number.add(e, false, true);
  let lastIdx = i;
  for (;;) {
    const n = scan.next(lastIdx);
    if (!n) break;
    const h = scan.wordAt(n.idx);
    if (!h || h.entry.cls === 'ordinal' || h.reading.definite || h.reading.prep !== '') break;
    if (h.reading.conj === 'ف') break;
    if (n.looseWaw && h.reading.conj !== '') break;
    const waw = n.looseWaw || h.reading.conj === 'و';
    if (!number.accepts(h.entry, waw)) break;
    if (h.entry.compoundOnly && !teenFollows(scan, n.idx)) break;
    number.add(h.entry, waw, false);
    lastIdx = n.idx;
  }

  const start = scan.startOf(tok, hit.reading);
  const pct = percentAfter(scan, lastIdx);
  if (pct) {
    scan.push(start, pct.end, number.value, 'percent');
    return pct.last + 1;
  }
  scan.push(start, tokens[lastIdx]?.end ?? tok.end, number.value, 'cardinal');
  return lastIdx + 1;
}
