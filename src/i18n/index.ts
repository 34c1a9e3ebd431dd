/**
 * The one way components get text: `const t = strings(lang)`, then `t('home.title')`.
 * No interface string is written inline anywhere else.
 */
import { ar } from './ar.ts';
import { en } from './en.ts';

export type UiLang = 'ar' | 'en';
export type UiKey = keyof typeof ar;

const catalogues: Record<UiLang, Record<UiKey, string>> = { ar, en };

export const DIRECTION: Record<UiLang, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' };

// Dates and numbers in Western digits, as the seed outlets print them.
const LOCALE: Record<UiLang, string> = { ar: 'ar-u-nu-latn', en: 'en-GB' };

/** Language names for source lists ("en" → "الإنجليزية"). */
export const languageName = (code: string, lang: UiLang): string => new Intl.DisplayNames([LOCALE[lang]], { type: 'language' }).of(code) ?? code;

export function strings(lang: UiLang) {
  const catalogue = catalogues[lang];
  const t = (key: UiKey, values: Record<string, string | number> = {}) =>
    catalogue[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));

  /** `plural('article.paragraphs', 3)` picks the right Arabic (or English) plural form. */
  const plural = (base: 'article.paragraphs' | 'claims.count', count: number) => {
    const category = new Intl.PluralRules(LOCALE[lang]).select(count) as 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
    // English has no "zero" category; say it all the same.
    return t(`${base}.${count === 0 ? 'zero' : category}`, { count: new Intl.NumberFormat(LOCALE[lang]).format(count) });
  };

  /** A date from the metadata in long form: the calendar day as the outlet wrote it, whatever its time zone. */
  const date = (iso: string) =>
    new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));

  /** A number as this language writes it (Western digits in both). */
  const number = (n: number) => new Intl.NumberFormat(LOCALE[lang]).format(n);

  return { t, plural, date, number, lang, dir: DIRECTION[lang] };
}

/** The interface language of the site until the English pages land. */
export const SITE_LANG: UiLang = 'ar';
