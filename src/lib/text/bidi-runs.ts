/**
 * Runs of text written in the other direction: a Latin quotation inside Arabic, Arabic words
 * inside English. Left to the Unicode bidi algorithm, a quotation's closing mark and full stop
 * take the direction of the text around it and land on the wrong side of it; isolated (a
 * <bdi>, which takes its direction from its first letter), the run keeps its own order.
 * A run reaches from its first letter to its last letter or digit, with the opening quotation
 * mark just before it and, when it has one, the closing mark and the punctuation inside it.
 */
export type Direction = 'rtl' | 'ltr';

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
// What may stand between a quotation's last word and its closing mark: `…aircraft."`, `«… "نعم".»`.
const INSIDE_CLOSE = /[.,;:!?…"”’'»)\]]/u;
// Quotation marks and brackets, and the angle brackets of markup quoted as text (`<script>…</script>`).
const CLOSING: Record<string, string> = { '"': '"', '“': '”', '«': '»', '‘': '’', "'": "'", '(': ')', '[': ']', '<': '>' };

const isRtl = (c: string) => RTL_LETTER.test(c);
const isLtr = (c: string) => LETTER.test(c) && !RTL_LETTER.test(c);

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
    const open = text[start - 1];
    const close = open === undefined ? undefined : CLOSING[open];
    if (close !== undefined) {
      start--;
      let k = end;
      while (k < text.length && text[k] !== close && INSIDE_CLOSE.test(text[k]!)) k++;
      if (text[k] === close) end = k + 1;
    }
    if (start > done) pieces.push({ text: text.slice(done, start), isolate: false });
    pieces.push({ text: text.slice(start, end), isolate: true });
    done = end;
    i = end;
  }
  if (done < text.length) pieces.push({ text: text.slice(done), isolate: false });
  return pieces;
}
