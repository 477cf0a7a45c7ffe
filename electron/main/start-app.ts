import type { AppCore, AppCoreOptions } from '../app-core';
import type { Logger } from '../logger';
import { describeErrorWithoutContent } from '../rpc/dispatch';
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './app-protocol';
import { resolveAppPaths } from './app-paths';
import { installApplicationMenu } from './application-menu';
import { createMainWindow, focusMainWindow } from './create-main-window';
import { createElectronPlatform } from './electron-platform';
import type { ElectronApi, MainWindow } from './electron-api';
import { forwardCoreEvents } from './forward-core-events';
import { hardenSession } from './harden-session';
import { hardenWebContents } from './harden-web-contents';
import { registerRpc } from './register-rpc';
import { type ProcessErrorEvents, reportUncaughtErrors } from './report-uncaught-errors';
import { lockOnRendererFailure } from './lock-on-renderer-failure';
import { isTrustedSender } from './trusted-sender';
import { watchPowerEvents } from './watch-power-events';

export interface StartAppOptions {
  createCore: (options: AppCoreOptions) => AppCore;
  /** The folder holding package.json and dist/. */
  appRoot: string;
  resourcesPath: string;
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  processEvents: ProcessErrorEvents;
  logger: Logger;
}

/** After an uncaught exception, the longest the exit waits for backup workers to end their statements. */
export const FATAL_EXIT_WAIT_MS = 3000;

/**
 * The app's lifecycle, in the order Electron requires: single-instance lock, then what must
 * happen before `ready` (sandbox for all renderers, the privileged scheme, guards for every
 * future webContents), then the session, protocol, core, IPC, menu and window.
 * Resolves once the window has been created; never rejects (a failed start exits).
 */
export async function startApp(electron: ElectronApi, options: StartAppOptions): Promise<void> {
  const { app } = electron;
  const { logger } = options;
  // A second copy would open the same vault files; it hands over to the first and quits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let core: AppCore | null = null;
  let mainWindow: MainWindow | null = null;
  let exiting = false;
  reportUncaughtErrors(options.processEvents, logger, () => {
    if (exiting) return;
    exiting = true;
    const exit = () => app.exit(1);
    if (!core) {
      exit();
      return;
    }
    // Locked at once. A backup worker torn down inside a statement can abort the process (and
    // leave a core dump holding the key), so the exit waits for workers to end theirs, but only
    // briefly: after an uncaught exception the process state is unknown.
    const waited = setTimeout(exit, FATAL_EXIT_WAIT_MS);
    const closed = () => {
      clearTimeout(waited);
      exit();
    };
    core.close().then(closed, closed);
  });
  app.enableSandbox();
  registerAppSchemeAsPrivileged(electron.protocol);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', () => focusMainWindow(mainWindow));
  // Quit when the window closes, macOS included: an app holding a vault should not linger.
  app.on('window-all-closed', () => app.quit());

  try {
    await app.whenReady();
    const devTools = !app.isPackaged;
    const paths = resolveAppPaths({
      appRoot: options.appRoot,
      isPackaged: app.isPackaged,
      resourcesPath: options.resourcesPath,
      userDataDir: app.getPath('userData'),
      env: options.env,
    });
    hardenSession(electron.session.defaultSession, { allowDevtools: devTools });
    registerAppProtocol(electron.protocol, paths.rendererDir);
    const platform = createElectronPlatform({
      dialog: electron.dialog,
      mainWindow: () => mainWindow,
      documentsDir: () => app.getPath('documents'),
      clipboard: electron.clipboard,
      os: options.platform,
    });
    const appCore = options.createCore({ vaultDir: paths.vaultDir, nativeBinding: paths.nativeBinding, logger, platform, appVersion: app.getVersion() });
    core = appCore;
    // will-quit, not before-quit: it comes after the window has closed, so a last autosave
    // sent while the page unloads still finds the vault open. The quit waits for close(): a
    // backup worker inside a statement when the process ends would be torn down mid-call.
    let closed = false;
    app.on('will-quit', (event) => {
      if (closed) return;
      event.preventDefault();
      void appCore.close().then(() => {
        closed = true;
        app.quit();
      });
    });
    registerRpc(electron.ipcMain, appCore, isTrustedSender, logger);
    watchPowerEvents(electron.powerMonitor, appCore);
    installApplicationMenu(electron.Menu, { lock: () => appCore.requestLock('user'), devTools, isMac: options.platform === 'darwin' });
    mainWindow = createMainWindow(
      electron.BrowserWindow,
      { preloadPath: paths.preloadPath, devTools, darkMode: electron.nativeTheme.shouldUseDarkColors },
      logger,
    );
    forwardCoreEvents(appCore, mainWindow);
    lockOnRendererFailure(mainWindow.webContents, appCore);
  } catch (error) {
    logger.error(`startup failed: ${describeErrorWithoutContent(error)}`);
    void core?.close();
    app.exit(1);
  }
}
