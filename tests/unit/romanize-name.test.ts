/** The transliteration English pages show for a name no editor has given in English (src/lib/text/romanize-name.ts). */
import { describe, expect, it } from 'vitest';
import { shownName } from '../../src/lib/render/person-name.ts';
import { romanizeName } from '../../src/lib/text/romanize-name.ts';

describe('romanizeName', () => {
  it.each([
    ['محمد السلاك', 'Mohammed al-Salak'],
    ['محمد البرغثي', 'Mohammed al-Barghthi'],
    ['ربيعة بوراص', "Rabi'a Buras"],
    ['فرج دردور', 'Farj Dardur'],
    ['خليفة حفتر', 'Khalifa Haftr'],
    ['إسماعيل هنية', "Isma'il Hania"],
    ['الْمَجلس', 'Al-Majls'],
  ])('%s → %s', (name, latin) => {
    expect(romanizeName(name)).toBe(latin);
  });

  it('gives Latin letters only, for any Arabic name', () => {
    for (const name of ['عبد الحميد الدبيبة', 'وزارة الصحة المغربية', 'مكتب حفتر الإعلامي', 'ـعـلـي']) expect(romanizeName(name)).toMatch(/^[A-Za-z' -]+$/);
  });
});

describe('shownName', () => {
  it('Arabic pages: the name as written; English pages: the editors’ name, else a marked transliteration', () => {
    expect(shownName({ name: 'خليفة حفتر', nameEn: 'Khalifa Haftar' }, 'ar')).toEqual({ text: 'خليفة حفتر', lang: 'ar', transliterated: false });
    expect(shownName({ name: 'خليفة حفتر', nameEn: 'Khalifa Haftar' }, 'en')).toEqual({ text: 'Khalifa Haftar', lang: 'en', transliterated: false });
    expect(shownName({ name: 'فرج دردور' }, 'en')).toEqual({ text: 'Farj Dardur', lang: 'en', transliterated: true });
  });
});
