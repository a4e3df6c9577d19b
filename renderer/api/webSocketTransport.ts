/**
 * The RPC transport over the browser host's WebSocket (same origin, `/api`; the host's cookie
 * carries the token). Messages sent before the socket opens are queued; once the socket closes,
 * the transport is closed for good and says so.
 */
import type { RpcMessage, RpcTransport } from '../../shared/rpc/rpcMessage';

export function webSocketTransport(url: string): RpcTransport {
  const socket = new WebSocket(url);
  const queue: string[] = [];
  const closeListeners = new Set<() => void>();
  let isClosed = false;

  socket.addEventListener('open', () => {
    for (const text of queue.splice(0)) socket.send(text);
  });
  socket.addEventListener('close', () => {
    if (isClosed) return;
    isClosed = true;
    for (const listener of closeListeners) listener();
  });

  return {
    send(message: RpcMessage) {
      const text = JSON.stringify(message);
      if (socket.readyState === WebSocket.OPEN) socket.send(text);
      else if (socket.readyState === WebSocket.CONNECTING) queue.push(text);
    },
    onMessage(listener) {
      const onMessage = (event: MessageEvent): void => {
        if (typeof event.data !== 'string') return;
        try {
          listener(JSON.parse(event.data));
        } catch {
          // A frame that is not JSON is not ours to answer.
        }
      };
      socket.addEventListener('message', onMessage);
      return () => socket.removeEventListener('message', onMessage);
    },
    onClose(listener) {
      if (isClosed) queueMicrotask(listener);
      else closeListeners.add(listener);
      return () => closeListeners.delete(listener);
    },
  };
}
