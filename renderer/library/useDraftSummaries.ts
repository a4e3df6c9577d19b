/** The library's draft list, kept current by the `drafts.changed` event. */
import { useEffect, useState } from 'react';
import type { ApiError } from '../../shared/contract/apiError';
import type { DraftSummary } from '../../shared/model/draft';
import { useApi } from '../api/ApiProvider';

export type DraftSummariesState =
  | { status: 'loading' }
  | { status: 'ready'; drafts: DraftSummary[] }
  | { status: 'failed'; error: ApiError };

export function useDraftSummaries(): DraftSummariesState {
  const api = useApi();
  const [state, setState] = useState<DraftSummariesState>({ status: 'loading' });

  useEffect(() => {
    let isCurrent = true;
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    const load = async (): Promise<void> => {
      const result = await api.call('drafts.list', {});
      if (!isCurrent) return;
      setState(result.ok ? { status: 'ready', drafts: result.value.drafts } : { status: 'failed', error: result.error });
    };
    void load();
    // Saves come in bursts while someone types; one refresh per burst is enough.
    const stop = api.on('drafts.changed', () => {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => void load(), 250);
    });
    return () => {
      isCurrent = false;
      clearTimeout(refreshTimer);
      stop();
    };
  }, [api]);

  return state;
}
