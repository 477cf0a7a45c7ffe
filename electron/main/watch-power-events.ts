import type { AppCore } from '../app-core';
import type { PowerMonitorApi } from './electron-api';

/** How often the system-idle backstop looks at the OS idle time. */
export const IDLE_CHECK_INTERVAL_MS = 30_000;

/**
 * Locks the vault when the OS locks the screen, the user switches away (macOS fast user
 * switching), or the machine sleeps. The renderer runs its own idle timer; this backstop uses
 * the OS's idle time, so it still locks if the renderer's timer is throttled or hung.
 */
export function watchPowerEvents(powerMonitor: PowerMonitorApi, core: Pick<AppCore, 'lock' | 'requestLock' | 'idleLockMinutes'>): void {
  // A locked screen can wait a moment for the note being typed to be saved; a machine going to sleep cannot.
  powerMonitor.on('lock-screen', () => core.requestLock('os-lock'));
  powerMonitor.on('user-did-resign-active', () => core.requestLock('os-lock'));
  powerMonitor.on('suspend', () => core.lock('suspend'));
  setInterval(() => {
    const minutes = core.idleLockMinutes();
    if (minutes !== null && powerMonitor.getSystemIdleTime() >= minutes * 60) core.requestLock('idle');
  }, IDLE_CHECK_INTERVAL_MS);
}
