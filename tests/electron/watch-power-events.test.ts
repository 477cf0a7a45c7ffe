import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_CHECK_INTERVAL_MS, watchPowerEvents } from '../../electron/main/watch-power-events';
import { createFakeCore } from './fake-core';
import { FakePowerMonitor } from './fake-electron';

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
    ['suspend', 'suspend'],
  ])('locks the vault on %s with reason %s', (event, reason) => {
    const { powerMonitor, core } = setUp();
    powerMonitor.emit(event);
    expect(core.lock).toHaveBeenCalledExactlyOnceWith(reason);
  });

  it('checks the system idle time every 30 seconds', () => {
    expect(IDLE_CHECK_INTERVAL_MS).toBe(30_000);
  });

  it('locks with reason idle once the system has been idle for the configured minutes', () => {
    const { powerMonitor, core } = setUp(10);
    powerMonitor.idleSeconds = 10 * 60;
    vi.advanceTimersByTime(IDLE_CHECK_INTERVAL_MS - 1);
    expect(core.lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(core.lock).toHaveBeenCalledExactlyOnceWith('idle');
  });

  it('does not lock while the system has been idle for less than the setting', () => {
    const { powerMonitor, core } = setUp(10);
    powerMonitor.idleSeconds = 10 * 60 - 1;
    vi.advanceTimersByTime(IDLE_CHECK_INTERVAL_MS * 4);
    expect(core.lock).not.toHaveBeenCalled();
  });

  it('does nothing while the vault is locked (no idle setting)', () => {
    const { powerMonitor, core } = setUp(null);
    powerMonitor.idleSeconds = 24 * 60 * 60;
    vi.advanceTimersByTime(IDLE_CHECK_INTERVAL_MS * 4);
    expect(core.idleLockMinutes).toHaveBeenCalled();
    expect(core.lock).not.toHaveBeenCalled();
  });
});
