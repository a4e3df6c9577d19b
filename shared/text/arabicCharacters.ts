/**
 * The one table of Arabic characters that text rules treat specially: the diacritics (tashkeel
 * and the Qur'anic annotation marks), tatweel, and the two sets of Arabic-Indic digits. The slug,
 * the search folding, the import and the counts all read them from here, so they cannot disagree.
 */

/**
 * Every combining mark of the Arabic script: Unicode's \p{M} with Script_Extensions=Arabic. As
 * regular-expression class ranges, to build patterns from.
 */
export const arabicCombiningMarkRanges =
  '\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06DC\\u06DF-\\u06E4\\u06E7\\u06E8\\u06EA-\\u06ED\\u0897-\\u089F\\u08CA-\\u08E1\\u08E3-\\u08FF';

/**
 * The diacritics: the combining marks, and the small high waw and yeh (U+06E5, U+06E6),
 * annotation signs that sit on a letter the way marks do (Unicode counts them as letters).
 */
export const arabicDiacriticRanges = `${arabicCombiningMarkRanges}\\u06E5\\u06E6`;

/** The kashida that stretches a word (ـ); it carries no meaning of its own. */
export const tatweel = '\u0640';

const diacritic = new RegExp(`[${arabicDiacriticRanges}]`, 'u');
const diacritics = new RegExp(`[${arabicDiacriticRanges}]`, 'gu');

/** Whether `character` (one code point) is an Arabic diacritic. */
export function isArabicDiacritic(character: string): boolean {
  return diacritic.test(character);
}

/** The text without its Arabic diacritics; letters, tatweel and everything else stay. */
export function withoutArabicDiacritics(text: string): string {
  return text.replace(diacritics, '');
}

/** The text without tatweel. */
export function withoutTatweel(text: string): string {
  return text.replaceAll(tatweel, '');
}

/** Arabic-Indic digits (٠–٩, U+0660–U+0669) and the extended, Persian and Urdu, ones (۰–۹, U+06F0–U+06F9). */
export const arabicIndicDigitRanges = '\\u0660-\\u0669\\u06F0-\\u06F9';

const arabicIndicDigits = new RegExp(`[${arabicIndicDigitRanges}]`, 'g');

/** The value 0–9 of a digit in any of the three sets, or undefined for anything else. */
export function digitValue(character: string): number | undefined {
  const code = character.charCodeAt(0);
  if (character.length !== 1) return undefined;
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660;
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0;
  return undefined;
}

/** The text with Arabic-Indic digits of both sets written as Western digits (٢٠٢٦ → 2026). */
export function withWesternDigits(text: string): string {
  return text.replace(arabicIndicDigits, (digit) => String(digitValue(digit)));
}

/** The text with Western digits written as Arabic-Indic ones (2026 → ٢٠٢٦). */
export function withArabicIndicDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
}
