/** Makes the API client available to every component, and tells whether the connection is alive. */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ApiClient } from './apiClient';

const ApiContext = createContext<ApiClient | undefined>(undefined);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi outside ApiProvider');
  return client;
}

/** False once the transport has gone away for good. */
export function useIsConnected(): boolean {
  const client = useApi();
  const [isConnected, setIsConnected] = useState(true);
  useEffect(() => client.onDisconnect(() => setIsConnected(false)), [client]);
  return isConnected;
}
