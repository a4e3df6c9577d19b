/**
 * Live counts of an article: words (Arabic-aware, see countWords), characters and reading time.
 * Reading time uses 180 words a minute, a common figure for Arabic news prose, and is never
 * less than one minute for a non-empty article.
 */
import type { ArticleContent } from './article';
import { countWords, plainTextOf } from './plainText';

export const wordsPerMinute = 180;

export interface ArticleStats {
  words: number;
  /** Characters of the text, spaces included, as editors count a headline's length. */
  characters: number;
  /** Characters without white space. */
  charactersWithoutSpaces: number;
  readingMinutes: number;
}

/** Counts of a text (a headline, a field). */
export function textStats(text: string): ArticleStats {
  const words = countWords(text);
  const characters = [...text].length;
  const charactersWithoutSpaces = [...text.replace(/\s+/g, '')].length;
  return { words, characters, charactersWithoutSpaces, readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / wordsPerMinute)) };
}

/** Counts of what a reader reads: headline, standfirst and body. */
export function articleStats(article: Pick<ArticleContent, 'headline' | 'standfirst' | 'body'>): ArticleStats {
  return textStats([article.headline, article.standfirst, plainTextOf(article.body)].filter(Boolean).join('\n'));
}
