import { describe, expect, it } from 'vitest';
import { emptyArticleContent } from '../model/article';
import { workflowCalls } from './workflowCalls';

describe('drafts.saveReview input', () => {
  const input = workflowCalls['drafts.saveReview'].input;
  const review = { id: '00000000-0000-4000-8000-000000000001', baseVersion: 2, content: emptyArticleContent(), message: 'مراجعة' };

  it('takes the decisions as data, or none (an older renderer sends only the message)', () => {
    const decisions = { accepted: [{ kind: 'words', block: 1, removed: 'اليوم', added: 'أمس' }], rejected: [] };
    expect(input.safeParse({ ...review, decisions }).success).toBe(true);
    expect(input.safeParse(review).success).toBe(true);
  });

  it('refuses decisions that are not changes', () => {
    for (const decisions of [
      { accepted: [{ kind: 'rewrite' }], rejected: [] },
      { accepted: [{ kind: 'words', block: 0 }], rejected: [] },
      { accepted: [{ kind: 'words', removed: 'x'.repeat(401) }], rejected: [] },
      { accepted: [], rejected: [], note: 'نص' },
      { accepted: [] },
    ])
      expect(input.safeParse({ ...review, decisions }).success, JSON.stringify(decisions)).toBe(false);
  });
});
