import type { MenuItemConstructorOptions } from 'electron';
import type { MenuApi } from './electron-api';

export interface ApplicationMenuOptions {
  lock: () => void;
  /** Adds a View menu with Reload and DevTools; unpackaged builds only. */
  devTools: boolean;
  isMac: boolean;
}

/**
 * A deliberately small menu: Lock, Quit, and the Edit roles that make copy and paste work
 * (on macOS the shortcuts only work when the Edit menu has them).
 */
export function applicationMenuTemplate(options: ApplicationMenuOptions): MenuItemConstructorOptions[] {
  const lockItem: MenuItemConstructorOptions = { label: 'Lock', accelerator: 'CmdOrCtrl+L', click: options.lock };
  const appMenu: MenuItemConstructorOptions = options.isMac
    ? {
        label: 'KAP Companion',
        submenu: [lockItem, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
      }
    : { label: 'File', submenu: [lockItem, { type: 'separator' }, { role: 'quit' }] };
  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  };
  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' };
  const developMenu: MenuItemConstructorOptions = { label: 'View', submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }] };
  return [appMenu, editMenu, ...(options.devTools ? [developMenu] : []), windowMenu];
}

export function installApplicationMenu(menu: MenuApi, options: ApplicationMenuOptions): void {
  menu.setApplicationMenu(menu.buildFromTemplate(applicationMenuTemplate(options)));
}
