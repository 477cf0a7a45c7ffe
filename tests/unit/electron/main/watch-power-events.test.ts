import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_CHECK_INTERVAL_MS, watchPowerEvents } from '../../../../electron/main/watch-power-events';
import { createFakeCore } from '../../../support/fake-core';
import { FakePowerMonitor } from '../../../support/fake-electron';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setUp(idleLockMinutes: number | null = 10) {
  const powerMonitor = new FakePowerMonitor();
  const { core } = createFakeCore(idleLockMinutes);
  watchPowerEvents(powerMonitor, core);
  return { powerMonitor, core };
}

describe('watchPowerEvents', () => {
  it.each([
    ['lock-screen', 'os-lock'],
    ['user-did-resign-active', 'os-lock'],
  ])('asks for a lock (drafts saved first) on %s with reason %s', (event, reason) => {
    const { powerMonitor, core } = setUp();
    powerMonitor.emit(event);
    expect(core.requestLock).toHaveBeenCalledExactlyOnceWith(reason);
    expect(core.lock).not.toHaveBeenCalled();
  });

  it('locks at once on suspend: a sleeping machine cannot wait for a save', () => {
    const { powerMonitor, core } = setUp();
    powerMonitor.emit('suspend');
    expect(core.lock).toHaveBeenCalledExactlyOnceWith('suspend');
    expect(core.requestLock).not.toHaveBeenCalled();
  });

  it('checks the system idle time every 30 seconds', () => {
    expect(IDLE_CHECK_INTERVAL_MS).toBe(30_000);
  });

  it('asks for a lock with reason idle once the system has been idle for the configured minutes', () => {
    const { powerMonitor, core } = setUp(10);
    powerMonitor.idleSeconds = 10 * 60;
    vi.advanceTimersByTime(IDLE_CHECK_INTERVAL_MS - 1);
    expect(core.requestLock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(core.requestLock).toHaveBeenCalledExactlyOnceWith('idle');
  });

  it('does not lock while the system has been idle for less than the setting', () => {
    const { powerMonitor, core } = setUp(10);
    powerMonitor.idleSeconds = 10 * 60 - 1;
    vi.advanceTimersByTime(IDLE_CHECK_INTERVAL_MS * 4);
    expect(core.requestLock).not.toHaveBeenCalled();
  });

  it('does nothing while the vault is locked (no idle setting)', () => {
    const { powerMonitor, core } = setUp(null);
    powerMonitor.idleSeconds = 24 * 60 * 60;
    vi.advanceTimersByTime(IDLE_CHECK_INTERVAL_MS * 4);
    expect(core.idleLockMinutes).toHaveBeenCalled();
    expect(core.requestLock).not.toHaveBeenCalled();
  });
});
