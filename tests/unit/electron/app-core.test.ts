import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AppCore, LOCK_GRACE_MS } from '../../../electron/app-core';
import { call, createVault, makeTempDir, newCore, removeDir } from '../../support/temp-vault';
import { STRONG_PASSPHRASE } from '../../support/passphrases';

describe('AppCore.requestLock', () => {
  let dir: string;
  let core: AppCore;
  let events: { name: string; payload: unknown }[];

  beforeEach(async () => {
    dir = makeTempDir();
    core = newCore(dir);
    await createVault(core);
    events = [];
    core.onEvent((name, payload) => events.push({ name, payload }));
    vi.useFakeTimers();
  });
  afterEach(async () => {
    vi.useRealTimers();
    await core.close();
    removeDir(dir);
  });

  const named = (name: string) => events.filter((event) => event.name === name);
  const state = async () => (await call(core, 'vault.status')).state;

  it('asks the renderer once, then locks by itself after the grace period', async () => {
    core.requestLock('os-lock');
    core.requestLock('idle');
    expect(named('vault.lockRequested')).toEqual([{ name: 'vault.lockRequested', payload: { reason: 'os-lock' } }]);
    vi.advanceTimersByTime(LOCK_GRACE_MS - 1);
    expect(await state()).toBe('unlocked');
    expect(named('vault.locked')).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(await state()).toBe('locked');
    expect(named('vault.locked')).toEqual([{ name: 'vault.locked', payload: { reason: 'os-lock' } }]);
    expect(core.idleLockMinutes()).toBeNull();
  });

  it('does not lock twice when the renderer locks first', async () => {
    core.requestLock('idle');
    vi.advanceTimersByTime(LOCK_GRACE_MS / 2);
    await call(core, 'vault.lock', { reason: 'idle' });
    expect(named('vault.locked')).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(LOCK_GRACE_MS * 4);
    expect(named('vault.locked')).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves a vault unlocked again within the grace period open', async () => {
    core.requestLock('idle');
    await call(core, 'vault.lock', { reason: 'idle' });
    // Unlocked again before the grace period would have ended (the fake clock has not moved).
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    vi.advanceTimersByTime(LOCK_GRACE_MS * 4);
    expect(await state()).toBe('unlocked');
    expect(named('vault.locked')).toHaveLength(1);
  });

  it('asks again after an earlier request has ended in a lock and the vault was reopened', async () => {
    core.requestLock('idle');
    vi.advanceTimersByTime(LOCK_GRACE_MS);
    vi.useRealTimers();
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    vi.useFakeTimers();
    core.requestLock('suspend');
    expect(named('vault.lockRequested').map((event) => event.payload)).toEqual([{ reason: 'idle' }, { reason: 'suspend' }]);
    vi.advanceTimersByTime(LOCK_GRACE_MS);
    expect(named('vault.locked').map((event) => event.payload)).toEqual([{ reason: 'idle' }, { reason: 'suspend' }]);
  });

  it('does nothing while locked', async () => {
    core.lock('user');
    events.length = 0;
    core.requestLock('idle');
    expect(events).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(LOCK_GRACE_MS * 2);
    expect(events).toEqual([]);
    expect(await state()).toBe('locked');
  });
});
