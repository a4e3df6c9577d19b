// @vitest-environment jsdom
import { cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyArticleContent } from '../../shared/model/article';
import type { ConflictCopy } from '../../shared/model/library';
import { renderHookWithApi } from '../testing/renderHookWithApi';
import { testDraftId } from '../testing/testDraft';
import { useWaitingConflictCopy } from './useWaitingConflictCopy';

afterEach(() => cleanup());

const copy = (conflictId: string): ConflictCopy => ({
  conflictId,
  baseVersion: 1,
  foundVersion: 2,
  savedBy: 'ريم الحسن',
  machine: 'desk-2',
  savedAt: '2026-01-01T10:00:00.000Z',
  content: emptyArticleContent(),
});

describe('a conflict copy waiting when the draft opens', () => {
  it('is the newest the draft has', async () => {
    const asked: string[] = [];
    const rendered = renderHookWithApi(() => useWaitingConflictCopy(testDraftId), {
      'drafts.conflicts': ({ id }) => {
        asked.push(id);
        return { conflicts: [copy('older'), copy('newest')] };
      },
    });
    await waitFor(() => expect(rendered.result.current?.conflictId).toBe('newest'));
    expect(asked).toEqual([testDraftId]);
    rendered.dispose();
  });

  it('is none when the draft has none, or the library cannot say', async () => {
    const none = renderHookWithApi(() => useWaitingConflictCopy(testDraftId), { 'drafts.conflicts': () => ({ conflicts: [] }) });
    const failing = renderHookWithApi(() => useWaitingConflictCopy(testDraftId), {});
    await waitFor(() => expect(failing.unhandledCalls).toContain('drafts.conflicts'));
    expect(none.result.current).toBeUndefined();
    expect(failing.result.current).toBeUndefined();
    none.dispose();
    failing.dispose();
  });
});
