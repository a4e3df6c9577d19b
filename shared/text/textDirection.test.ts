import { describe, expect, it } from 'vitest';
import { textDirectionOf } from './textDirection';

describe('a field’s direction', () => {
  it.each([
    ['', 'rtl', 'empty: the desk writes Arabic'],
    ['   ', 'rtl', 'only spaces'],
    ['٢٠٢٦/١٢/٠٢', 'rtl', 'only Arabic-Indic digits and punctuation'],
    ['2026 - 12', 'rtl', 'only Latin digits and punctuation'],
    ['لافروف يدعو الشيباني', 'rtl', 'Arabic'],
    ['«قال» Lavrov', 'rtl', 'Arabic first, then Latin'],
    ['Lavrov invites al-Shaibani', 'ltr', 'an English headline'],
    ['2026: Lavrov في موسكو', 'ltr', 'digits, then a Latin word first'],
    ['"BBC" تقول', 'ltr', 'a Latin word in quotes first'],
    ['שלום', 'rtl', 'Hebrew'],
    ['Ünal', 'ltr', 'a Latin letter with a diacritic'],
  ] as const)('%j runs %s (%s)', (text, direction, _why) => {
    expect(textDirectionOf(text)).toBe(direction);
  });
});
