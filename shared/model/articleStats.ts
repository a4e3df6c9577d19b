/**
 * Live counts of an article: what a reader reads (headline, standfirst and body), counted by the
 * one set of text counts (shared/text/textCounts.ts).
 */
import { textStats, type TextStats } from '../text/textCounts';
import type { ArticleContent } from './article';
import { plainTextOf } from './plainText';

export type ArticleStats = TextStats;

/** Counts of what a reader reads: headline, standfirst and body. */
export function articleStats(article: Pick<ArticleContent, 'headline' | 'standfirst' | 'body'>): ArticleStats {
  return textStats([article.headline, article.standfirst, plainTextOf(article.body)].filter(Boolean).join('\n'));
}
