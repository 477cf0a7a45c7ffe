import type { BrowserWindowConstructorOptions, CustomScheme, Menu, MenuItemConstructorOptions } from 'electron';
import type {
  ElectronApi,
  FrameLike,
  HardenableSession,
  MainWindow,
  PermissionRequestHandler,
  PreventableEvent,
  RpcInvokeEvent,
} from '../../electron/main/electron-api';

type AnyListener = (...args: never[]) => unknown;

/** A minimal EventEmitter: records listeners and lets a test fire events. */
export class FakeEmitter {
  private readonly listeners = new Map<string, Array<{ listener: AnyListener; once: boolean }>>();

  on(event: string, listener: AnyListener): this {
    this.add(event, listener, false);
    return this;
  }

  once(event: string, listener: AnyListener): this {
    this.add(event, listener, true);
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    const registered = this.listeners.get(event) ?? [];
    this.listeners.set(
      event,
      registered.filter((entry) => !entry.once),
    );
    for (const { listener } of registered) (listener as (...args: unknown[]) => unknown)(...args);
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }

  private add(event: string, listener: AnyListener, once: boolean): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { listener, once }]);
  }
}

/** Fires a preventable event and reports whether a listener prevented it. */
export function firePreventable(emitter: FakeEmitter, event: string, fields: Record<string, unknown> = {}): boolean {
  let prevented = false;
  const payload: PreventableEvent & Record<string, unknown> = { ...fields, preventDefault: () => (prevented = true) };
  emitter.emit(event, payload);
  return prevented;
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: (() => { action: 'deny' }) | null = null;
  readonly sent: unknown[][] = [];
  destroyed = false;

  setWindowOpenHandler(handler: () => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  readonly printedToPdf: unknown[] = [];
  printToPDF(options: unknown): Promise<Uint8Array> {
    this.printedToPdf.push(options);
    return Promise.resolve(new TextEncoder().encode('%PDF-1.7 fake'));
  }

  reloads = 0;
  reload(): void {
    this.reloads += 1;
  }

  /** Fires will-navigate / will-redirect the way Electron does (URL on the event) and reports whether it was prevented. */
  navigate(event: 'will-navigate' | 'will-redirect', url: string): boolean {
    return firePreventable(this, event, { url });
  }
}

export class FakeSession extends FakeEmitter implements HardenableSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: (() => boolean) | null = null;
  devicePermissionHandler: (() => boolean) | null = null;
  displayMediaRequestHandler: ((request: unknown, callback: (streams: null) => void) => void) | null = null;
  spellCheckerEnabled = true;
  dictionaryDownloadUrl: string | null = null;
  beforeRequest: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null = null;

  readonly webRequest = {
    onBeforeRequest: (listener: NonNullable<FakeSession['beforeRequest']>) => {
      this.beforeRequest = listener;
    },
  };

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: () => boolean): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: () => boolean): void {
    this.devicePermissionHandler = handler;
  }
  setDisplayMediaRequestHandler(handler: (request: unknown, callback: (streams: null) => void) => void): void {
    this.displayMediaRequestHandler = handler;
  }
  setSpellCheckerEnabled(enable: boolean): void {
    this.spellCheckerEnabled = enable;
  }
  setSpellCheckerDictionaryDownloadURL(url: string): void {
    this.dictionaryDownloadUrl = url;
  }

  /** What the session's request filter answers for a URL: true if it cancels the request. */
  cancels(url: string): boolean {
    if (!this.beforeRequest) throw new Error('no onBeforeRequest listener');
    let cancel: boolean | undefined;
    this.beforeRequest({ url }, (response) => (cancel = response.cancel));
    if (cancel === undefined) throw new Error('onBeforeRequest did not answer');
    return cancel;
  }
}

export function fakeFrame(url: string, parent: FrameLike | null = null): FrameLike {
  return { url, parent };
}

export function fakeInvokeEvent(senderFrame: FrameLike | null): RpcInvokeEvent {
  return { senderFrame };
}

export interface FakeElectronOptions {
  isPackaged?: boolean;
  gotSingleInstanceLock?: boolean;
  userDataDir?: string;
  darkMode?: boolean;
}

export class FakeApp extends FakeEmitter {
  readonly isPackaged: boolean;
  exitCode: number | null = null;
  private resolveReady: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => (this.resolveReady = resolve));

  constructor(
    private readonly options: FakeElectronOptions,
    private readonly calls: string[],
  ) {
    super();
    this.isPackaged = options.isPackaged ?? false;
  }
  requestSingleInstanceLock(): boolean {
    this.calls.push('requestSingleInstanceLock');
    return this.options.gotSingleInstanceLock ?? true;
  }
  enableSandbox(): void {
    this.calls.push('enableSandbox');
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  whenReady(): Promise<unknown> {
    return this.ready;
  }
  /** The test decides when Electron is "ready". */
  becomeReady(): void {
    this.resolveReady();
  }
  getPath(_name: 'userData' | 'documents'): string {
    return this.options.userDataDir ?? '/fake/user-data';
  }
  quit(): void {
    this.calls.push('quit');
  }
  exit(exitCode = 0): void {
    this.calls.push('exit');
    this.exitCode = exitCode;
  }
}

export class FakeBrowserWindow extends FakeEmitter implements MainWindow {
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  shown = false;
  focused = false;
  minimized = false;
  destroyed = false;
  /** Every setContentProtection call, in order. */
  readonly contentProtection: boolean[] = [];
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  setContentProtection(enable: boolean): void {
    this.contentProtection.push(enable);
  }
  focus(): void {
    this.focused = true;
  }
  restore(): void {
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class FakeProtocol {
  readonly privilegedSchemes: CustomScheme[] = [];
  readonly handlers = new Map<string, (request: Request) => Promise<Response>>();
  constructor(private readonly calls: string[]) {}
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    this.calls.push('registerSchemesAsPrivileged');
    this.privilegedSchemes.push(...schemes);
  }
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    this.calls.push(`protocol.handle ${scheme}`);
    this.handlers.set(scheme, handler);
  }
}

type IpcHandler = (event: RpcInvokeEvent, ...args: unknown[]) => Promise<unknown>;

export class FakeIpcMain {
  readonly handlers = new Map<string, IpcHandler>();
  handleCalls = 0;
  handle(channel: string, listener: IpcHandler): void {
    this.handleCalls += 1;
    this.handlers.set(channel, listener);
  }
  /** Calls the registered handler the way `ipcRenderer.invoke` would reach it. */
  invoke(channel: string, event: RpcInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  }
}

export class FakePowerMonitor extends FakeEmitter {
  idleSeconds = 0;
  getSystemIdleTime(): number {
    return this.idleSeconds;
  }
}

export class FakeMenu {
  template: MenuItemConstructorOptions[] | null = null;
  applicationMenu: unknown = null;
  /** A stand-in for Electron's Menu: the tests look only at what it was built from. */
  buildFromTemplate(template: MenuItemConstructorOptions[]): Menu {
    this.template = template;
    return { builtFrom: template } as unknown as Menu;
  }
  setApplicationMenu(built: Menu | null): void {
    this.applicationMenu = built;
  }
}

export class FakeDialog {
  readonly saveRequests: { defaultPath: string }[] = [];
  /** What the therapist picks in the next save dialog; null cancels. */
  nextSavePath: string | null = null;
  showSaveDialog(options: { defaultPath: string }): Promise<{ canceled: boolean; filePath?: string }> {
    this.saveRequests.push(options);
    const filePath = this.nextSavePath;
    return Promise.resolve(filePath === null ? { canceled: true } : { canceled: false, filePath });
  }

  readonly folderRequests: { title: string; defaultPath?: string; properties: string[] }[] = [];
  /** The folder the therapist picks in the next folder dialog; null cancels. */
  nextFolder: string | null = null;
  showOpenDialog(options: { title: string; defaultPath?: string; properties: string[] }): Promise<{ canceled: boolean; filePaths: string[] }> {
    this.folderRequests.push(options);
    const folder = this.nextFolder;
    return Promise.resolve(folder === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [folder] });
  }
}

/** The system clipboard: what it holds, and whether it was cleared. */
export class FakeClipboard {
  text = '';
  clears = 0;
  readText(): Promise<string> {
    return Promise.resolve(this.text);
  }
  clear(): void {
    this.text = '';
    this.clears += 1;
  }
}

export interface FakeElectron {
  electron: {
    app: FakeApp;
    BrowserWindow: new (options: BrowserWindowConstructorOptions) => FakeBrowserWindow;
    protocol: FakeProtocol;
    session: { defaultSession: FakeSession };
    ipcMain: FakeIpcMain;
    powerMonitor: FakePowerMonitor;
    Menu: FakeMenu;
    nativeTheme: { shouldUseDarkColors: boolean };
    dialog: FakeDialog;
    clipboard: FakeClipboard;
  };
  /** The order in which lifecycle-relevant calls happened. */
  calls: string[];
  /** Every window created, in order. */
  windows: FakeBrowserWindow[];
}

/** A fresh fake of the Electron main-process API, with hooks for the test to drive it. */
export function createFakeElectron(options: FakeElectronOptions = {}): FakeElectron {
  const calls: string[] = [];
  const windows: FakeBrowserWindow[] = [];
  class RecordedBrowserWindow extends FakeBrowserWindow {
    constructor(windowOptions: BrowserWindowConstructorOptions) {
      super(windowOptions);
      calls.push('new BrowserWindow');
      windows.push(this);
    }
  }
  const electron = {
    app: new FakeApp(options, calls),
    BrowserWindow: RecordedBrowserWindow,
    protocol: new FakeProtocol(calls),
    session: { defaultSession: new FakeSession() },
    ipcMain: new FakeIpcMain(),
    powerMonitor: new FakePowerMonitor(),
    Menu: new FakeMenu(),
    nativeTheme: { shouldUseDarkColors: options.darkMode ?? false },
    dialog: new FakeDialog(),
    clipboard: new FakeClipboard(),
  } satisfies ElectronApi;
  return { electron, calls, windows };
}

/** Every item in a menu template, submenus flattened. */
export function flattenMenu(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flattenMenu(item.submenu) : [])]);
}
