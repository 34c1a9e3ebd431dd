import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/lib/text/arabic-numbers.ts';
import type { NumberMention } from '../../src/lib/text/arabic-numbers.ts';
import { findDates } from '../../src/lib/text/arabic-dates.ts';
import type { DateMention } from '../../src/lib/text/arabic-dates.ts';

/** [raw, value, kind] of every number, after checking each offset round-trips. */
function numbers(text: string): [string, number, NumberMention['kind']][] {
  return findNumbers(text).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.raw);
    return [m.raw, m.value, m.kind];
  });
}

/** Date mentions without offsets, after checking each offset round-trips. */
function dates(text: string): Omit<DateMention, 'start' | 'end'>[] {
  return findDates(text).map(({ start, end, ...rest }) => {
    expect(text.slice(start, end)).toBe(rest.raw);
    return rest;
  });
}

describe('findNumbers: digits', () => {
  it('reads Western and Arabic-Indic digits, decimals and thousands separators', () => {
    expect(numbers('بلغ ١٢ ثم 0.2513 ثم 3.5 ثم 1,500 ثم ١٬٥٠٠ ثم ۱۲ ثم ٣٫٥')).toEqual([
      ['١٢', 12, 'cardinal'],
      ['0.2513', 0.2513, 'cardinal'],
      ['3.5', 3.5, 'cardinal'],
      ['1,500', 1500, 'cardinal'],
      ['١٬٥٠٠', 1500, 'cardinal'],
      ['۱۲', 12, 'cardinal'],
      ['٣٫٥', 3.5, 'cardinal'],
    ]);
  });

  it('reads percentages written with % / ٪ / في المئة / بالمئة', () => {
    expect(numbers('ارتفع 12% و١٢٪ و12 % و20 في المائة و7 بالمئة وخمسة في المئة')).toEqual([
      ['12%', 12, 'percent'],
      ['١٢٪', 12, 'percent'],
      ['12 %', 12, 'percent'],
      ['20 في المائة', 20, 'percent'],
      ['7 بالمئة', 7, 'percent'],
      ['خمسة في المئة', 5, 'percent'],
    ]);
  });

  it('marks years: after عام/العام/سنة, or a lone 4-digit number in 1900-2100', () => {
    expect(numbers('في عام 2025 والعام ٢٠٢٤ وسنة 1850 وفي 1999 و2,000 شخص و3000 جندي')).toEqual([
      ['2025', 2025, 'year'],
      ['٢٠٢٤', 2024, 'year'],
      ['1850', 1850, 'year'],
      ['1999', 1999, 'year'],
      ['2,000', 2000, 'cardinal'],
      ['3000', 3000, 'cardinal'],
    ]);
  });

  it('multiplies digits by a scale word', () => {
    expect(numbers('صفقة بقيمة 1.5 مليار دولار و20 ألف جندي و٣ ملايين')).toEqual([
      ['1.5 مليار', 1.5e9, 'cardinal'],
      ['20 ألف', 20000, 'cardinal'],
      ['٣ ملايين', 3e6, 'cardinal'],
    ]);
  });

  it('skips digits glued to a name but keeps prefix letters and لـ/بـ', () => {
    expect(numbers('قال لـ"عربي21" وقمة G20 وارتفع بـ12% و2025')).toEqual([
      ['12%', 12, 'percent'],
      ['2025', 2025, 'year'],
    ]);
  });
});

describe('findNumbers: cardinal words', () => {
  it('reads units in masculine/feminine and case forms, with prefixes', () => {
    expect(
      numbers('واحدة واثنان واثنين واثنتان واثنتين وثلاث وبثلاثة وأربع ولأربعة وخمس فخمسة وست وستة وسبع وسبعة وثمان وثماني وثمانية وتسع وتسعة وعشر وعشرة').map(
        ([, v]) => v,
      ),
    ).toEqual([1, 2, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 8, 9, 9, 10, 10]);
  });

  it('reads "واحد من تسعة جيوش" as 1 and 9', () => {
    expect(numbers('واحد من تسعة جيوش')).toEqual([
      ['واحد', 1, 'cardinal'],
      ['تسعة', 9, 'cardinal'],
    ]);
  });

  it('reads teens 11-19', () => {
    expect(numbers('أحد عشر وإحدى عشرة واثنا عشر واثني عشر واثنتا عشرة واثنتي عشرة وثلاثة عشر وتسع عشرة').map(([r, v]) => [r, v])).toEqual([
      ['أحد عشر', 11],
      ['إحدى عشرة', 11],
      ['اثنا عشر', 12],
      ['اثني عشر', 12],
      ['اثنتا عشرة', 12],
      ['اثنتي عشرة', 12],
      ['ثلاثة عشر', 13],
      ['تسع عشرة', 19],
    ]);
  });

  it('reads tens and unit + و + tens compounds', () => {
    expect(numbers('عشرون وعشرين وثلاثون وتسعين وخمسة وعشرون وواحد و عشرون').map(([r, v]) => [r, v])).toEqual([
      ['عشرون', 20],
      ['عشرين', 20],
      ['ثلاثون', 30],
      ['تسعين', 90],
      ['خمسة وعشرون', 25],
      ['واحد و عشرون', 21],
    ]);
  });

  it('joins hundreds with و + units: مئتين وثلاث = 203, ألف وخمسمئة = 1500', () => {
    expect(numbers('مئتين وثلاث وألف وخمسمئة')).toEqual([
      ['مئتين وثلاث', 203, 'cardinal'],
      ['ألف وخمسمئة', 1500, 'cardinal'],
    ]);
  });

  it('reads hundreds, thousands, millions and billions', () => {
    // Commas keep the items apart: "مئتين وثلاث" alone would rightly be 203.
    expect(numbers('مئة، مائة، مئتين، ثلاث مئة، خمسمائة، ألف، ألفين، ثلاثة آلاف وخمسمئة وعشرون، مليون، مليار').map(([r, v]) => [r, v])).toEqual([
      ['مئة', 100],
      ['مائة', 100],
      ['مئتين', 200],
      ['ثلاث مئة', 300],
      ['خمسمائة', 500],
      ['ألف', 1000],
      ['ألفين', 2000],
      ['ثلاثة آلاف وخمسمئة وعشرون', 3520],
      ['مليون', 1e6],
      ['مليار', 1e9],
    ]);
  });

  it('reads words with tashkeel and tatweel, offsets in the original text', () => {
    const text = 'قُتِلَ خَمْسَةٌ وَعِشْرُونَ وثـلاثـة';
    expect(numbers(text)).toEqual([
      ['خَمْسَةٌ وَعِشْرُونَ', 25, 'cardinal'],
      ['ثـلاثـة', 3, 'cardinal'],
    ]);
  });

  it('skips vague plurals and look-alikes: عشرات, آلاف alone, لست, ثانوي, Monday', () => {
    expect(numbers('عشرات القتلى وآلاف النازحين، لست أدري، مدرسة ثانوية، التعليم الثانوي، يوم الاثنين')).toEqual([]);
  });
});

describe('findNumbers: ordinals', () => {
  it('reads definite and indefinite ordinals, masculine and feminine', () => {
    expect(numbers('الأول والأولى وأول والثاني والثانية والثالث والثالثة والعاشر والعاشرة').map(([, v, k]) => [v, k])).toEqual(
      [1, 1, 1, 2, 2, 3, 3, 10, 10].map((v) => [v, 'ordinal']),
    );
  });

  it('reads compound ordinals 11-29', () => {
    expect(numbers('الحادي عشر والحادية عشرة والثاني عشر والثانية عشرة والتاسع عشر والعشرون والخامس والعشرون والقرن الحادي والعشرين')).toEqual([
      ['الحادي عشر', 11, 'ordinal'],
      ['الحادية عشرة', 11, 'ordinal'],
      ['الثاني عشر', 12, 'ordinal'],
      ['الثانية عشرة', 12, 'ordinal'],
      ['التاسع عشر', 19, 'ordinal'],
      ['العشرون', 20, 'ordinal'],
      ['الخامس والعشرون', 25, 'ordinal'],
      ['الحادي والعشرين', 21, 'ordinal'],
    ]);
  });

  it('reads "أول زيارة" as ordinal 1 and strips attached prefixes from the span', () => {
    expect(numbers('في أول زيارة رسمية، ولأول مرة')).toEqual([
      ['أول', 1, 'ordinal'],
      ['أول', 1, 'ordinal'],
    ]);
  });

  it('leaves month names to the dates module', () => {
    expect(numbers('في كانون الثاني وتشرين الأول وكانون الأول وتشرين الثاني')).toEqual([]);
  });

  it('reads "30 ثانية" as a duration, not the ordinal "second"', () => {
    expect(numbers('خلال 30 ثانية للمرة الثانية')).toEqual([
      ['30', 30, 'cardinal'],
      ['الثانية', 2, 'ordinal'],
    ]);
  });
});

describe('findDates', () => {
  it('reads day, month and year in both month series and digit sets', () => {
    expect(dates('في 18 ديسمبر 2025 وفي ١٨ كانون الأول ٢٠٢٥')).toEqual([
      { raw: '18 ديسمبر 2025', day: 18, month: 12, year: 2025 },
      { raw: '١٨ كانون الأول ٢٠٢٥', day: 18, month: 12, year: 2025 },
    ]);
  });

  it('maps every month name to its number', () => {
    const names = 'يناير فبراير مارس أبريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر';
    expect(
      dates(
        names
          .split(' ')
          .map((m) => `في ${m}`)
          .join('، '),
      ).map((d) => d.month),
    ).toEqual([1, 2, 3, 4, 4, 5, 6, 6, 7, 7, 8, 9, 10, 11, 12]);
    const levant = 'كانون الثاني، شباط، آذار، نيسان، أيار، حزيران، تموز، آب، أيلول، تشرين الأول، تشرين الثاني، كانون الأول';
    expect(dates(levant).map((d) => d.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('reads "يوليو/تموز" and "يوليو (تموز)" as one mention', () => {
    expect(dates('في يوليو/تموز الماضي ثم في يوليو (تموز) 2024 ثم تشرين الثاني/نوفمبر')).toEqual([
      { raw: 'يوليو/تموز الماضي', month: 7, relative: 'last' },
      { raw: 'يوليو (تموز) 2024', month: 7, year: 2024 },
      { raw: 'تشرين الثاني/نوفمبر', month: 11 },
    ]);
  });

  it('reads "في يوليو الماضي" and "الشهر المقبل"-style relatives after a month', () => {
    expect(dates('في يوليو الماضي وفي مارس المقبل')).toEqual([
      { raw: 'يوليو الماضي', month: 7, relative: 'last' },
      { raw: 'مارس المقبل', month: 3, relative: 'next' },
    ]);
  });

  it('reads weekdays with relative words and prefixes', () => {
    expect(dates('وصل أمس الأربعاء، ويغادر يوم الجمعة المقبل، وكان هنا السبت الماضي، والإثنين والثلاثاء وبالخميس والأحد')).toEqual([
      { raw: 'أمس الأربعاء', relative: 'yesterday', weekday: 3 },
      { raw: 'يوم الجمعة المقبل', weekday: 5, relative: 'next' },
      { raw: 'السبت الماضي', weekday: 6, relative: 'last' },
      { raw: 'الإثنين', weekday: 1 },
      { raw: 'الثلاثاء', weekday: 2 },
      { raw: 'الخميس', weekday: 4 },
      { raw: 'الأحد', weekday: 0 },
    ]);
  });

  it('joins a weekday with the date that follows it', () => {
    expect(dates('الأربعاء، 18 ديسمبر 2025')).toEqual([{ raw: 'الأربعاء، 18 ديسمبر 2025', weekday: 3, day: 18, month: 12, year: 2025 }]);
  });

  it('reads years after عام/العام/سنة and after "من العام"', () => {
    expect(dates('عام 2025 والعام ٢٠٢٤ وسنة 1999 وديسمبر من العام 2023')).toEqual([
      { raw: 'عام 2025', year: 2025 },
      { raw: 'العام ٢٠٢٤', year: 2024 },
      { raw: 'سنة 1999', year: 1999 },
      { raw: 'ديسمبر من العام 2023', month: 12, year: 2023 },
    ]);
  });

  it('reads أمس / اليوم / غدا but not "اليوم الأول" or "أول أمس"', () => {
    expect(dates('قال أمس، ويعود اليوم، ويسافر غداً. في اليوم الأول، أول أمس')).toEqual([
      { raw: 'أمس', relative: 'yesterday' },
      { raw: 'اليوم', relative: 'today' },
      { raw: 'غداً', relative: 'tomorrow' },
    ]);
  });

  it('reads numeric dates day-first and ISO', () => {
    expect(dates('بتاريخ 18/12/2025 و2025-12-18 و١٨/١٢/٢٠٢٥')).toEqual([
      { raw: '18/12/2025', year: 2025, month: 12, day: 18 },
      { raw: '2025-12-18', year: 2025, month: 12, day: 18 },
      { raw: '١٨/١٢/٢٠٢٥', year: 2025, month: 12, day: 18 },
    ]);
  });

  it('matches whole words only and avoids look-alikes', () => {
    // آباء / أب (father) are not August; مايوه is not May; "مارس" the verb is not March;
    // "أحد عشر" / "الأحد عشر" are eleven, not Sunday.
    expect(dates('الآباء والأب ومايوه، مارس الاحتلال ضغوطا، أحد عشر لاعبا والأحد عشر كوكبا')).toEqual([]);
    expect(dates('في آب وأيار')).toEqual([
      { raw: 'آب', month: 8 },
      { raw: 'أيار', month: 5 },
    ]);
  });
});
