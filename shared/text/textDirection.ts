/**
 * The direction a field's text runs in: that of its first strongly directional letter (an English
 * headline runs left to right, an Arabic one right to left), and right to left while it holds none —
 * empty, or only digits and punctuation — because an Arab desk's fields start Arabic. `dir="auto"`
 * alone would make an empty field left to right, with its placeholder and caret on the wrong side.
 */
const firstStrongLetter = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]|\p{L}/u;
const rightToLeftLetter = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

export type TextDirection = 'rtl' | 'ltr';

export function textDirectionOf(text: string): TextDirection {
  const letter = firstStrongLetter.exec(text)?.[0];
  return letter === undefined || rightToLeftLetter.test(letter) ? 'rtl' : 'ltr';
}
