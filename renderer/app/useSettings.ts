/** The user's settings, kept current by the `settings.changed` event. */
import { useEffect, useState } from 'react';
import type { Settings } from '../../shared/model/settings';
import { useApi } from '../api/ApiProvider';

export function useSettings(): Settings | undefined {
  const api = useApi();
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    let isCurrent = true;
    void api.call('settings.get', {}).then((result) => isCurrent && result.ok && setSettings(result.value));
    const stop = api.on('settings.changed', setSettings);
    return () => {
      isCurrent = false;
      stop();
    };
  }, [api]);
  return settings;
}
