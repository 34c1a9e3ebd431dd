/**
 * Runs of text written in the other direction: a Latin quotation inside Arabic, Arabic words
 * inside English. Left to the Unicode bidi algorithm, a quotation's closing mark and full stop
 * take the direction of the text around it and land on the wrong side of it; isolated (a
 * <bdi>, which takes its direction from its first letter), the run keeps its own order.
 * A run reaches from its first letter to its last letter or digit, with the opening quotation
 * mark just before it and, when it has one, the closing mark and the punctuation inside it.
 * Words and spaces alone (`Pakistan Today`) are ordered right without help: they are left as they are.
 */
export type Direction = 'rtl' | 'ltr';

// Script extensions, so that letters Arabic shares with other scripts (the tatweel ـ) count as Arabic.
const RTL_LETTER = /[\p{scx=Arabic}\p{scx=Hebrew}\p{scx=Syriac}\p{scx=Thaana}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const WORDS_ONLY = /^[\p{L}\p{M}\s]+$/u;
// What may stand between a quotation's last word and its closing mark: `…aircraft."`, `«… "نعم".»`.
const INSIDE_CLOSE = /[.,;:!?…"”’'»)\]]/u;
// Quotation marks and brackets, and the angle brackets of markup quoted as text (`<script>…</script>`).
const CLOSING: Record<string, string> = { '"': '"', '“': '”', '«': '»', '‘': '’', "'": "'", '(': ')', '[': ']', '<': '>' };

const isRtl = (c: string) => RTL_LETTER.test(c);
const isLtr = (c: string) => LETTER.test(c) && !RTL_LETTER.test(c);

/** The closing mark a run still needs: a quotation or bracket opened in it and not closed (apostrophes aside). */
function unclosed(run: string): string | undefined {
  const count = (c: string) => run.split(c).length - 1;
  for (const [open, close] of Object.entries(CLOSING)) {
    if (open === "'") continue;
    if (open === close ? count(open) % 2 === 1 : count(open) > count(close)) return close;
  }
  return undefined;
}

/** The direction of a text's first letter, as `dir="auto"` reads it. */
export function baseDirection(text: string): Direction | undefined {
  for (const c of text) {
    if (isRtl(c)) return 'rtl';
    if (LETTER.test(c)) return 'ltr';
  }
  return undefined;
}

export interface BidiPiece {
  text: string;
  /** True for a run in the other direction, to be isolated. */
  isolate: boolean;
}

/** The text cut into pieces: runs in the direction other than `base` are marked for isolation. */
export function bidiPieces(text: string, base: Direction): BidiPiece[] {
  const foreign = base === 'rtl' ? isLtr : isRtl;
  const native = base === 'rtl' ? isRtl : isLtr;
  const pieces: BidiPiece[] = [];
  let done = 0;
  let i = 0;
  while (i < text.length) {
    if (!foreign(text[i]!)) {
      i++;
      continue;
    }
    let start = i;
    let end = i + 1;
    for (let j = i; j < text.length && !native(text[j]!); j++) if (foreign(text[j]!) || DIGIT.test(text[j]!)) end = j + 1;
    // An opening mark just before the run belongs to it; so do the closing marks of the quotations
    // and brackets opened in it, with the punctuation before them (`Mint: "As per … Israel."`).
    if (text[start - 1] !== undefined && CLOSING[text[start - 1]!] !== undefined) start--;
    for (let close = unclosed(text.slice(start, end)); close !== undefined; close = unclosed(text.slice(start, end))) {
      let k = end;
      while (k < text.length && text[k] !== close && INSIDE_CLOSE.test(text[k]!)) k++;
      if (text[k] !== close) break;
      end = k + 1;
    }
    i = end;
    if (WORDS_ONLY.test(text.slice(start, end))) continue;
    if (start > done) pieces.push({ text: text.slice(done, start), isolate: false });
    pieces.push({ text: text.slice(start, end), isolate: true });
    done = end;
  }
  if (done < text.length) pieces.push({ text: text.slice(done), isolate: false });
  return pieces;
}
