/**
 * An Arabic name in Latin letters for English pages, when no editor has given one
 * (`name_en` in content/people.yaml): `محمد السلاك` → `Mohammed al-Salak`. Arabic script
 * leaves short vowels out, so this is a reader's guess, not a spelling: pages mark it as
 * transliterated. Common first names keep their usual English spelling; otherwise long
 * vowels are read from ا و ي, the article is `al-`, and a word opening on two consonants
 * gets an `a` between them (فرج → Farj, not Frj; most names open on a short a).
 */
import { TABLE } from './transliterate.ts';

const USUAL: Readonly<Record<string, string>> = {
  محمد: 'Mohammed',
  احمد: 'Ahmed',
  محمود: 'Mahmoud',
  مصطفى: 'Mustafa',
  علي: 'Ali',
  عمر: 'Omar',
  حسن: 'Hassan',
  حسين: 'Hussein',
  خالد: 'Khaled',
  يوسف: 'Youssef',
  ابراهيم: 'Ibrahim',
  عبد: 'Abdel',
  عبدالله: 'Abdullah',
  فاطمة: 'Fatima',
  مريم: 'Maryam',
};

const LONG = new Set(['ا', 'و', 'ي', 'ى']);

/** One word (no spaces) in Latin letters, with its first letter capitalised. */
function romanizeWord(word: string): string {
  // Tashkeel and tatweel drop out; hamza seats fold (أ إ آ → ا), an إ opening the name is read i.
  const plain = word.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  const article = plain.length > 3 && plain.startsWith('ال');
  const initialI = (article ? plain.slice(2) : plain).startsWith('إ');
  const bare = plain.replace(/[أإآ]/g, 'ا');
  if (USUAL[bare]) return USUAL[bare];
  const letters = [...(article ? bare.slice(2) : bare)];
  const units = letters.map((c, i) => {
    const before = letters[i - 1];
    const after = letters[i + 1];
    if (c === 'ا') return { text: i === 0 && initialI ? 'i' : 'a', vowel: true };
    if (c === 'ى' || (c === 'ة' && after === undefined)) return { text: 'a', vowel: true };
    if ((c === 'و' || c === 'ي') && i > 0 && before !== 'ا' && after !== 'ا' && !LONG.has(before ?? '')) {
      return { text: c === 'و' ? 'u' : 'i', vowel: true };
    }
    // ع opening a word is heard as its vowel (عاصم → Asm), inside it as a break (ربيعة → Rabi'a).
    if (c === 'ع') return i === 0 ? { text: after === 'ا' ? '' : 'a', vowel: true } : { text: "'", vowel: false };
    return { text: TABLE[c] ?? '', vowel: false };
  });
  // A name opening on two consonants (فرج، دردور) is almost always read with an a between them.
  if (units.length > 2 && !units[0]!.vowel && !units[1]!.vowel && units[0]!.text) units.splice(1, 0, { text: 'a', vowel: true });
  const latin = units.map((u) => u.text).join('');
  const capital = latin.charAt(0).toUpperCase() + latin.slice(1);
  return article ? `al-${capital}` : capital;
}

/** `خليفة حفتر` → `Khalifa Haftar`: each word romanised, the first word capitalised even after al-. */
export function romanizeName(name: string): string {
  const words = name.split(/\s+/).filter(Boolean).map(romanizeWord).filter(Boolean);
  if (words[0]?.startsWith('al-')) words[0] = `A${words[0].slice(1)}`;
  return words.join(' ');
}
