// @vitest-environment jsdom
import { act, cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditLockHolder } from '../../shared/model/library';
import { renderHookWithApi } from '../testing/renderHookWithApi';
import { editLockRenewMs, useEditLock } from './useEditLock';

const draftId: string = '00000000-0000-4000-8000-000000000001';
const otherDesk: EditLockHolder = { name: 'ريم الحسن', machine: 'desk-2', instanceId: 'other' };

afterEach(() => {
  vi.useRealTimers();
  cleanup();
});

function lockServer(heldBy: () => EditLockHolder | undefined) {
  const calls: string[] = [];
  return {
    calls,
    handlers: {
      'drafts.acquireEditLock': ({ id }: { id: string }) => {
        calls.push(`acquire ${id}`);
        const holder = heldBy();
        return holder ? { isHeld: false, heldBy: holder } : { isHeld: true };
      },
      'drafts.releaseEditLock': ({ id }: { id: string }) => {
        calls.push(`release ${id}`);
        return {};
      },
    },
  };
}

describe('the edit lock', () => {
  it('is taken on opening, says nobody else holds it, and is let go on leaving', async () => {
    const server = lockServer(() => undefined);
    const rendered = renderHookWithApi(() => useEditLock(draftId), server.handlers);
    await waitFor(() => expect(server.calls).toEqual([`acquire ${draftId}`]));
    expect(rendered.result.current).toBeUndefined();
    rendered.unmount();
    await waitFor(() => expect(server.calls).toEqual([`acquire ${draftId}`, `release ${draftId}`]));
    rendered.dispose();
  });

  it('names whoever else holds it, and is renewed every 30 seconds while open', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let holder: EditLockHolder | undefined = otherDesk;
    const server = lockServer(() => holder);
    const rendered = renderHookWithApi(() => useEditLock(draftId), server.handlers);
    await vi.waitFor(() => expect(rendered.result.current).toEqual({ name: 'ريم الحسن', machine: 'desk-2' }));

    // (vi.waitFor moves the fake clock on by its polling interval, well under a second.)
    holder = undefined;
    await act(() => vi.advanceTimersByTimeAsync(editLockRenewMs - 1_000));
    expect(server.calls).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    await vi.waitFor(() => expect(rendered.result.current).toBeUndefined());
    expect(server.calls).toEqual([`acquire ${draftId}`, `acquire ${draftId}`]);
    await act(() => vi.advanceTimersByTimeAsync(editLockRenewMs));
    expect(server.calls).toHaveLength(3);

    rendered.unmount();
    await act(() => vi.advanceTimersByTimeAsync(editLockRenewMs * 2));
    await vi.waitFor(() => expect(server.calls.at(-1)).toBe(`release ${draftId}`));
    expect(server.calls.filter((call) => call.startsWith('acquire'))).toHaveLength(3);
    rendered.dispose();
  });

  it('follows the draft: a new draft id lets go of the old lock and takes the new one', async () => {
    const server = lockServer(() => undefined);
    const otherId = '00000000-0000-4000-8000-000000000002';
    const rendered = renderHookWithApi((id: string) => useEditLock(id), server.handlers, draftId);
    await waitFor(() => expect(server.calls).toHaveLength(1));
    rendered.rerender(otherId);
    await waitFor(() => expect(server.calls).toEqual([`acquire ${draftId}`, `release ${draftId}`, `acquire ${otherId}`]));
    expect(rendered.unhandledCalls.filter((call) => call !== 'settings.get')).toEqual([]);
    rendered.dispose();
  });
});
