import { describe, expect, it } from 'vitest';
import { isHeadlineLike, parseDate, readArticleHead } from './articleHead';

describe('parseDate', () => {
  it.each([
    ['29/11/2026', '2026-11-29'],
    ['٢٩/١١/٢٠٢٦', '2026-11-29'],
    ['۲۹/۱۱/۲۰۲۶', '2026-11-29'],
    ['29.11.2026', '2026-11-29'],
    ['2026-11-29', '2026-11-29'],
    ['٢٠٢٦-١١-٢٩', '2026-11-29'],
    ['29 تشرين الثاني 2026', '2026-11-29'],
    ['الأحد، ٢٩ نوفمبر ٢٠٢٦', '2026-11-29'],
    ['1 ابريل 2026', '2026-04-01'],
    ['31/02/2026', undefined],
    ['29 برومير 2026', undefined],
    ['قبل ساعتين', undefined],
  ])('%j → %j', (line, date) => {
    expect(parseDate(line)).toBe(date);
  });
});

describe('readArticleHead', () => {
  it('reads section, headline, byline, dateline and date, in any order after the headline', () => {
    const lines = [
      'أخبار سوريا',
      'لافروف: وجهنا دعوة لوزير الخارجية السوري',
      '٢٩/١١/٢٠٢٦',
      'دمشق – خاص',
      'بقلم: ريم الحسن',
      'النص يبدأ هنا.',
    ];
    expect(readArticleHead(lines, () => false)).toEqual({
      section: 'أخبار سوريا',
      headline: 'لافروف: وجهنا دعوة لوزير الخارجية السوري',
      byline: 'ريم الحسن',
      datelinePlace: 'دمشق – خاص',
      date: '2026-11-29',
      bodyStart: 5,
    });
  });

  it('takes no section from a line the caller says is something else, and no headline from a sentence', () => {
    expect(readArticleHead(['مقالات ذات صلة', 'عنوان آخر هنا'], (line) => line === 'مقالات ذات صلة').section).toBe('');
    expect(isHeadlineLike('هذه جملة تامة تنتهي بنقطة.')).toBe(false);
    expect(isHeadlineLike('ماذا بعد سقوط الأسد')).toBe(true);
  });
});
