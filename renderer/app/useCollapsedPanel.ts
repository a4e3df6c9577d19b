/**
 * Whether a panel beside the writing column is folded away, and a way to fold or unfold it. The
 * choice is a setting (kept by the services across restarts and shared by every window); until the
 * settings arrive the panel shows, and a toggle shows at once while the setting is saved.
 */
import { useCallback, useState } from 'react';
import type { CollapsiblePanel } from '../../shared/model/settings';
import { useApi } from '../api/ApiProvider';
import { useSettings } from './useSettings';

export function useCollapsedPanel(panel: CollapsiblePanel): [isCollapsed: boolean, toggle: () => void] {
  const api = useApi();
  const settings = useSettings();
  const [pending, setPending] = useState<boolean | undefined>();
  const saved = settings?.collapsedPanels.includes(panel) ?? false;
  const isCollapsed = pending ?? saved;

  const toggle = useCallback(() => {
    const next = !isCollapsed;
    setPending(next);
    const others = (settings?.collapsedPanels ?? []).filter((other) => other !== panel);
    void api.call('settings.update', { collapsedPanels: next ? [...others, panel] : others }).then((result) => {
      // Refused (the services are gone): the panel goes back to what is remembered.
      if (!result.ok) setPending(undefined);
    });
  }, [api, isCollapsed, panel, settings]);

  return [isCollapsed, toggle];
}
