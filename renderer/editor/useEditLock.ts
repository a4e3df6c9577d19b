/**
 * The advisory edit lock on the open draft: taken when the draft opens, renewed every 30 s while
 * it stays open, let go when it closes. Returns who else has the draft open, if anyone; the lock
 * warns, it does not stop anyone (saves settle who wins).
 */
import { useEffect, useState } from 'react';
import type { EditLockHolder } from '../../shared/model/library';
import { useApi } from '../api/ApiProvider';

export const editLockRenewMs = 30_000;

export type LockHolder = Pick<EditLockHolder, 'name' | 'machine'>;

export function useEditLock(draftId: string): LockHolder | undefined {
  const api = useApi();
  const [holder, setHolder] = useState<LockHolder | undefined>();
  useEffect(() => {
    let isOpen = true;
    const acquire = (): void => {
      void api.call('drafts.acquireEditLock', { id: draftId }).then((result) => {
        if (isOpen && result.ok)
          setHolder(result.value.heldBy ? { name: result.value.heldBy.name, machine: result.value.heldBy.machine } : undefined);
      });
    };
    acquire();
    const timer = setInterval(acquire, editLockRenewMs);
    return () => {
      isOpen = false;
      clearInterval(timer);
      void api.call('drafts.releaseEditLock', { id: draftId });
    };
  }, [api, draftId]);
  return holder;
}
