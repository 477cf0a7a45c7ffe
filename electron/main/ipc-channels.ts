/** The only two IPC channels between main and the preload. */
export const RPC_CHANNEL = 'kap:rpc';
export const EVENT_CHANNEL = 'kap:event';
