/**
 * Content words of a claim for matching claims against each other: folded, with attached
 * conjunctions, prepositions and the article removed, a light stem (no plural or feminine
 * ending, no imperfect prefix), and function words dropped. "اعترافاً" and "اعترافا",
 * "يعكس" and "تعكس", "الجيوش" and "جيوش" meet; nothing here is shown to readers.
 */
import { tokenize } from './tokens.ts';

const STOP = new Set([
  'في', 'من', 'علي', 'الي', 'عن', 'مع', 'ان', 'او', 'ثم', 'بين', 'خلال', 'بعد', 'قبل', 'هذا', 'هذه', 'ذلك', 'تلك', 'التي', 'الذي',
  'هو', 'هي', 'هم', 'كما', 'لا', 'لم', 'لن', 'ما', 'قد', 'كان', 'كانت', 'غير', 'كل', 'اي', 'حيث', 'اذ', 'بل', 'لكن', 'وفق', 'حسب', 'عده',
  'ايضا', 'فقط', 'حول', 'عبر', 'الا', 'اما', 'انه', 'انها', 'لها', 'له', 'فيها', 'فيه', 'منها', 'منه', 'عليه', 'عليها',
  'ولا', 'ولم', 'ولن', 'فلا', 'ليس', 'وهو', 'وهي', 'وما', 'لهذه', 'لهذا', 'وذلك', 'وان', 'فان', 'بان',
]);

/** The light stem of one folded word. */
export function stem(word: string): string {
  let w = word;
  // Only prefixes that cannot be a word's own letters are removed: a bare ب or ل may be
  // (باكستان، ليبيا), so they go only together with the article (بال، لل).
  if (/^(وال|فال|بال|كال)/.test(w) && w.length > 5) w = w.slice(3);
  else if (/^لل/.test(w) && w.length > 4) w = w.slice(2);
  else if (/^ال/.test(w) && w.length > 4) w = w.slice(2);
  else if (/^[وف]/.test(w) && w.length > 3) w = w.slice(1);
  w = w.replace(/(ات|ون|ين|ان|يه|يا|ا|ه|ي)$/, (m) => (w.length - m.length >= 3 ? '' : m));
  if (/^[يتن]/.test(w) && w.length >= 4) w = w.slice(1);
  return w;
}

/** Distinct content terms of a text. */
export function terms(text: string): string[] {
  const out = new Set<string>();
  for (const t of tokenize(text)) {
    if (STOP.has(t.folded) || t.folded.length < 2 || /^\d+$/.test(t.folded)) continue;
    const s = stem(t.folded);
    if (s.length >= 2 && !STOP.has(s)) out.add(s);
  }
  return [...out];
}
