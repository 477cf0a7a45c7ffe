import type { MainWindow } from './electron-api';

/**
 * Hides the window from screenshots, recordings and screen sharing (on), or lets them see it
 * (off, for a supervision call). Electron does this on macOS and Windows; on Linux it is a no-op.
 */
export function setContentProtection(window: MainWindow | null, on: boolean): void {
  if (window && !window.isDestroyed()) window.setContentProtection(on);
}
