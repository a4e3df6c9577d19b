/**
 * A connected pair of in-memory transports, for tests and for running client and server in one
 * process. Messages are delivered asynchronously and structurally cloned, as a real transport would.
 */
import type { RpcMessage, RpcTransport } from './rpcMessage';

export interface MemoryTransportPair {
  client: RpcTransport;
  server: RpcTransport;
  /** Ends the connection: both sides' onClose listeners fire and further messages are dropped. */
  close(): void;
}

export function createMemoryTransportPair(): MemoryTransportPair {
  const listeners = { client: new Set<(message: unknown) => void>(), server: new Set<(message: unknown) => void>() };
  const closeListeners = new Set<() => void>();
  let isClosed = false;

  const side = (own: 'client' | 'server', peer: 'client' | 'server'): RpcTransport => ({
    send(message: RpcMessage) {
      if (isClosed) return;
      const copy = structuredClone(message);
      queueMicrotask(() => {
        if (!isClosed) for (const listener of listeners[peer]) listener(copy);
      });
    },
    onMessage(listener) {
      listeners[own].add(listener);
      return () => listeners[own].delete(listener);
    },
    onClose(listener) {
      closeListeners.add(listener);
      return () => closeListeners.delete(listener);
    },
  });

  return {
    client: side('client', 'server'),
    server: side('server', 'client'),
    close() {
      if (isClosed) return;
      isClosed = true;
      for (const listener of closeListeners) listener();
    },
  };
}
