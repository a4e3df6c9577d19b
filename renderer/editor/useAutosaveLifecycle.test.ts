// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/contract/apiError';
import { Autosaver } from './autosaver';
import { hasUnsavedWork, saveEverything } from './pendingSaves';
import { useAutosaveLifecycle } from './useAutosaveLifecycle';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  cleanup();
});

/** A session whose saves are recorded with the body they took; the pause before a save is long, so only a flush saves. */
function fakeSession() {
  let body = 'نص أول';
  const saved: string[] = [];
  const session = {
    autosaver: new Autosaver({
      baseVersion: 1,
      delayMs: 60_000,
      save: async (baseVersion: number): Promise<Result<{ version: number }>> => {
        saved.push(body);
        return { ok: true, value: { version: baseVersion + 1 } };
      },
    }),
    snapshots: 0,
    snapshotBody() {
      this.snapshots++;
    },
  };
  return { session, saved, type: (text: string) => ((body = text), session.autosaver.markChanged()) };
}

const settle = () => act(() => vi.advanceTimersByTimeAsync(0));

describe('the autosave lifecycle', () => {
  it('shows the save status as it changes', async () => {
    vi.useFakeTimers();
    const { session, type } = fakeSession();
    const { result, unmount } = renderHook(() => useAutosaveLifecycle(session));
    expect(result.current).toEqual({ status: 'saved' });
    act(() => type('نص ثانٍ'));
    expect(result.current).toEqual({ status: 'pending' });
    await act(() => session.autosaver.flush());
    expect(result.current).toEqual({ status: 'saved' });
    unmount();
  });

  it('saves now when the page is left or hidden', async () => {
    vi.useFakeTimers();
    const { session, saved, type } = fakeSession();
    const { unmount } = renderHook(() => useAutosaveLifecycle(session));
    type('قبل مغادرة الصفحة');
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(saved).toEqual(['قبل مغادرة الصفحة']);

    type('قبل إخفاء الصفحة');
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(saved).toHaveLength(1);
    visibility.mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(saved).toEqual(['قبل مغادرة الصفحة', 'قبل إخفاء الصفحة']);
    unmount();
  });

  it('tells the window there is unsaved work, and saves it when the window asks', async () => {
    vi.useFakeTimers();
    const { session, saved, type } = fakeSession();
    const { unmount } = renderHook(() => useAutosaveLifecycle(session));
    expect(hasUnsavedWork()).toBe(false);
    type('قبل إغلاق النافذة');
    expect(hasUnsavedWork()).toBe(true);
    await act(() => saveEverything());
    expect(saved).toEqual(['قبل إغلاق النافذة']);
    expect(hasUnsavedWork()).toBe(false);
    unmount();
  });

  it('on leaving the draft takes the body, saves what is unsaved and stops listening', async () => {
    vi.useFakeTimers();
    const { session, saved, type } = fakeSession();
    const { unmount } = renderHook(() => useAutosaveLifecycle(session));
    type('آخر ما كُتب');
    unmount();
    expect(session.snapshots).toBe(1);
    await settle();
    expect(saved).toEqual(['آخر ما كُتب']);
    // Nothing is registered any more: the page's own events and the window's question reach no one.
    type('بعد الإغلاق');
    window.dispatchEvent(new Event('pagehide'));
    await act(() => saveEverything());
    expect(saved).toEqual(['آخر ما كُتب']);
  });
});
