/** The one Electron IPC channel that carries RPC messages between the preload bridge and main. */
export const rpcChannel = 'midad:rpc';

/** The name under which the preload exposes the bridge on `window`. */
export const bridgeGlobalName = 'midadBridge';
