/**
 * The renderer's one way to the main process: the contract's RPC client over the preload bridge
 * in the desktop app, or over the loopback host's WebSocket in browser mode.
 */
import { apiContract, type ApiContract } from '../../shared/contract/apiContract';
import { createRpcClient, type RpcClient } from '../../shared/rpc/rpcClient';
import { bridgeTransport } from './bridgeTransport';
import { webSocketTransport } from './webSocketTransport';

export type ApiClient = RpcClient<ApiContract>;

export function connectApiClient(): ApiClient {
  const transport = bridgeTransport() ?? webSocketTransport(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api`);
  return createRpcClient(apiContract, transport);
}
