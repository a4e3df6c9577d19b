/**
 * The article as the site shows it, rendered by the shared HTML renderer that exports and
 * publishing use. That renderer emits only whitelisted markup, which is why setting it as HTML
 * here is safe (and the page's Content-Security-Policy would stop any script regardless).
 */
import { articleHtml } from '../../shared/model/articleHtml';
import type { ArticleContent } from '../../shared/model/article';
import { useArticleLabels } from './useArticleLabels';

export function ArticlePreview({ content }: { content: ArticleContent }) {
  const labels = useArticleLabels()(content.language);
  return <div className="article-preview" dangerouslySetInnerHTML={{ __html: articleHtml(content, labels) }} />;
}
