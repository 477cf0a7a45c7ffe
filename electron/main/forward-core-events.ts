import type { AppCore } from '../app-core';
import type { MainWindow } from './electron-api';
import { EVENT_CHANNEL } from './ipc-channels';

/** Pushes the core's events (e.g. `vault.locked`) to the window until it closes. */
export function forwardCoreEvents(core: AppCore, window: MainWindow): void {
  const stop = core.onEvent((name, payload) => {
    if (!window.webContents.isDestroyed()) window.webContents.send(EVENT_CHANNEL, name, payload);
  });
  window.on('closed', stop);
}
