import { describe, expect, it } from 'vitest';
import { forwardCoreEvents } from '../../../../electron/main/forward-core-events';
import { createFakeCore } from '../../../support/fake-core';
import { createFakeElectron } from '../../../support/fake-electron';

function setUp() {
  const { electron } = createFakeElectron();
  const window = new electron.BrowserWindow({});
  const fake = createFakeCore();
  forwardCoreEvents(fake.core, window);
  return { window, ...fake };
}

describe('forwardCoreEvents', () => {
  it('sends core events to the window on kap:event as (name, payload)', () => {
    const { window, emit } = setUp();
    emit('vault.locked', { reason: 'idle' });
    expect(window.webContents.sent).toEqual([['kap:event', 'vault.locked', { reason: 'idle' }]]);
  });

  it('stops listening when the window closes', () => {
    const { window, emit, listenerCount } = setUp();
    window.emit('closed');
    expect(listenerCount()).toBe(0);
    emit('vault.locked', { reason: 'user' });
    expect(window.webContents.sent).toEqual([]);
  });

  it('does not send to destroyed webContents', () => {
    const { window, emit } = setUp();
    window.webContents.destroyed = true;
    emit('vault.locked', { reason: 'quit' });
    expect(window.webContents.sent).toEqual([]);
  });
});
