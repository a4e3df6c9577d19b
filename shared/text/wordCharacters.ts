/** What belongs to a word, in any script: letters, their marks (tashkeel), digits, and tatweel. */
import { tatweel } from './arabicCharacters';

/** The class body, to build patterns from: `[${wordCharacterClass}]`. */
export const wordCharacterClass = `\\p{L}\\p{M}\\p{N}${tatweel}`;

const wordCharacter = new RegExp(`[${wordCharacterClass}]`, 'u');

/** Whether one character belongs to a word. */
export function isWordCharacter(character: string): boolean {
  return wordCharacter.test(character);
}
