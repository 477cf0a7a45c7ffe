import { APP_ORIGIN } from './app-origin';
import type { HardenableSession } from './electron-api';
import { isAllowedRequestUrl, type RequestPolicyOptions } from './request-policy';

/**
 * Where Chromium would fetch spellchecker dictionaries (Windows and Linux; macOS uses the OS
 * spellchecker). Pointed at the app's own origin, which has no dictionaries and answers 404,
 * so even a spellchecker turned back on could never reach the network.
 */
export const LOCAL_DICTIONARY_URL = `${APP_ORIGIN}/no-spellchecker-dictionaries/`;

/**
 * Denies everything a clinical notes app never needs: permissions (camera, microphone,
 * notifications, clipboard-read, ...), device access, screen capture, downloads, the
 * spellchecker's dictionary download, and every request that is not for the app's own files.
 */
export function hardenSession(session: HardenableSession, options: RequestPolicyOptions): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL(LOCAL_DICTIONARY_URL);
  session.on('will-download', (event) => event.preventDefault());
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url, options) }));
}
