/**
 * How an article becomes a WordPress post: headline → title, standfirst → excerpt, body → the
 * shared renderer's HTML (subsections as h2/h3, quotes as blockquote with the speaker in cite,
 * pull quotes marked, direction kept per block) followed by the "مقالات ذات صلة" list, slug as is
 * (Arabic allowed), section → category, tags → tags, and the WordPress status.
 */
import { translate } from '../../../shared/i18n/catalogue';
import type { ArticleContent } from '../../../shared/model/article';
import { bodyHtml, relatedArticlesHtml } from '../../../shared/model/articleHtml';
import type { WordPressStatus } from '../../../shared/publishing/outboxItem';

export interface WordPressPostFields {
  title: string;
  excerpt: string;
  content: string;
  slug: string;
  status: WordPressStatus;
  /** For a scheduled post: the site's local time, as WordPress takes it (`date`). */
  date?: string;
}

/** The post's fields for an article (categories and tags are resolved to ids by the client). */
export function wordPressPostFields(article: ArticleContent, status: WordPressStatus, scheduledFor?: string): WordPressPostFields {
  const labels = { relatedArticles: translate(article.language, 'related.title') };
  const content = [bodyHtml(article.body), relatedArticlesHtml(article.related, labels)].filter(Boolean).join('\n');
  // WordPress keeps titles and excerpts as HTML and themes print them as such: they go escaped, as the text they are.
  const fields: WordPressPostFields = {
    title: escapeText(article.headline),
    excerpt: escapeText(article.standfirst),
    content,
    slug: article.slug,
    status,
  };
  // WordPress reads `date` on the site's clock and wants the seconds.
  if (status === 'future' && scheduledFor) fields.date = `${scheduledFor}:00`;
  return fields;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
