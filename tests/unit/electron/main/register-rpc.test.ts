import { describe, expect, it } from 'vitest';
import { registerRpc } from '../../../../electron/main/register-rpc';
import { isTrustedSender } from '../../../../electron/main/trusted-sender';
import type { FrameLike } from '../../../../electron/main/electron-api';
import { createFakeCore, createRecordingLogger } from '../../../support/fake-core';
import { createFakeElectron, fakeFrame, fakeInvokeEvent } from '../../../support/fake-electron';

function setUp() {
  const { electron } = createFakeElectron();
  const { core } = createFakeCore();
  const { logger, lines } = createRecordingLogger();
  registerRpc(electron.ipcMain, core, isTrustedSender, logger);
  const call = (frame: FrameLike | null, method: unknown = 'vault.status', input: unknown = {}) =>
    electron.ipcMain.invoke('kap:rpc', fakeInvokeEvent(frame), method, input);
  return { ipcMain: electron.ipcMain, core, lines, call };
}

const REFUSED = { ok: false, error: { code: 'INVALID', message: 'This request was refused.' } };
const topFrame = fakeFrame('kap://app/index.html');

describe('registerRpc', () => {
  it('registers exactly one handler, on kap:rpc', () => {
    const { ipcMain } = setUp();
    expect(ipcMain.handleCalls).toBe(1);
    expect([...ipcMain.handlers.keys()]).toEqual(['kap:rpc']);
  });

  it('dispatches a call from the app origin top frame and returns the core answer', async () => {
    const { core, call } = setUp();
    await expect(call(topFrame, 'clients.list', { query: 'x' })).resolves.toEqual({ ok: true, value: 'dispatched' });
    expect(core.dispatch).toHaveBeenCalledExactlyOnceWith('clients.list', { query: 'x' });
  });

  it.each([
    ['a missing sender frame', null],
    ['another origin', fakeFrame('https://example.com/')],
    ['another host on the app scheme', fakeFrame('kap://evil/index.html')],
    ['a file: page', fakeFrame('file:///tmp/index.html')],
    ['about:blank', fakeFrame('about:blank')],
    ['a sub-frame, even on the app origin', fakeFrame('kap://app/index.html', topFrame)],
  ])('refuses %s without dispatching', async (_what, frame) => {
    const { core, lines, call } = setUp();
    await expect(call(frame)).resolves.toEqual(REFUSED);
    expect(core.dispatch).not.toHaveBeenCalled();
    expect(lines).toEqual(['warn: rpc: refused a call from an untrusted sender']);
  });

  it('answers INTERNAL if dispatch throws, logging the error class and code but not its message', async () => {
    const { core, lines, call } = setUp();
    core.dispatch.mockRejectedValueOnce(Object.assign(new Error('note text: Jane Doe'), { code: 'SQLITE_IOERR' }));
    await expect(call(topFrame)).resolves.toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong. Nothing was changed.' } });
    expect(lines).toEqual(['error: rpc: dispatch threw Error (SQLITE_IOERR)']);
  });
});
