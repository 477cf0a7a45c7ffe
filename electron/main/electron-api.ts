import type { BrowserWindowConstructorOptions, CustomScheme, Menu, MenuItemConstructorOptions } from 'electron';

/*
 * The parts of Electron's main-process API that the app uses, as small structural types.
 * main.ts passes the real `electron` module where these are expected, so the compiler checks
 * that the real API still fits them; tests pass a fake that implements only these.
 */

/** An Electron event whose default action can be cancelled. */
export interface PreventableEvent {
  preventDefault: () => void;
}

/** `will-navigate` / `will-redirect`: the event object carries the target URL. */
export interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
}

/** Any webContents the app creates (or Chromium creates for it). */
export interface HardenableWebContents {
  on: ((event: 'will-navigate', listener: (event: NavigationEvent) => void) => unknown) &
    ((event: 'will-redirect', listener: (event: NavigationEvent) => void) => unknown) &
    ((event: 'will-attach-webview', listener: (event: PreventableEvent) => void) => unknown);
  setWindowOpenHandler: (handler: () => { action: 'deny' }) => void;
}

/** The main window's webContents, as used to push events and print the shown form to PDF. */
export interface PushTarget {
  send: (channel: string, ...args: unknown[]) => void;
  isDestroyed: () => boolean;
  printToPDF: (options: { pageSize: 'A4' | 'Letter'; printBackground: boolean }) => Promise<Uint8Array>;
}

/** The renderer crashed or stopped answering (main locks); `reload` brings the page back after a crash. */
export interface RendererFailureEvents {
  on: ((event: 'render-process-gone', listener: (event: unknown, details: { reason: string }) => void) => unknown) &
    ((event: 'unresponsive', listener: () => void) => unknown);
  reload: () => void;
}

export interface MainWindow {
  readonly webContents: PushTarget & RendererFailureEvents;
  /** Hides the window from screen capture (macOS, Windows; a no-op on Linux). */
  setContentProtection: (enable: boolean) => void;
  once: (event: 'ready-to-show', listener: () => void) => unknown;
  on: (event: 'closed', listener: () => void) => unknown;
  loadURL: (url: string) => Promise<void>;
  show: () => void;
  focus: () => void;
  restore: () => void;
  isMinimized: () => boolean;
  isDestroyed: () => boolean;
}

export type BrowserWindowConstructor = new (options: BrowserWindowConstructorOptions) => MainWindow;

export interface AppApi {
  readonly isPackaged: boolean;
  requestSingleInstanceLock: () => boolean;
  enableSandbox: () => void;
  whenReady: () => Promise<unknown>;
  getPath: (name: 'userData' | 'documents') => string;
  /** package.json's version: written into each backup's manifest. */
  getVersion: () => string;
  quit: () => void;
  exit: (exitCode?: number) => void;
  on: ((event: 'second-instance', listener: () => void) => unknown) &
    ((event: 'web-contents-created', listener: (event: unknown, contents: HardenableWebContents) => void) => unknown) &
    ((event: 'window-all-closed', listener: () => void) => unknown) &
    ((event: 'will-quit', listener: (event: PreventableEvent) => void) => unknown);
}

export interface ProtocolApi {
  registerSchemesAsPrivileged: (schemes: CustomScheme[]) => void;
  handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void;
}

export interface PermissionRequestHandler {
  (contents: unknown, permission: string, callback: (granted: boolean) => void): void;
}

export interface HardenableSession {
  setPermissionRequestHandler: (handler: PermissionRequestHandler) => void;
  setPermissionCheckHandler: (handler: () => boolean) => void;
  setDevicePermissionHandler: (handler: () => boolean) => void;
  setDisplayMediaRequestHandler: (handler: (request: unknown, callback: (streams: null) => void) => void) => void;
  setSpellCheckerEnabled: (enable: boolean) => void;
  setSpellCheckerDictionaryDownloadURL: (url: string) => void;
  on: (event: 'will-download', listener: (event: PreventableEvent) => void) => unknown;
  readonly webRequest: {
    onBeforeRequest: (listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) => void;
  };
}

/** What `ipcMain.handle` hands the listener: who sent the message. */
export interface RpcInvokeEvent {
  readonly senderFrame: FrameLike | null;
}

export interface IpcMainApi {
  handle: (channel: string, listener: (event: RpcInvokeEvent, ...args: unknown[]) => Promise<unknown>) => void;
}

export interface PowerMonitorApi {
  on: ((event: 'lock-screen', listener: () => void) => unknown) &
    ((event: 'suspend', listener: () => void) => unknown) &
    ((event: 'user-did-resign-active', listener: () => void) => unknown);
  /** Seconds since the last keyboard or mouse input anywhere on the system. */
  getSystemIdleTime: () => number;
}

export interface MenuApi {
  buildFromTemplate: (template: MenuItemConstructorOptions[]) => Menu;
  setApplicationMenu: (menu: Menu | null) => void;
}

export interface SaveDialogApi {
  showSaveDialog: (options: { defaultPath: string; filters: { name: string; extensions: string[] }[] }) => Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog: (options: {
    title: string;
    defaultPath?: string;
    properties: ('openDirectory' | 'createDirectory')[];
  }) => Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface ClipboardApi {
  readText: () => Promise<string>;
  clear: () => void;
}

export interface ElectronApi {
  readonly app: AppApi;
  readonly BrowserWindow: BrowserWindowConstructor;
  readonly protocol: ProtocolApi;
  readonly session: { readonly defaultSession: HardenableSession };
  readonly ipcMain: IpcMainApi;
  readonly powerMonitor: PowerMonitorApi;
  readonly Menu: MenuApi;
  readonly nativeTheme: { readonly shouldUseDarkColors: boolean };
  readonly dialog: SaveDialogApi;
  readonly clipboard: ClipboardApi;
}
