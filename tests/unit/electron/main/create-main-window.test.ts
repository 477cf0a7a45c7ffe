import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../../../electron/main/app-origin';
import { createMainWindow, focusMainWindow, mainWindowOptions, WINDOW_BACKGROUND } from '../../../../electron/main/create-main-window';
import { createRecordingLogger } from '../../../support/fake-core';
import { createFakeElectron } from '../../../support/fake-electron';

const PRELOAD = '/app/dist/electron/preload.cjs';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({ preloadPath: PRELOAD, devTools: false, darkMode: false });
  const web = options.webPreferences ?? {};

  it.each([
    ['sandbox', true],
    ['contextIsolation', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webviewTag', false],
    ['spellcheck', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['navigateOnDragDrop', false],
    ['experimentalFeatures', false],
    ['devTools', false],
  ] as const)('sets webPreferences.%s to %s', (flag, value) => {
    expect(web[flag]).toBe(value);
  });

  it('loads the bundled CommonJS preload', () => {
    expect(web.preload).toBe(PRELOAD);
  });

  it('stays hidden until the first paint, on the page background for the OS theme, with a usable minimum size', () => {
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toBe(WINDOW_BACKGROUND.light);
    expect(mainWindowOptions({ preloadPath: PRELOAD, devTools: false, darkMode: true }).backgroundColor).toBe(WINDOW_BACKGROUND.dark);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(600);
  });

  it('allows DevTools only when asked (unpackaged builds)', () => {
    expect(mainWindowOptions({ preloadPath: PRELOAD, devTools: true, darkMode: false }).webPreferences?.devTools).toBe(true);
  });
});

describe('createMainWindow', () => {
  it('loads the app entry URL and shows the window only on ready-to-show', () => {
    const { electron, windows } = createFakeElectron();
    createMainWindow(electron.BrowserWindow, { preloadPath: PRELOAD, devTools: false, darkMode: false }, createRecordingLogger().logger);
    const [window] = windows;
    expect(window?.loadedUrls).toEqual([APP_ENTRY_URL]);
    // Hidden from screen capture before anything is drawn; the therapist's setting comes at unlock.
    expect(window?.contentProtection).toEqual([true]);
    expect(window?.shown).toBe(false);
    window?.emit('ready-to-show');
    expect(window?.shown).toBe(true);
  });

  it('logs a fixed line if the renderer fails to load', async () => {
    const { electron, windows } = createFakeElectron();
    const { logger, lines } = createRecordingLogger();
    class FailingWindow extends electron.BrowserWindow {
      override loadURL(): Promise<void> {
        return Promise.reject(new Error('net::ERR_FAILED kap://app/index.html'));
      }
    }
    createMainWindow(FailingWindow, { preloadPath: PRELOAD, devTools: false, darkMode: false }, logger);
    await Promise.resolve();
    await Promise.resolve();
    expect(windows).toHaveLength(1);
    expect(lines).toEqual(['error: main window: the renderer did not load']);
  });
});

describe('focusMainWindow', () => {
  it('restores a minimised window, shows and focuses it', () => {
    const { electron } = createFakeElectron();
    const window = new electron.BrowserWindow({});
    window.minimized = true;
    focusMainWindow(window);
    expect(window.minimized).toBe(false);
    expect(window.shown).toBe(true);
    expect(window.focused).toBe(true);
  });

  it('does nothing without a live window', () => {
    const { electron } = createFakeElectron();
    const window = new electron.BrowserWindow({});
    window.destroyed = true;
    focusMainWindow(window);
    expect(window.focused).toBe(false);
    expect(() => focusMainWindow(null)).not.toThrow();
  });
});
