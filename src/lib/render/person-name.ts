/**
 * A person's name as a page in one language shows it. Arabic pages show the name as written;
 * English pages show the editors' English name (`name_en` in content/people.yaml), else a
 * transliteration that the page marks as such (docs/people.md).
 */
import { romanizeName } from '../text/romanize-name.ts';

export interface ShownName {
  text: string;
  /** The language of `text`, for its `lang` attribute. */
  lang: 'ar' | 'en';
  /** True when `text` is a transliteration no editor has checked. */
  transliterated: boolean;
}

export function shownName(person: { name: string; nameEn?: string | undefined }, pageLang: 'ar' | 'en'): ShownName {
  if (pageLang === 'ar') return { text: person.name, lang: 'ar', transliterated: false };
  if (person.nameEn) return { text: person.nameEn, lang: 'en', transliterated: false };
  return { text: romanizeName(person.name), lang: 'en', transliterated: true };
}
