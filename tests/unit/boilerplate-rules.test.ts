import { describe, expect, it } from 'vitest';
import { matchBoilerplate } from '../../src/lib/ingest/boilerplate-rules.ts';
import { foldArabic } from '../../src/lib/text/arabic-fold.ts';

describe('boilerplate rules match whole lines only', () => {
  it.each([
    ['0', 'counter'],
    ['123', 'counter'],
    ['١٢٣', 'counter'],
    ['شارك الخبر', 'share'],
    ['شارك على فيسبوك', 'share'],
    ['اظهار أخبار متعلقة', 'related'],
    ['إظهار أخبار متعلقة', 'related'],
    ['أخبار ذات صلة', 'related'],
    ['اقرأ أيضا', 'related'],
    ['التعليقات (0)', 'comments'],
    ['التعليقات (12)', 'comments'],
    ['أضف تعليقك', 'comments'],
    ['تابعنا على تويتر', 'follow'],
    ['طباعة', 'print'],
  ])('%s → %s', (line, rule) => expect(matchBoilerplate(line)).toBe(rule));

  it.each(['شارك الخبر مع أصدقائك إن أعجبك هذا التحليل الطويل.', 'وقال إن التعليقات (0) لم تصل.', 'في عام 2025', 'أخبار', 'اتفاقات عسكرية'])(
    'keeps %s',
    (line) => expect(matchBoilerplate(line)).toBeUndefined(),
  );
});

describe('foldArabic', () => {
  it('folds spelling variants for matching', () => {
    expect(foldArabic('إِظْهَار')).toBe('اظهار');
    expect(foldArabic('آمنة ومستقرة')).toBe('امنه ومستقره');
    expect(foldArabic('مستشفى الـــمدينة')).toBe('مستشفي المدينه');
    expect(foldArabic('عام ٢٠٢٥')).toBe('عام 2025');
  });
});
