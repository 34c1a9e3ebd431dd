/**
 * One reported sentence, several statements of the same speaker: cut at "، وأضافت أن …",
 * "، وأشار إلى أن …" and (in reported speech only) "، وأن …"; the participle that opens a
 * part gives its kind (معتبرًا → opinion, متوقعًا → prediction). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimWith, extractParagraphs } from '../helpers/extract.ts';

describe('a second reporting verb of the same speaker opens a statement of its own', () => {
  it('"، وأضافت أن" and "، وتابع أن" cut the claim, and each part keeps the speaker', () => {
    const { claims } = extractParagraphs(
      'وقالت وزيرة الصناعة هدى الكردي إن المصانع الجديدة وفرت 900 فرصة عمل في الإقليم، وأضافت أن خطة التشغيل "متأخرة لكنها واقعية".',
    );
    const first = claimWith(claims, 'وفرت 900 فرصة عمل');
    const second = claimWith(claims, 'خطة التشغيل');
    expect(first.id).not.toBe(second.id);
    expect(first.text).not.toContain('خطة التشغيل');
    expect(second.speaker?.name).toBe('هدى الكردي');
    expect(first.speaker?.name).toBe('هدى الكردي');
  });

  it('a verb with a new subject after the comma is not read as the same speaker going on', () => {
    const { claims } = extractParagraphs('وقال المدير سامر العلي إن الشركة باعت 40 ألف جهاز، وأضاف الفريق الثاني هدفين في الشوط الأخير.');
    expect(claimWith(claims, 'باعت 40 ألف جهاز').text).toContain('الفريق الثاني');
  });

  it('"، وأن …" is a further statement in reported speech, one view under an opinion verb', () => {
    const reported = extractParagraphs(
      'وأوضح مدير الصحة نبيل الحوراني أن الفرق وزعت 20 ألف جرعة في المدارس، وأن حملة التطعيم ستمتد إلى القرى الشهر المقبل.',
    ).claims;
    expect(claimWith(reported, 'وزعت 20 ألف جرعة').text).not.toContain('حملة التطعيم');
    expect(claimWith(reported, 'حملة التطعيم ستمتد').kind).toBe('prediction');
    const opinion = extractParagraphs('ويرى محللون أن اختيار المدينة مقرا للقمة يحمل دلالة على عودة الاستقرار، وأن الأمن صار شرطا لأي استثمار أجنبي.').claims;
    expect(claimWith(opinion, 'يحمل دلالة').text).toContain('الأمن صار شرطا');
  });
});

describe('the participle that opens a statement gives its kind', () => {
  it('"، معتبرةً أن …" is an opinion; the statement before it stays a quote', () => {
    const { claims } = extractParagraphs(
      'وقالت النائبة ريم الساعدي إن مشروع القانون ينقل 12 صلاحية من البلديات إلى المحافظين، معتبرةً أن النص "خطوة إلى الوراء".',
    );
    expect(claimWith(claims, 'ينقل 12 صلاحية').kind).toBe('quote');
    expect(claimWith(claims, 'معتبرةً').kind).toBe('opinion');
  });

  it('"، مرجّحًا أن …" is an opinion and "، متوقعًا أن …" a prediction, each a statement of its own', () => {
    const { claims } = extractParagraphs(
      'وأكد رئيس الغرفة التجارية فادي النعيمي أن الصادرات بلغت 7 مليارات دولار في النصف الأول، متوقعًا أن تتجاوز 15 مليارًا بنهاية العام.',
      'وأشار الخبير مازن الدباغ إلى أن المصرف رفع الفائدة مرتين هذا العام، مرجّحًا أن السبب ضغط الواردات على العملة المحلية.',
    );
    expect(claimWith(claims, 'بلغت 7 مليارات').kind).toBe('quote');
    expect(claimWith(claims, 'متوقعًا').kind).toBe('prediction');
    expect(claimWith(claims, 'مرجّحًا').kind).toBe('opinion');
    expect(claimWith(claims, 'رفع الفائدة مرتين').text).not.toContain('مرجّحًا');
  });
});
