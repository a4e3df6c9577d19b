/** The related-articles block of a page copied as text: "مقالات ذات صلة", "اقرأ أيضاً", "Related articles". */
import { isHttpUrl, type RelatedArticle } from '../model/article';

/** A heading that starts the related-articles block. */
export const relatedBlockHeading =
  /^(?:(?:مقالات|أخبار|مواضيع|مواد|قصص)\s+ذات\s+صلة|اقرأ\s+أيضا[ًا]?|إقرأ\s+أيضا[ًا]?|related\s+(?:articles|posts|stories|news)|read\s+(?:also|more)|see\s+also)\s*[:：]?$/iu;

const inlineRelated = /^(?:اقرأ|إقرأ)\s+أيضا[ًا]?\s*[:：]\s*(.+)$|^read\s+also\s*:\s*(.+)$/iu;

/** The entry of a one-line "اقرأ أيضاً: …" inside the body, or undefined when the line is not one. */
export function inlineRelatedEntry(line: string): string | undefined {
  const match = inlineRelated.exec(line);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** A related article from a line: its title, and the http(s) address it carries (empty when none). */
export function relatedEntry(line: string, key: string): RelatedArticle | undefined {
  const url = /https?:\/\/\S+/u.exec(line)?.[0]?.replace(/[)\].,،]+$/u, '');
  const title = line
    .replace(/https?:\/\/\S+/gu, '')
    .replace(/^[-•*–\s]+|[-–—|:\s]+$/gu, '')
    .trim();
  if (!title && !url) return undefined;
  return { key, title, url: url && isHttpUrl(url) ? url : '' };
}
