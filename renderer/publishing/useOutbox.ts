/** The outbox as it is now: loaded once, then kept current by the main process's events. */
import { useEffect, useState } from 'react';
import type { OutboxSummary } from '../../shared/publishing/outboxItem';
import { useApi } from '../api/ApiProvider';

export function useOutbox(): OutboxSummary[] {
  const api = useApi();
  const [items, setItems] = useState<OutboxSummary[]>([]);
  useEffect(() => {
    let isCurrent = true;
    const changed = new Map<string, OutboxSummary>();
    const merge = (list: OutboxSummary[], item: OutboxSummary): OutboxSummary[] => {
      const index = list.findIndex((candidate) => candidate.id === item.id);
      if (index === -1) return [item, ...list];
      if (list[index]!.updatedAt > item.updatedAt) return list;
      return list.map((candidate) => (candidate.id === item.id ? item : candidate));
    };
    const stop = api.on('publishing.changed', (item) => {
      changed.set(item.id, item);
      setItems((list) => merge(list, item));
    });
    void api.call('publishing.outbox', {}).then((result) => {
      if (!isCurrent || !result.ok) return;
      // Events that arrived while the list was on its way are newer than it.
      setItems([...changed.values()].reduce(merge, result.value.items));
    });
    return () => {
      isCurrent = false;
      stop();
    };
  }, [api]);
  return items;
}
