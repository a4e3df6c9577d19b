/** What the library list shows of a draft, derived from the draft alone. */
import { countWords } from '../text/textCounts';
import type { Draft, DraftSummary } from './draft';
import { excerptOf, plainTextOf } from './plainText';

/**
 * The draft's summary: its bookkeeping, the list's fields, an excerpt (of the standfirst, or of
 * the body when there is none) and the words a reader reads (headline, standfirst and body).
 * Only words are counted: counting characters too would cost a large library's first opening.
 */
export function draftSummaryOf(draft: Draft): DraftSummary {
  const body = plainTextOf(draft.body);
  return {
    id: draft.id,
    version: draft.version,
    headline: draft.headline,
    section: draft.section,
    byline: draft.byline,
    status: draft.status,
    tags: draft.tags,
    excerpt: excerptOf(draft.standfirst || body),
    wordCount: countWords([draft.headline, draft.standfirst, body].filter(Boolean).join('\n')),
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
  };
}
