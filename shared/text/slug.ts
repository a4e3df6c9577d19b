/**
 * Slugs from headlines, and the rule that ties them. Arabic slugs are allowed (WordPress accepts
 * them): letters of any script and digits are kept, Arabic diacritics and tatweel removed, Latin
 * lower-cased, everything else becomes a single hyphen. Arabic-Indic digits become Western ones,
 * as addresses usually carry them.
 */
import { articleLimits } from '../model/article';
import { withoutArabicDiacritics, withoutTatweel, withWesternDigits } from './arabicCharacters';

/** The slug of a text, at most `maxLength` characters, cut at a hyphen when one is near the end. */
export function slugify(text: string, maxLength: number = articleLimits.slug.max): string {
  const cleaned = withWesternDigits(withoutTatweel(withoutArabicDiacritics(text.normalize('NFKC'))))
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

interface SlugFields {
  headline: string;
  slug: string;
  isSlugEdited: boolean;
}

/**
 * The rule: the slug follows the headline until the user edits it. Returns the fields with the
 * slug the headline gives, unless the user typed one of their own (then they are returned as
 * they are). Every place that builds or changes an article applies this, and nothing else.
 */
export function withSlugFollowingHeadline<T extends SlugFields>(fields: T): T {
  if (fields.isSlugEdited) return fields;
  const slug = slugify(fields.headline);
  return slug === fields.slug ? fields : { ...fields, slug };
}
