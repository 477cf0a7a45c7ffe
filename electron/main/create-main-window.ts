import type { BrowserWindowConstructorOptions } from 'electron';
import type { Logger } from '../logger';
import { APP_ENTRY_URL } from './app-origin';
import { setContentProtection } from './content-protection';
import type { BrowserWindowConstructor, MainWindow } from './electron-api';

export interface MainWindowOptions {
  /** The bundled preload (CommonJS: a sandboxed preload cannot be an ES module). */
  preloadPath: string;
  /** DevTools exist only in unpackaged builds. */
  devTools: boolean;
  /** The OS prefers dark colours (the renderer follows `prefers-color-scheme`). */
  darkMode: boolean;
}

/** The renderer's page background (`--bg` in renderer/src/styles/tokens.css), so resizing never flashes another colour. */
export const WINDOW_BACKGROUND = { light: '#f4f5f1', dark: '#141a19' } as const;

export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    title: 'KAP Companion',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    backgroundColor: options.darkMode ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    webPreferences: {
      preload: options.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      safeDialogs: true,
      devTools: options.devTools,
    },
  };
}

/** Opens the main window on the app's entry URL and shows it once its first paint is ready. */
export function createMainWindow(BrowserWindow: BrowserWindowConstructor, options: MainWindowOptions, logger: Logger): MainWindow {
  const window = new BrowserWindow(mainWindowOptions(options));
  // On from the first paint: the therapist's setting is in the vault, read once it is unlocked.
  setContentProtection(window, true);
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch(() => logger.error('main window: the renderer did not load'));
  return window;
}

/** Brings an existing window to the front (a second launch lands here instead of a second app). */
export function focusMainWindow(window: MainWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
