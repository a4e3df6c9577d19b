/**
 * The open draft's workflow status as it is now: set by the editor's own saves (a writer's edit to
 * copy-edited text sends it back to the copy desk) and followed on disk for moves that leave the
 * text and its version alone (a post published), so the open editor needs no reload for them.
 */
import { useEffect, useState } from 'react';
import type { Draft } from '../../shared/model/draft';
import { useApi } from '../api/ApiProvider';

export function useDraftStatus(draft: Draft): [Draft['status'], (status: Draft['status']) => void] {
  const api = useApi();
  const [status, setStatus] = useState(draft.status);
  useEffect(() => {
    let isCurrent = true;
    const stop = api.on('drafts.changed', ({ ids }) => {
      if (!ids.includes(draft.id)) return;
      void api.call('drafts.get', { id: draft.id }).then((result) => isCurrent && result.ok && setStatus(result.value.status));
    });
    return () => {
      isCurrent = false;
      stop();
    };
  }, [api, draft.id]);
  return [status, setStatus];
}
