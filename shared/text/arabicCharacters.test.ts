import { describe, expect, it } from 'vitest';
import { digitValue, isArabicDiacritic, withoutArabicDiacritics, withoutTatweel, withWesternDigits } from './arabicCharacters';

const arabicBlocks = [
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x0870, 0x08ff],
] as const;

describe('the table of Arabic characters', () => {
  it("holds exactly the Arabic script's combining marks, and the small high waw and yeh", () => {
    for (const [first, last] of arabicBlocks) {
      for (let codePoint: number = first; codePoint <= last; codePoint++) {
        const character = String.fromCodePoint(codePoint);
        const isMark = /\p{M}/u.test(character) && /\p{Script_Extensions=Arabic}/u.test(character);
        const expected = isMark || codePoint === 0x06e5 || codePoint === 0x06e6;
        expect(isArabicDiacritic(character), `U+${codePoint.toString(16).toUpperCase()}`).toBe(expected);
      }
    }
  });

  it.each([
    ['مُحَمَّدٌ', 'محمد'],
    ['القُرْآن', 'القرآن'],
    ['كـــبـــير', 'كـــبـــير'],
    ['Café', 'Café'],
  ])('takes the diacritics off %j, nothing else', (text, expected) => {
    expect(withoutArabicDiacritics(text)).toBe(expected);
  });

  it('takes tatweel out', () => {
    expect(withoutTatweel('كـــبـــير')).toBe('كبير');
  });

  it.each([
    ['٢٩/١١/٢٠٢٦', '29/11/2026'],
    ['۱۴۰۵', '1405'],
    ['يومي ٢٣ و24', 'يومي 23 و24'],
    ['no digits', 'no digits'],
  ])('writes the digits of %j as Western ones', (text, expected) => {
    expect(withWesternDigits(text)).toBe(expected);
  });

  it('reads a digit of any of the three sets', () => {
    expect(['0', '٠', '۰', '9', '٩', '۹', 'a', '١٢'].map(digitValue)).toEqual([0, 0, 0, 9, 9, 9, undefined, undefined]);
  });
});
