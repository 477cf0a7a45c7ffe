import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppCore, AppCoreOptions } from '../../../../electron/app-core';
import type { Platform } from '../../../../electron/platform';
import { WINDOW_BACKGROUND } from '../../../../electron/main/create-main-window';
import { FATAL_EXIT_WAIT_MS, startApp } from '../../../../electron/main/start-app';
import { createFakeCore, createRecordingLogger } from '../../../support/fake-core';
import {
  createFakeElectron,
  type FakeElectronOptions,
  fakeFrame,
  fakeInvokeEvent,
  FakeWebContents,
  firePreventable,
  flattenMenu,
} from '../../../support/fake-electron';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

interface SetUpOptions extends FakeElectronOptions {
  env?: Record<string, string>;
  createCore?: () => AppCore;
}

function start(options: SetUpOptions = {}) {
  const fake = createFakeElectron(options);
  const { core, emit } = createFakeCore();
  const createCore = vi.fn(options.createCore ?? (() => core));
  const processEvents = new EventEmitter();
  const { logger, lines } = createRecordingLogger();
  const started = startApp(fake.electron, {
    createCore,
    appRoot: '/repo',
    resourcesPath: '/resources',
    env: options.env ?? {},
    platform: 'linux',
    processEvents,
    logger,
  });
  return { ...fake, app: fake.electron.app, core, emit, createCore, processEvents, lines, started };
}

/** The desktop services startApp handed to the core. */
function platformGivenTo(createCore: { mock: { calls: unknown[][] } }): Platform {
  const options = createCore.mock.calls[0]?.[0] as AppCoreOptions | undefined;
  if (!options?.platform) throw new Error('the core was given no platform');
  return options.platform;
}

async function startReady(options: SetUpOptions = {}) {
  const running = start(options);
  running.app.becomeReady();
  await running.started;
  const [window] = running.windows;
  if (!window) throw new Error('no window was created');
  return { ...running, window };
}

describe('startApp: single instance', () => {
  it('quits and sets nothing up when another instance holds the lock', async () => {
    const { calls, app, createCore, windows, started } = start({ gotSingleInstanceLock: false });
    app.becomeReady();
    await started;
    expect(calls).toEqual(['requestSingleInstanceLock', 'quit']);
    expect(createCore).not.toHaveBeenCalled();
    expect(windows).toHaveLength(0);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('focuses the existing window when a second instance starts', async () => {
    const { app, window } = await startReady();
    window.minimized = true;
    app.emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });

  it('ignores a second instance that arrives before the window exists', () => {
    const { app } = start();
    expect(() => app.emit('second-instance')).not.toThrow();
  });
});

describe('startApp: before ready', () => {
  it('enables the sandbox and registers the app scheme, but creates nothing until ready', async () => {
    const { calls, windows, createCore } = start();
    await Promise.resolve();
    expect(calls).toEqual(['requestSingleInstanceLock', 'enableSandbox', 'registerSchemesAsPrivileged']);
    expect(windows).toHaveLength(0);
    expect(createCore).not.toHaveBeenCalled();
  });

  it('hardens every webContents as it is created', () => {
    const { app } = start();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });
});

describe('startApp: after ready', () => {
  it('serves the renderer before the window loads it', async () => {
    const { calls } = await startReady();
    expect(calls.indexOf('protocol.handle kap')).toBeGreaterThan(-1);
    expect(calls.indexOf('protocol.handle kap')).toBeLessThan(calls.indexOf('new BrowserWindow'));
  });

  it('hardens the default session', async () => {
    const { electron } = await startReady();
    expect(electron.session.defaultSession.permissionCheckHandler?.()).toBe(false);
    expect(electron.session.defaultSession.cancels('https://example.com/')).toBe(true);
  });

  it('opens the core on the userData vault with the Electron-ABI driver', async () => {
    const { createCore } = await startReady({ userDataDir: '/home/t/.config/KAP Companion' });
    expect(createCore).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({
        vaultDir: path.join('/home/t/.config/KAP Companion', 'vault'),
        nativeBinding: path.join('/repo', '.native', 'electron', 'better_sqlite3.node'),
      }),
    );
  });

  it('uses KAP_VAULT_DIR for the vault in an unpackaged build', async () => {
    const { createCore } = await startReady({ env: { KAP_VAULT_DIR: '/tmp/smoke' } });
    expect(createCore).toHaveBeenCalledWith(expect.objectContaining({ vaultDir: path.resolve('/tmp/smoke') }));
  });

  it('creates one sandboxed window with the bundled preload', async () => {
    const { windows, window } = await startReady();
    expect(windows).toHaveLength(1);
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      preload: path.join('/repo', 'dist', 'electron', 'preload.cjs'),
    });
  });

  it('opens the window on the dark page background when the OS prefers dark colours', async () => {
    const { window } = await startReady({ darkMode: true });
    expect(window.options.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });

  it('routes kap:rpc through the sender check to the core', async () => {
    const { electron, core } = await startReady();
    await electron.ipcMain.invoke('kap:rpc', fakeInvokeEvent(fakeFrame('https://example.com/')), 'vault.status', {});
    expect(core.dispatch).not.toHaveBeenCalled();
    await electron.ipcMain.invoke('kap:rpc', fakeInvokeEvent(fakeFrame('kap://app/index.html')), 'vault.status', {});
    expect(core.dispatch).toHaveBeenCalledExactlyOnceWith('vault.status', {});
  });

  it('pushes core events to the window', async () => {
    const { emit, window } = await startReady();
    emit('vault.locked', { reason: 'suspend' });
    expect(window.webContents.sent).toEqual([['kap:event', 'vault.locked', { reason: 'suspend' }]]);
  });

  it('locks on OS power events: a screen lock asks the renderer to save first, suspend locks at once', async () => {
    const { electron, core } = await startReady();
    electron.powerMonitor.emit('lock-screen');
    expect(core.requestLock).toHaveBeenCalledWith('os-lock');
    electron.powerMonitor.emit('suspend');
    expect(core.lock).toHaveBeenCalledWith('suspend');
  });

  it('hides the window from screen capture from its creation, and hands the core a platform that can turn it off', async () => {
    const { window, createCore } = await startReady();
    expect(window.contentProtection).toEqual([true]);
    const platform = platformGivenTo(createCore);
    platform.protectContent(false);
    expect(window.contentProtection).toEqual([true, false]);
    // This start says it is on Linux: no screen-lock event, no content protection to offer.
    expect(platform.screen).toEqual({ lockEvent: false, contentProtection: false });
  });

  it('locks at once when the renderer crashes or hangs', async () => {
    const { window, core } = await startReady();
    window.webContents.emit('unresponsive');
    expect(core.lock).toHaveBeenCalledWith('renderer-unresponsive');
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(core.lock).toHaveBeenCalledWith('renderer-gone');
    expect(window.webContents.reloads).toBe(1);
  });

  it('gives the core the system clipboard, for clearing text copied from the app at a lock', async () => {
    const { electron, createCore } = await startReady();
    const platform = platformGivenTo(createCore);
    electron.clipboard.text = 'copied from the app';
    platform.noteCopiedText(createHash('sha256').update('copied from the app').digest('hex'));
    platform.clearCopiedText();
    await vi.waitFor(() => expect(electron.clipboard.clears).toBe(1));
  });

  it('locks from the menu, letting the renderer save what is being typed first', async () => {
    const { electron, core } = await startReady();
    const lockItem = flattenMenu(electron.Menu.template ?? []).find((item) => item.label === 'Lock');
    lockItem?.click?.({} as never, undefined, {});
    expect(core.requestLock).toHaveBeenCalledExactlyOnceWith('user');
  });

  it('closes the core on will-quit and quits when the window closes', async () => {
    const { app, core, calls } = await startReady();
    app.emit('window-all-closed');
    expect(calls).toContain('quit');
    expect(core.close).not.toHaveBeenCalled();
    expect(firePreventable(app, 'will-quit')).toBe(true);
    expect(core.close).toHaveBeenCalledOnce();
  });

  it('holds the quit until the core has closed (a backup worker ending its statement), then quits once', async () => {
    const { app, core, calls } = await startReady();
    let finishClosing: () => void = () => undefined;
    core.close.mockReturnValueOnce(new Promise<void>((resolve) => (finishClosing = resolve)));
    const quits = () => calls.filter((call) => call === 'quit').length;
    expect(firePreventable(app, 'will-quit')).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(quits()).toBe(0);
    finishClosing();
    await vi.advanceTimersByTimeAsync(0);
    expect(quits()).toBe(1);
    // The quit that follows goes through: the core is not closed twice.
    expect(firePreventable(app, 'will-quit')).toBe(false);
    expect(core.close).toHaveBeenCalledOnce();
  });

  it('allows DevTools in an unpackaged build', async () => {
    const { window, electron } = await startReady({ isPackaged: false });
    expect(window.options.webPreferences?.devTools).toBe(true);
    expect(flattenMenu(electron.Menu.template ?? []).map((item) => item.role)).toContain('toggleDevTools');
  });

  it('has no DevTools in a packaged build: not in the window, not in the menu, not through the request filter', async () => {
    const { window, electron } = await startReady({ isPackaged: true });
    expect(window.options.webPreferences?.devTools).toBe(false);
    expect(flattenMenu(electron.Menu.template ?? []).map((item) => item.role)).not.toContain('toggleDevTools');
    expect(electron.session.defaultSession.cancels('devtools://devtools/bundled/inspector.html')).toBe(true);
  });
});

describe('startApp: failures', () => {
  it('exits with a content-free log line if the core cannot start', async () => {
    const running = start({
      createCore: () => {
        throw new Error('cannot open /home/jane.doe/vault');
      },
    });
    running.app.becomeReady();
    await running.started;
    expect(running.lines).toEqual(['error: startup failed: Error']);
    expect(running.app.exitCode).toBe(1);
    expect(running.windows).toHaveLength(0);
  });

  it('closes the core and exits on an uncaught exception, once the core has closed', async () => {
    const { processEvents, core, app, lines, calls } = await startReady();
    processEvents.emit('uncaughtException', new Error('client Jane Doe'));
    processEvents.emit('uncaughtException', new Error('client Jane Doe again'));
    expect(core.close).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(0);
    expect(app.exitCode).toBe(1);
    await vi.advanceTimersByTimeAsync(FATAL_EXIT_WAIT_MS);
    expect(calls.filter((call) => call === 'exit')).toHaveLength(1);
    expect(lines.join('\n')).not.toContain('Jane');
  });

  it('after an uncaught exception, waits for a backup worker ending its statement, but no longer than FATAL_EXIT_WAIT_MS', async () => {
    const { processEvents, core, app, calls } = await startReady();
    core.close.mockReturnValueOnce(new Promise<void>(() => undefined));
    processEvents.emit('uncaughtException', new Error('boom'));
    await vi.advanceTimersByTimeAsync(FATAL_EXIT_WAIT_MS - 1);
    expect(app.exitCode).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(app.exitCode).toBe(1);
    expect(calls.filter((call) => call === 'exit')).toHaveLength(1);
  });

  it('exits at once on an uncaught exception before the core exists', async () => {
    const { processEvents, app, createCore } = start();
    processEvents.emit('uncaughtException', new Error('boom'));
    expect(createCore).not.toHaveBeenCalled();
    expect(app.exitCode).toBe(1);
  });
});
