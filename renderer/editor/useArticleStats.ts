/**
 * The open article's counts, the same as articleStats gives, computed in parts: the body when it
 * changes, the headline and standfirst when they do, so a headline keystroke never re-counts a
 * 10,000-word body.
 */
import { useMemo } from 'react';
import type { ArticleStats } from '../../shared/model/articleStats';
import type { Draft } from '../../shared/model/draft';
import { plainTextOf } from '../../shared/model/plainText';
import { sumTextStats, textStats } from '../../shared/text/textCounts';

export function useArticleStats(headline: string, standfirst: string, body: Draft['body']): ArticleStats {
  const bodyStats = useMemo(() => textStats(plainTextOf(body)), [body]);
  const headStats = useMemo(() => textStats([headline, standfirst].filter(Boolean).join('\n')), [headline, standfirst]);
  return useMemo(() => sumTextStats([headStats, bodyStats]), [bodyStats, headStats]);
}
