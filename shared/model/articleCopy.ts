/** Copies of an article kept beside it. */
import { withSlugFollowingHeadline } from '../text/slug';
import type { ArticleContent } from './article';

/**
 * A copy of an article as a new draft (a duplicate, "keep both" in a conflict): the headline
 * ends with `headlineSuffix` (say "(نسخة)"), so the two are told apart in the library, and the
 * slug follows the copy's headline, so the copy never takes the original's address.
 */
export function articleCopy(content: ArticleContent, headlineSuffix: string): ArticleContent {
  return withSlugFollowingHeadline({ ...content, headline: `${content.headline} ${headlineSuffix}`.trim(), isSlugEdited: false });
}
