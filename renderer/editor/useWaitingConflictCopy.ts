/**
 * A conflict copy the open draft already had when it opened (another desk's refused save, an
 * import that disagreed), to settle here too: the newest, or none.
 */
import { useEffect, useState } from 'react';
import type { ConflictCopy } from '../../shared/model/library';
import { useApi } from '../api/ApiProvider';

export function useWaitingConflictCopy(draftId: string): ConflictCopy | undefined {
  const api = useApi();
  const [copy, setCopy] = useState<ConflictCopy | undefined>();
  useEffect(() => {
    let isCurrent = true;
    void api.call('drafts.conflicts', { id: draftId }).then((result) => isCurrent && result.ok && setCopy(result.value.conflicts.at(-1)));
    return () => {
      isCurrent = false;
    };
  }, [api, draftId]);
  return copy;
}
