/** The RPC transport over the desktop app's preload bridge, when the page runs inside Electron. */
import { bridgeGlobalName } from '../../shared/contract/rpcChannel';
import type { RpcMessage, RpcTransport } from '../../shared/rpc/rpcMessage';

interface PreloadBridge {
  send(message: RpcMessage): void;
  onMessage(listener: (message: unknown) => void): () => void;
}

/** The bridge's transport, or undefined when the page is not in the desktop app. */
export function bridgeTransport(): RpcTransport | undefined {
  const bridge = (window as unknown as Record<string, PreloadBridge | undefined>)[bridgeGlobalName];
  if (!bridge) return undefined;
  return { send: (message) => bridge.send(message), onMessage: (listener) => bridge.onMessage(listener) };
}
