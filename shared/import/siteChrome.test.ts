import { describe, expect, it } from 'vitest';
import { isSiteChrome, withoutSiteChrome } from './siteChrome';

describe('the site’s chrome', () => {
  it.each([
    ['فيسبوك تويتر واتساب', true],
    ['Facebook | Twitter | WhatsApp', true],
    ['شارك هذا المقال', true],
    ['العودة إلى الأعلى', true],
    ['جميع الحقوق محفوظة © 2026', true],
    ['12 تعليقات', true],
    ['الرئيسية » أخبار سوريا', true],
    ['وقال الوزير إن الاجتماع سيعقد في دمشق.', false],
    ['شارك آلاف السوريين في الاحتفالات', false],
    ['تابعونا على فيسبوك وتويتر', true],
    ['Follow us on X', true],
    ['تابعنا باهتمام ما جرى في الجلسة، وقد تبين أن الوزارة لم تعلن موقفها بعد.', false],
    ['تابعنا التطورات لحظة بلحظة من موقع الحدث في حلب وريفها الشمالي والشرقي', false],
  ])('%j is chrome: %s', (line, expected) => {
    expect(isSiteChrome(line)).toBe(expected);
  });

  it('drops the comment form and everything after it, and reports every dropped line', () => {
    const lines = ['نص المقال.', 'تابعونا على فيسبوك', 'الفقرة الثانية.', 'اترك تعليقاً', 'الاسم', 'البريد الإلكتروني'];
    expect(withoutSiteChrome(lines)).toEqual({
      lines: ['نص المقال.', 'الفقرة الثانية.'],
      dropped: ['اترك تعليقاً', 'الاسم', 'البريد الإلكتروني', 'تابعونا على فيسبوك'],
    });
  });
});
