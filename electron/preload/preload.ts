/**
 * The preload: exposes one generic message bridge (send, onMessage) on the RPC channel, and
 * nothing else. All typing and validation live in the shared contract and the RPC layer.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { bridgeGlobalName, rpcChannel } from '../../shared/contract/rpcChannel';
import type { RpcMessage } from '../../shared/rpc/rpcMessage';

contextBridge.exposeInMainWorld(bridgeGlobalName, {
  send(message: RpcMessage): void {
    ipcRenderer.send(rpcChannel, message);
  },
  onMessage(listener: (message: unknown) => void): () => void {
    const onMessage = (_event: IpcRendererEvent, message: unknown): void => listener(message);
    ipcRenderer.on(rpcChannel, onMessage);
    return () => {
      ipcRenderer.off(rpcChannel, onMessage);
    };
  },
});
