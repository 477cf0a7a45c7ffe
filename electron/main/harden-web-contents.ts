import { isAppUrl } from './app-origin';
import type { HardenableWebContents, NavigationEvent } from './electron-api';

function stayOnAppOrigin(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/**
 * Applied to every webContents as it is created: it may navigate only within the app origin,
 * may not open windows, and may not attach a <webview>.
 */
export function hardenWebContents(contents: HardenableWebContents): void {
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-redirect', stayOnAppOrigin);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
