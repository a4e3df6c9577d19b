import { describe, expect, it } from 'vitest';
import { countCharacters, countCharactersWithoutSpaces, countWords, readingMinutes, sumTextStats, textStats } from './textCounts';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const clustersOf = (text: string): number => [...segmenter.segment(text)].length;

describe('countCharacters: what a reader sees as one character counts once', () => {
  it.each([
    ['', 0],
    ['لافروف', 6],
    ['مُحَمَّدٌ', 4],
    ['القُرْآنُ الكَرِيمُ', 13],
    ['كـــبـــير', 10],
    ['Lavrov’s visit', 14],
    ['Café', 4],
    ['Cafe\u0301', 4],
    ['👩‍👩‍👧 عائلة', 7],
    ['🇸🇾 سوريا', 7],
    ['👍🏽', 1],
    ['سطر\r\nسطر', 7],
    ['\u0600١٢٣', 3],
    ['한국어', 3],
    ['\u1100\u1161\u11A8', 1],
    ['  ', 2],
    [' \u064Eفتحة على مسافة', 15],
    ['\u064Eوحدها', 6],
    ['\u200Fَمع علامة اتجاه', 16],
    ['نمَ 👩‍👩‍👧', 4],
  ])('%j has %i characters', (text, expected) => {
    expect(countCharacters(text)).toBe(expected);
    expect(countCharacters(text)).toBe(clustersOf(text));
  });

  it('agrees with a whole-text segmentation on long mixed text', () => {
    const pieces = [
      '\u200Cخواهم',
      '🏽',
      '\u0E33',
      'ﾞ',
      'وأكدَ',
      'المتحدثُ',
      'مُحَمَّدٌ',
      '\u200Fَ',
      '\nِ',
      'ًا',
      'नमस्ते',
      'e\u0301\u0301',
      'باسم',
      'الوزارة',
      'Lavrov',
      '👩‍👩‍👧',
      '🇸🇾',
      '٢٠٢٦',
      '2026',
      'e\u0301',
      'بـ”الحملات”',
      '\u0600١',
      '\r\n',
      '\t',
      'ﻻ',
    ];
    let seed = 7;
    const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 500; round++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 30) }, () => pieces[Math.floor(random() * pieces.length)]!);
      const text = words.join(random() < 0.5 ? ' ' : '  ');
      expect(countCharacters(text), JSON.stringify(text)).toBe(clustersOf(text));
      expect(countCharactersWithoutSpaces(text), JSON.stringify(text)).toBe(
        [...segmenter.segment(text)].filter(({ segment }) => !/^\s+$/u.test(segment)).length,
      );
    }
  });

  it('leaves white space out when asked', () => {
    expect(countCharactersWithoutSpaces('مُحَمَّدٌ رسولٌ\nالله')).toBe(12);
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['وأكد لافروف في تصريحاته', 4],
    ['بـ”الحملات المزيفة”', 2],
    ['يومي 23 و24 شباط', 4],
    ['يومي ٢٣ و٢٤ شباط', 4],
    ['مُحَمَّدٌ رسولٌ', 2],
    ['كـــبـــير', 1],
    ['— ، . : « » ؟', 0],
    ['Lavrov’s visit to Ankara', 4],
    ['الحكومة السورية الجديدة.\nموسكو', 4],
    ['👍 رائع', 1],
  ])('counts %j as %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('reading time and stats', () => {
  it.each([
    [0, 0],
    [1, 1],
    [180, 1],
    [450, 3],
  ])('%i words read in %i minutes', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });

  it('adds the stats of several texts as if they were one', () => {
    const parts = ['لافروف: وجهنا دعوة', 'دعوة رسمية', 'نص المقال '.repeat(200)];
    const whole = textStats(parts.join('\n'));
    expect(sumTextStats(parts.map(textStats))).toEqual({ ...whole, characters: whole.characters - 2 });
  });
});
