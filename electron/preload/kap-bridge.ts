import type { KapBridge } from '../../shared/contract/index';
import { EVENT_CHANNEL, RPC_CHANNEL } from '../main/ipc-channels';

/** The parts of `ipcRenderer` the bridge uses; the IPC event object never leaves this file. */
export interface BridgeIpc {
  invoke: (channel: string, ...args: unknown[]) => Promise<unknown>;
  on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => unknown;
}

/**
 * `window.kap`: call a method, subscribe to an event. One IPC listener fans events out to the
 * page's subscribers, who receive only the payload.
 */
export function createKapBridge(ipc: BridgeIpc): KapBridge {
  const subscribers = new Map<string, Set<(payload: unknown) => void>>();
  ipc.on(EVENT_CHANNEL, (_event, name, payload) => {
    if (typeof name !== 'string') return;
    for (const deliver of subscribers.get(name) ?? []) deliver(payload);
  });
  return {
    invoke: (method, input) => ipc.invoke(RPC_CHANNEL, method, input),
    on(event, listener) {
      if (typeof event !== 'string' || typeof listener !== 'function') throw new TypeError('kap.on(event, listener) needs an event name and a function.');
      // A fresh wrapper per subscription, so subscribing the same function twice needs two unsubscribes.
      const deliver = (payload: unknown) => listener(payload);
      const forEvent = subscribers.get(event) ?? new Set();
      forEvent.add(deliver);
      subscribers.set(event, forEvent);
      return () => {
        forEvent.delete(deliver);
      };
    },
  };
}
