/** What the library list shows of a draft, derived from the draft alone. */
import { countWords } from '../text/textCounts';
import type { Draft, DraftSummary } from './draft';
import { excerptOf, plainTextOf, readerTextOf } from './plainText';

/**
 * The draft's summary: its bookkeeping, the list's fields, an excerpt (of the standfirst, or of
 * the body when there is none) and the words a reader reads (headline, standfirst and body).
 * Only words are counted: counting characters too would cost a large library's first opening.
 */
export function draftSummaryOf(draft: Draft): DraftSummary {
  return {
    ...summaryFieldsOf(draft),
    excerpt: excerptOf(draft.standfirst || plainTextOf(draft.body)),
    wordCount: countWords(readerTextOf(draft)),
  };
}

/** The summary's fields that cost nothing to take: all but the excerpt and the word count. */
export function summaryFieldsOf(draft: Draft): Omit<DraftSummary, 'excerpt' | 'wordCount'> {
  const { id, version, headline, section, byline, status, tags, createdAt, updatedAt } = draft;
  return { id, version, headline, section, byline, status, tags, createdAt, updatedAt };
}
