/**
 * The article: every field a news desk edits, as one schema. The body is TipTap JSON; everything
 * derived from the article (HTML, plain text, outline, counts) is computed by pure functions in
 * shared/model, so the editor, the preview, exports and publishing agree.
 */
import { z } from 'zod';
import { richTextDocumentSchema } from './richTextDocument';

/** Lengths the interface guides towards (`ideal`) and the checks before publishing enforce (`max`). */
export const articleLimits = {
  headline: { idealMin: 30, idealMax: 80, max: 120 },
  kicker: { max: 60 },
  standfirst: { idealMax: 300, max: 600 },
  seoDescription: { idealMin: 120, idealMax: 160, max: 320 },
  slug: { max: 120 },
  tag: { max: 60 },
  tags: { max: 30 },
  related: { max: 20 },
} as const;

/** An http(s) address, as the related-articles list and links accept. */
export const httpUrlSchema = z
  .string()
  .max(2000)
  .refine((value) => isHttpUrl(value), { message: 'not an http(s) URL' });

/** Whether `value` parses as an absolute http: or https: URL with a host. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Whether `value` is a link target the editor allows: http(s), or mailto with an address. */
export function isAllowedLinkTarget(value: string): boolean {
  if (isHttpUrl(value)) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'mailto:' && /^[^\s@]+@[^\s@]+$/.test(decodeURIComponent(url.pathname));
  } catch {
    return false;
  }
}

export const relatedArticleSchema = z.object({
  /** A stable key for the list (reordering, focus), not shown. */
  key: z.string().min(1).max(64),
  title: z.string().max(500),
  /** Empty while the editor has not given one; publishing requires it. */
  url: z.union([httpUrlSchema, z.literal('')]),
  /** The local draft this entry points to, when picked from the library. */
  draftId: z.uuid().optional(),
});
export type RelatedArticle = z.infer<typeof relatedArticleSchema>;

export const datelineSchema = z.object({
  /** Where the story comes from, e.g. "دمشق". */
  place: z.string().max(120),
  /** The story's date as YYYY-MM-DD, or empty. */
  date: z.union([z.iso.date(), z.literal('')]),
});
export type Dateline = z.infer<typeof datelineSchema>;

export const articleStatuses = ['draft', 'submitted', 'inCopyEdit', 'copyEdited', 'approved', 'published'] as const;
export const articleStatusSchema = z.enum(articleStatuses);
export type ArticleStatus = z.infer<typeof articleStatusSchema>;

export const articleLanguageSchema = z.enum(['ar', 'en']);

/** The fields an editor changes; a save sends exactly these. */
export const articleContentSchema = z.object({
  section: z.string().max(120),
  kicker: z.string().max(articleLimits.kicker.max * 4),
  headline: z.string().max(1000),
  standfirst: z.string().max(articleLimits.standfirst.max * 4),
  byline: z.string().max(200),
  dateline: datelineSchema,
  body: richTextDocumentSchema,
  related: z.array(relatedArticleSchema).max(articleLimits.related.max),
  tags: z.array(z.string().min(1).max(articleLimits.tag.max)).max(articleLimits.tags.max),
  slug: z.string().max(articleLimits.slug.max),
  /** True once the editor typed a slug of their own; until then it follows the headline. */
  isSlugEdited: z.boolean(),
  seoDescription: z.string().max(articleLimits.seoDescription.max * 4),
  language: articleLanguageSchema,
});
export type ArticleContent = z.infer<typeof articleContentSchema>;

/** An article with no words yet. */
export function emptyArticleContent(): ArticleContent {
  return {
    section: '',
    kicker: '',
    headline: '',
    standfirst: '',
    byline: '',
    dateline: { place: '', date: '' },
    body: { type: 'doc', content: [{ type: 'paragraph' }] },
    related: [],
    tags: [],
    slug: '',
    isSlugEdited: false,
    seoDescription: '',
    language: 'ar',
  };
}

/** Trims a tag and folds its inner spaces; empty when nothing is left. */
export function normaliseTag(tag: string): string {
  return tag.replace(/\s+/g, ' ').trim().slice(0, articleLimits.tag.max);
}
