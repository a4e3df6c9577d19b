/**
 * Test support: the app's API served over an in-memory transport pair by the handlers a test
 * gives (the RPC layer is the real one). A call without a handler answers `rpc.internal` and is
 * recorded in `unhandledCalls`; `server.emit` sends the contract's events to the page.
 */
import { apiContract, type ApiContract } from '../../shared/contract/apiContract';
import { createMemoryTransportPair } from '../../shared/rpc/memoryTransport';
import { createRpcClient } from '../../shared/rpc/rpcClient';
import { serveRpc, type RpcHandlers, type RpcServer } from '../../shared/rpc/rpcServer';
import type { ApiClient } from '../api/apiClient';

export interface TestApi {
  api: ApiClient;
  server: RpcServer<ApiContract>;
  /** Calls the code under test made that the test gave no handler for. */
  unhandledCalls: string[];
  dispose(): void;
}

export function createTestApi(handlers: Partial<RpcHandlers<ApiContract>> = {}): TestApi {
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
  return {
    api,
    server,
    unhandledCalls,
    dispose() {
      server.dispose();
      api.dispose();
      pair.close();
    },
  };
}
