/**
 * The open article's counts of what a reader reads (headline, standfirst, body), computed in
 * parts: the body when it changes, the headline and standfirst when they do, so a headline
 * keystroke never re-counts a 10,000-word body.
 */
import { useMemo } from 'react';
import type { Draft } from '../../shared/model/draft';
import { plainTextOf } from '../../shared/model/plainText';
import { sumTextStats, textStats, type TextStats } from '../../shared/text/textCounts';

export function useArticleStats(headline: string, standfirst: string, body: Draft['body']): TextStats {
  const bodyStats = useMemo(() => textStats(plainTextOf(body)), [body]);
  const headStats = useMemo(() => textStats([headline, standfirst].filter(Boolean).join('\n')), [headline, standfirst]);
  return useMemo(() => sumTextStats([headStats, bodyStats]), [bodyStats, headStats]);
}
