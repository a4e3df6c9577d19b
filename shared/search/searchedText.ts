/** What search reads of a draft: the headline (its matches rank first) and everything else searched. */
import type { Draft } from '../model/draft';
import { plainTextOf } from '../model/plainText';

export function searchedTextOf(draft: Pick<Draft, 'headline' | 'standfirst' | 'body' | 'tags' | 'byline'>): {
  headline: string;
  text: string;
} {
  return { headline: draft.headline, text: [draft.standfirst, plainTextOf(draft.body), draft.tags.join(' '), draft.byline].join('\n') };
}
