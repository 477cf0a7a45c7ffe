import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate, installApplicationMenu } from '../../../../electron/main/application-menu';
import { FakeMenu, flattenMenu } from '../../../support/fake-electron';

const roles = (devTools: boolean, isMac = false) =>
  flattenMenu(applicationMenuTemplate({ lock: () => undefined, devTools, isMac })).flatMap((item) => (item.role ? [item.role] : []));

describe('application menu', () => {
  it.each([false, true])('has a Lock item on CmdOrCtrl+L that locks the vault (macOS: %s)', (isMac) => {
    const lock = vi.fn();
    const lockItem = flattenMenu(applicationMenuTemplate({ lock, devTools: false, isMac })).find((item) => item.label === 'Lock');
    expect(lockItem?.accelerator).toBe('CmdOrCtrl+L');
    lockItem?.click?.({} as never, undefined, {});
    expect(lock).toHaveBeenCalledOnce();
  });

  it('has the Edit roles for copy and paste, and Quit', () => {
    expect(roles(false)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']));
    expect(roles(false, true)).toEqual(expect.arrayContaining(['copy', 'paste', 'quit']));
  });

  it('offers DevTools and reload only when DevTools are allowed', () => {
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('installs the built template as the application menu', () => {
    const menu = new FakeMenu();
    installApplicationMenu(menu, { lock: () => undefined, devTools: false, isMac: false });
    expect(menu.template).not.toBeNull();
    expect(menu.applicationMenu).toEqual({ builtFrom: menu.template });
  });
});
