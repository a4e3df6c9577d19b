/** Test support: a valid draft, empty but for what a test gives. */
import { emptyArticleContent } from '../../shared/model/article';
import type { Draft } from '../../shared/model/draft';

export const testDraftId = '00000000-0000-4000-8000-00000000d001';

export function testDraft(overrides: Partial<Draft> = {}): Draft {
  return {
    ...emptyArticleContent(),
    schemaVersion: 2,
    id: testDraftId,
    version: 1,
    status: 'draft',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    ...overrides,
  };
}

/** A body of paragraphs, as TipTap's JSON. */
export function paragraphsBody(...paragraphs: string[]): Draft['body'] {
  return { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
}
