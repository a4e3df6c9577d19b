/**
 * The RPC transport over Electron IPC for one window: requests arrive on the one RPC channel from
 * that window's main frame only; answers and events go back to it on the same channel.
 */
import { ipcMain, type IpcMainEvent, type WebContents } from 'electron';
import { rpcChannel } from '../../shared/contract/rpcChannel';
import type { RpcMessage, RpcTransport } from '../../shared/rpc/rpcMessage';
import { isAppUrl } from './windowOptions';

export function ipcTransportFor(webContents: WebContents): RpcTransport {
  return {
    send(message: RpcMessage) {
      if (!webContents.isDestroyed()) webContents.send(rpcChannel, message);
    },
    onMessage(listener) {
      const onMessage = (event: IpcMainEvent, message: unknown): void => {
        // Only the app's own page in this window may call the API; never a frame or another page.
        if (event.sender !== webContents || event.senderFrame !== webContents.mainFrame) return;
        if (!isAppUrl(event.senderFrame.url)) return;
        listener(message);
      };
      ipcMain.on(rpcChannel, onMessage);
      return () => ipcMain.off(rpcChannel, onMessage);
    },
    onClose(listener) {
      webContents.once('destroyed', listener);
      return () => webContents.off('destroyed', listener);
    },
  };
}
