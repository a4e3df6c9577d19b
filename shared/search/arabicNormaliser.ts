/**
 * Arabic-aware folding for search: what a reader would call "the same word" becomes the same
 * string. Tashkeel and tatweel are removed; alef forms (أ إ آ ٱ) become ا; ى becomes ي; ة becomes
 * ه; the hamza carriers ؤ and ئ become و and ي; Persian ک and ی become ك and ي; Arabic-Indic and
 * Persian digits become Western digits; presentation forms are decomposed (NFKC); Latin is
 * lower-cased. Every folding maps one character to at most one, so positions can be mapped back
 * to the original text for highlighting.
 */

import { arabicDiacriticRanges, arabicIndicDigitRanges, digitValue, tatweel } from '../text/arabicCharacters';

// Zero-width joiners and direction marks are alternatives, not class members: a class would
// read them as joining the characters around them.
const invisibles = '|\\u200C|\\u200D|\\u200E|\\u200F';
const removed = new RegExp(`[${arabicDiacriticRanges}${tatweel}]${invisibles}`, 'u');

const replacements: Readonly<Record<string, string>> = {
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0622': '\u0627', // آ
  '\u0671': '\u0627', // ٱ
  '\u0672': '\u0627',
  '\u0673': '\u0627',
  '\u0649': '\u064A', // ى → ي
  '\u0629': '\u0647', // ة → ه
  '\u0624': '\u0648', // ؤ → و
  '\u0626': '\u064A', // ئ → ي
  '\u06CC': '\u064A', // Persian ی → ي
  '\u06A9': '\u0643', // Persian ک → ك
};

function foldCharacter(character: string): string {
  if (removed.test(character)) return '';
  const replacement = replacements[character];
  if (replacement) return replacement;
  const digit = digitValue(character);
  if (digit !== undefined) return String(digit);
  return character.toLowerCase();
}

// Every character foldCharacter changes (Latin case aside, which toLowerCase handles at once).
const foldable = new RegExp(
  `[${arabicDiacriticRanges}${tatweel}${Object.keys(replacements).join('')}${arabicIndicDigitRanges}]${invisibles}`,
  'gu',
);

/** The folded text. */
export function normaliseArabic(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(foldable, foldCharacter);
}

export interface NormalisedText {
  text: string;
  /** For each UTF-16 unit of `text`, the index in the original string it came from. */
  sourceIndex: number[];
}

/** The folded text with, for each of its characters, where it was in the original (for highlighting). */
export function normaliseWithPositions(original: string): NormalisedText {
  let text = '';
  const sourceIndex: number[] = [];
  let index = 0;
  for (const character of original) {
    // NFKC per character keeps the mapping; a presentation form may become several letters.
    for (const decomposed of character.normalize('NFKC')) {
      const folded = foldCharacter(decomposed);
      for (let unit = 0; unit < folded.length; unit++) {
        text += folded[unit];
        sourceIndex.push(index);
      }
    }
    index += character.length;
  }
  return { text, sourceIndex };
}

const tokenPattern = /[\p{L}\p{N}]+/gu;
const definiteArticle = /^(?:وال|بال|فال|كال|لل|ال)(?=[\p{L}]{2})/u;

/** The search terms of a text: folded words, plus each word without a leading definite article (so "حكومة" finds "والحكومة"). */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [token] of normaliseArabic(text).matchAll(tokenPattern)) {
    if (token.length < 2 && !/\d/.test(token)) continue;
    terms.push(token);
    const bare = token.replace(definiteArticle, '');
    if (bare !== token) terms.push(bare);
    // A number written joined to a conjunction or preposition ("و24") is found by the number.
    const number = /^[وفبل](\d+)$/u.exec(token)?.[1];
    if (number) terms.push(number);
  }
  return terms;
}

/**
 * The words of a query, folded and without a leading definite article, in order: the index holds
 * every word in both forms, so "الحكومة" finds "والحكومة" and "حكومة" alike.
 */
export function queryTerms(query: string): string[] {
  const terms = [...normaliseArabic(query).matchAll(tokenPattern)].map(([token]) => token.replace(definiteArticle, ''));
  // The index leaves out one-letter words ("و", "b"); so does a query, unless it is all there is.
  const kept = terms.filter((term) => term.length > 1 || /\d/.test(term));
  return kept.length > 0 ? kept : terms;
}
