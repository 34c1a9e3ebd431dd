/**
 * Finding known people in running text (PeopleRegistry.mentions): word by word on folded words,
 * so tashkeel, alef forms and attached prefixes do not hide a name, and the longest name wins.
 * Names and sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { PeopleRegistry } from '../../src/lib/extract/people-registry.ts';

const registry = new PeopleRegistry([
  { id: 'samer', name: 'سامر الحلبي', aliases: ['سامر'] },
  { id: 'samer-ali', name: 'سامر الحلبي علي', aliases: [] },
  { id: 'karim', name: 'كريم', aliases: [] },
  { id: 'reem', name: 'ريم', aliases: [] },
  { id: 'ahmad', name: 'أحمد إبراهيم', aliases: [] },
]);
const found = (text: string) => registry.mentions(text).map((m) => [m.personId, text.slice(m.start, m.end)]);

describe('mentions of known people', () => {
  it('finds a name alone, after an attached prefix, and with tashkeel or another alef form', () => {
    expect(found('قال سامر الحلبي إن الموعد قريب')).toEqual([['samer', 'سامر الحلبي']]);
    expect(found('وأكد وسامر الحلبي ذلك')).toEqual([['samer', 'سامر الحلبي']]);
    expect(found('نقلا عن لـسامر')).toEqual([['samer', 'سامر']]);
    expect(found('وصرّح احمد ابراهيم بذلك')).toEqual([['ahmad', 'احمد ابراهيم']]);
    expect(found('وصرّح أَحْمَد إبراهيم بذلك')).toEqual([['ahmad', 'أَحْمَد إبراهيم']]);
  });

  it('takes the longest name at each place, and the whole word before a prefix reading', () => {
    expect(found('وقال سامر الحلبي علي أمس')).toEqual([['samer-ali', 'سامر الحلبي علي']]);
    // «كريم» is a name; «ك» + «ريم» is another reading of the same word, shorter.
    expect(found('التقى كريم وريم')).toEqual([
      ['karim', 'كريم'],
      ['reem', 'ريم'],
    ]);
  });

  it('never joins words across punctuation, and never matches inside a longer word', () => {
    expect(found('سامر، الحلبي')).toEqual([['samer', 'سامر']]);
    expect(found('الكريمة والسامري')).toEqual([]);
  });
});
