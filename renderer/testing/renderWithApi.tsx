/**
 * Test support: renders a component inside the app's providers, with the API served over an
 * in-memory transport pair by the handlers a test gives (the RPC layer is the real one; a call
 * without a handler answers `rpc.internal` and is recorded in `unhandledCalls`).
 */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { apiContract, type ApiContract } from '../../shared/contract/apiContract';
import { createMemoryTransportPair } from '../../shared/rpc/memoryTransport';
import { createRpcClient } from '../../shared/rpc/rpcClient';
import { serveRpc, type RpcHandlers } from '../../shared/rpc/rpcServer';
import type { ApiClient } from '../api/apiClient';
import { ApiProvider } from '../api/ApiProvider';
import { I18nProvider } from '../i18n/I18nProvider';

export interface RenderedWithApi extends RenderResult {
  api: ApiClient;
  /** Calls the component made that the test gave no handler for. */
  unhandledCalls: string[];
  dispose(): void;
}

export function renderWithApi(ui: ReactNode, handlers: Partial<RpcHandlers<ApiContract>> = {}): RenderedWithApi {
  const pair = createMemoryTransportPair();
  const unhandledCalls: string[] = [];
  const served = new Proxy(handlers, {
    get: (target, method: string) =>
      target[method as keyof typeof target] ??
      (() => {
        unhandledCalls.push(method);
        throw new Error(`no test handler for ${method}`);
      }),
  }) as RpcHandlers<ApiContract>;
  const server = serveRpc(apiContract, served, pair.server);
  const api = createRpcClient(apiContract, pair.client);
  const rendered = render(
    <ApiProvider client={api}>
      <I18nProvider>{ui}</I18nProvider>
    </ApiProvider>,
  );
  return {
    ...rendered,
    api,
    unhandledCalls,
    dispose() {
      rendered.unmount();
      server.dispose();
      api.dispose();
      pair.close();
    },
  };
}
