/**
 * Which characters of a sentence lie inside quotation marks (" " « » “ ”). Reporting verbs and
 * clause breaks inside a quotation belong to the quoted speaker, not to the article, so the
 * extractor looks for them outside quotations only. A quotation left open (the source lost
 * its closing mark) runs to the end of the sentence.
 */
export function insideQuotes(text: string): boolean[] {
  const inside: boolean[] = [];
  let straight = false;
  let curly = 0;
  for (const c of text) {
    // Mark the quotation marks themselves as inside, so spans trimmed of them stay clean.
    if (c === '"') straight = !straight;
    if (c === '«' || c === '“') curly++;
    const now = straight || curly > 0 || c === '"';
    if (c === '»' || c === '”') curly = Math.max(0, curly - 1);
    // A character can take two UTF-16 units; keep one flag per unit so indexes line up.
    for (let k = 0; k < c.length; k++) inside.push(now || c === '»' || c === '”');
  }
  return inside;
}

/** Characters that open or close a quotation, to trim from a claim's edges. */
export const QUOTE_MARKS = /^["«»“”\s]+|["«»“”\s]+$/g;
