/**
 * Slugs from headlines. Arabic slugs are allowed (WordPress accepts them): letters of any script
 * and digits are kept, tashkeel and tatweel removed, Latin lower-cased, everything else becomes
 * a single hyphen. Arabic-Indic digits become Western ones, as addresses usually carry them.
 */
import { articleLimits } from './article';

const arabicDiacritics = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const arabicIndicDigits = /[\u0660-\u0669\u06F0-\u06F9]/g;

export function slugify(text: string, maxLength: number = articleLimits.slug.max): string {
  const cleaned = text
    .normalize('NFKC')
    .replace(arabicDiacritics, '')
    .replace(arabicIndicDigits, (digit) => {
      const codePoint = digit.codePointAt(0)!;
      return String(codePoint >= 0x06f0 ? codePoint - 0x06f0 : codePoint - 0x0660);
    })
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (cleaned.length <= maxLength) return cleaned;
  const cut = cleaned.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** Whether a slug the editor typed is well formed: letters, digits and single inner hyphens. */
export function isValidSlug(slug: string): boolean {
  return (
    slug.length > 0 &&
    slug.length <= articleLimits.slug.max &&
    /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(slug) &&
    slug === slug.toLowerCase()
  );
}
