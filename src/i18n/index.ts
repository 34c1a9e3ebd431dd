/**
 * The one way components get text: `const t = strings(lang)`, then `t('home.title')`.
 * No interface string is written inline anywhere else.
 */
import { ar } from './ar.ts';
import { en } from './en.ts';

export type UiLang = 'ar' | 'en';
export type UiKey = keyof typeof ar;

const catalogues: Record<UiLang, Record<UiKey, string>> = { ar, en };

/** Whether a key built at run time (`rule.${name}`) names an interface string; `t` throws on any other. */
export const isUiKey = (key: string): key is UiKey => Object.hasOwn(ar, key);

export const DIRECTION: Record<UiLang, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' };

// Dates and numbers in Western digits, as the seed outlets print them.
const LOCALE: Record<UiLang, string> = { ar: 'ar-u-nu-latn', en: 'en-GB' };

/** Language names for source lists ("en" → "الإنجليزية"). */
export const languageName = (code: string, lang: UiLang): string => new Intl.DisplayNames([LOCALE[lang]], { type: 'language' }).of(code) ?? code;

/** The toolkit of one language, made once: every component of every page asks for it. */
const toolkits = new Map<UiLang, ReturnType<typeof makeStrings>>();
export function strings(lang: UiLang) {
  let toolkit = toolkits.get(lang);
  if (!toolkit) {
    toolkit = makeStrings(lang);
    toolkits.set(lang, toolkit);
  }
  return toolkit;
}

function makeStrings(lang: UiLang) {
  const catalogue = catalogues[lang];
  const pluralRules = new Intl.PluralRules(LOCALE[lang]);
  const numbers = new Intl.NumberFormat(LOCALE[lang]);
  const dates = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' });
  const t = (key: UiKey, values: Record<string, string | number> = {}) =>
    catalogue[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));

  /** A number as this language writes it (Western digits in both). */
  const number = (n: number) => numbers.format(n);

  /** `plural('article.paragraphs', 3)` picks the right Arabic (or English) plural form. */
  const plural = (base: 'article.paragraphs' | 'articles.count' | 'claims.count', count: number) => {
    const category = pluralRules.select(count) as 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
    // English has no "zero" category; say it all the same.
    return t(`${base}.${count === 0 ? 'zero' : category}`, { count: number(count) });
  };

  /** A date from the metadata in long form: the calendar day as the outlet wrote it, whatever its time zone. */
  const date = (iso: string) => dates.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));

  /**
   * A message cut at its placeholders, so a page can isolate inserted text of the other
   * direction: `parts('review.by', {reviewer})` → ['Reviewed by ', {name: 'reviewer', value}, …].
   */
  const parts = (key: UiKey, values: Record<string, string>) =>
    catalogue[key]
      .split(/(\{\w+\})/)
      .filter(Boolean)
      .map((piece) => {
        const name = /^\{(\w+)\}$/.exec(piece)?.[1];
        return name !== undefined && name in values ? { name, value: values[name]! } : piece;
      });

  /** A link to a site page in this language. */
  const url = (path: string) => localePath(lang, path);

  return { t, parts, plural, date, number, url, lang, dir: DIRECTION[lang] };
}

/** Arabic is the default language, at `/`; English pages live under `/en/` (astro.config.mjs i18n). */
export const DEFAULT_LANG: UiLang = 'ar';
/**
 * The language editors write in: reviews, people's names and roles, outlets. Marked with
 * `lang` wherever it appears, so an English page reads it as Arabic (docs/languages.md).
 */
export const CONTENT_LANG = 'ar';
/** `ar` for text in Arabic script, for `lang` on text whose language is not otherwise known. */
export const scriptLang = (text: string): 'ar' | undefined => (/[\u0600-\u06FF]/.test(text) ? 'ar' : undefined);

/** Attributes for editorial text inserted into a page of either language. */
export const contentText = { lang: CONTENT_LANG, dir: 'auto' } as const;

export const UI_LANGS: readonly UiLang[] = ['ar', 'en'];

/** The interface language of the page being rendered: `pageLang(Astro.currentLocale)`. */
export const pageLang = (locale: string | undefined): UiLang => (locale === 'en' ? 'en' : DEFAULT_LANG);

/** A site path in a language: `/claims/x/` in Arabic, `/en/claims/x/` in English. */
export const localePath = (lang: UiLang, path: string): string => (lang === DEFAULT_LANG ? path : `/${lang}${path}`);

/** The same page in another language: the language prefix swapped, the rest of the path kept. */
export function switchLangPath(pathname: string, to: UiLang): string {
  const prefixed = UI_LANGS.filter((l) => l !== DEFAULT_LANG).join('|');
  const bare = pathname.replace(new RegExp(`^/(?:${prefixed})(?=/|$)`), '') || '/';
  // "Page not found" has no address of its own in the other language: go to its home page.
  if (/^\/404\/?$/.test(bare)) return localePath(to, '/');
  return localePath(to, bare);
}

/**
 * getStaticPaths of the pages under `src/pages/[...lang]/`: each path once per language
 * (`lang` undefined is the Arabic page at the root).
 */
export function inEveryLang<P extends { params: Record<string, string | undefined> }>(paths: P[] = [{ params: {} } as P]): P[] {
  return UI_LANGS.flatMap((lang) => paths.map((p) => ({ ...p, params: { ...p.params, lang: lang === DEFAULT_LANG ? undefined : lang } })));
}
