/** The interface strings: complete in both languages, and the helpers that route between them. */
import { describe, expect, it } from 'vitest';
import { ar } from '../../src/i18n/ar.ts';
import { en } from '../../src/i18n/en.ts';
import { inEveryLang, isUiKey, localePath, pageLang, strings, switchLangPath } from '../../src/i18n/index.ts';
import { BASE_FEATURE_NAMES } from '../../src/lib/extract/features.ts';
import { claimLabel } from '../../src/lib/render/claim-label.ts';
import { markdownToSafeHtml } from '../../src/lib/render/markdown.ts';
import { reasonOfRule } from '../../src/lib/ingest/structure.ts';
import { removalSchema } from '../../src/lib/schemas/article.ts';

const ARABIC = /[\u0600-\u06FF]/;

describe('the catalogues', () => {
  it('have the same keys, none empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ar).sort());
    for (const key of Object.keys(ar) as (keyof typeof ar)[]) {
      expect(ar[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(en[key]), key).toEqual(names(ar[key]));
    }
  });

  it('English strings are English (only the switch to Arabic is written in Arabic)', () => {
    const arabic = Object.entries(en).filter(([key, value]) => ARABIC.test(value) && key !== 'lang.switch');
    expect(arabic).toEqual([]);
    expect(ARABIC.test(en['lang.switch'])).toBe(true);
  });
});

describe('the scorer features', () => {
  it('each hand-written feature has a description (the methodology lists them)', () => {
    expect(BASE_FEATURE_NAMES.filter((name) => !isUiKey(`feature.${name}`))).toEqual([]);
    expect(strings('ar').t('feature.has_percent')).toBe('نسبة مئوية');
  });

  it('tells a key of the catalogue from a name that has none', () => {
    expect(isUiKey('why.outlet')).toBe(true);
    expect(isUiKey('why.not-a-reason')).toBe(false);
    expect(isUiKey('toString')).toBe(false);
  });
});

describe('the removal record', () => {
  it('labels every furniture rule, in both languages (a missing label would stop the build of the article)', () => {
    const keyOf = (rule: (typeof rules)[number]) => {
      const reason = reasonOfRule(rule);
      return reason === 'counter' ? 'removed.reason.counter' : `removed.reason.${reason}.${rule}`;
    };
    const rules = removalSchema.shape.rule.unwrap().options;
    expect(rules.filter((rule) => !isUiKey(keyOf(rule)) || !Object.hasOwn(en, keyOf(rule)))).toEqual([]);
  });
});

describe('routing between the languages', () => {
  it('puts English under /en/ and keeps the rest of the path', () => {
    expect(localePath('ar', '/claims/x/')).toBe('/claims/x/');
    expect(localePath('en', '/claims/x/')).toBe('/en/claims/x/');
    expect(switchLangPath('/claims/x/', 'en')).toBe('/en/claims/x/');
    expect(switchLangPath('/en/claims/x/', 'ar')).toBe('/claims/x/');
    expect(switchLangPath('/en/', 'ar')).toBe('/');
    expect(switchLangPath('/', 'en')).toBe('/en/');
    // A path that only starts with "en" is not English.
    expect(switchLangPath('/english/', 'ar')).toBe('/english/');
    // "Page not found" has no address of its own: the other language's home page.
    expect(switchLangPath('/404/', 'en')).toBe('/en/');
    expect(switchLangPath('/en/404/', 'ar')).toBe('/');
  });

  it('makes every page once per language', () => {
    expect(inEveryLang([{ params: { id: 'a' } }]).map((p) => p.params)).toEqual([
      { id: 'a', lang: undefined },
      { id: 'a', lang: 'en' },
    ]);
    expect(pageLang('en')).toBe('en');
    expect(pageLang(undefined)).toBe('ar');
    expect(pageLang('fr')).toBe('ar');
  });
});

describe('dates, numbers and labels per language', () => {
  it('formats a date with each language’s month names and a number in Western digits', () => {
    expect(strings('en').date('2025-12-18')).toBe('18 December 2025');
    expect(strings('ar').date('2025-12-18')).toMatch(/^18 (ديسمبر|كانون الأول) 2025$/);
    expect(strings('ar').number(1234)).toMatch(/^1[,٬]234$/);
    expect(strings('en').plural('claims.count', 1)).toBe('1 claim');
    expect(strings('en').plural('claims.count', 3)).toBe('3 claims');
  });

  it('cuts a message at its placeholders so inserted text can be isolated', () => {
    expect(strings('en').parts('review.by', { reviewer: 'فريق', date: '1 May 2025' })).toEqual([
      'Reviewed by ',
      { name: 'reviewer', value: 'فريق' },
      ' on ',
      { name: 'date', value: '1 May 2025' },
    ]);
  });

  it('shows the English label on English pages, and the original where there is none', () => {
    expect(claimLabel({ label: 'المرتبة', labelEn: 'The rank' }, 'en', 'ar')).toEqual({ text: 'The rank', lang: 'en', dir: 'ltr', original: false });
    expect(claimLabel({ label: 'المرتبة' }, 'en', 'ar')).toEqual({ text: 'المرتبة', lang: 'ar', dir: 'rtl', original: true });
    expect(claimLabel({ label: 'المرتبة', labelEn: 'The rank' }, 'ar', 'ar')).toEqual({ text: 'المرتبة', lang: 'ar', dir: 'rtl', original: false });
  });
});

describe('editorial Markdown in English', () => {
  it('marks the Arabic words it quotes as Arabic, and leaves Arabic text alone', () => {
    expect(markdownToSafeHtml('Unnamed sources such as «مراقبون» (observers).', 'en')).toBe(
      '<p>Unnamed sources such as «<span lang="ar" dir="rtl">مراقبون</span>» (observers).</p>',
    );
    expect(markdownToSafeHtml('مصادر مثل «مراقبون».')).toBe('<p>مصادر مثل «مراقبون».</p>');
  });
});
