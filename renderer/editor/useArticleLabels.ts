/**
 * What the article's page takes from the desk (the preview and the exports): labels in the
 * article's language, not the interface's, and the dates as the desk writes them (its settings).
 */
import { useCallback } from 'react';
import { translate } from '../../shared/i18n/catalogue';
import type { ArticleContent } from '../../shared/model/article';
import type { ArticleHtmlLabels } from '../../shared/model/articleHtml';
import { defaultDeskDateStyle } from '../../shared/text/deskDate';
import { useSettings } from '../app/useSettings';

export function useArticleLabels(): (language: ArticleContent['language']) => ArticleHtmlLabels {
  const deskDate = useSettings()?.deskDate ?? defaultDeskDateStyle;
  const { monthNames, digits } = deskDate;
  return useCallback(
    (language) => ({ relatedArticles: translate(language, 'related.title'), deskDate: { monthNames, digits } }),
    [monthNames, digits],
  );
}
