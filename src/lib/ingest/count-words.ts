/**
 * Words of a line, counted without building an array: ingest asks this of every line several
 * times, and the text layer's `wordCount` splits the string each time. Same result: runs of
 * non-whitespace characters.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space =
      c === 32 ||
      (c >= 9 && c <= 13) ||
      c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
