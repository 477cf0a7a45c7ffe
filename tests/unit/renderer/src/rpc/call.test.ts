import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KapBridge } from '../../../../../shared/contract';
import { call } from '../../../../../renderer/src/rpc/call';
import { onLockedAnswer } from '../../../../../renderer/src/rpc/locked-signal';
import { RpcError } from '../../../../../shared/contract/errors';

function bridgeAnswering(answer: () => Promise<unknown>): KapBridge {
  return { invoke: vi.fn(answer), on: () => () => undefined };
}

describe('call', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('unwraps a success', async () => {
    const bridge = bridgeAnswering(async () => ({ ok: true, value: { state: 'locked' } }));
    vi.stubGlobal('window', { kap: bridge });
    await expect(call('vault.status', {})).resolves.toEqual({ state: 'locked' });
    expect(bridge.invoke).toHaveBeenCalledWith('vault.status', {});
  });

  it('throws the failure’s code and message', async () => {
    vi.stubGlobal('window', { kap: bridgeAnswering(async () => ({ ok: false, error: { code: 'WRONG_SECRET', message: 'No.' } })) });
    await expect(call('vault.unlock', { passphrase: 'x' })).rejects.toEqual(new RpcError('WRONG_SECRET', 'No.', 'vault.unlock'));
  });

  it('announces a LOCKED answer so the session can lock', async () => {
    vi.stubGlobal('window', { kap: bridgeAnswering(async () => ({ ok: false, error: { code: 'LOCKED', message: '' } })) });
    const listener = vi.fn();
    const stop = onLockedAnswer(listener);
    await expect(call('clients.list', {})).rejects.toMatchObject({ code: 'LOCKED' });
    stop();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('turns a broken transport or an unknown answer into INTERNAL', async () => {
    vi.stubGlobal('window', { kap: bridgeAnswering(() => Promise.reject(new Error('gone'))) });
    await expect(call('settings.get', {})).rejects.toMatchObject({ code: 'INTERNAL' });
    vi.stubGlobal('window', { kap: bridgeAnswering(async () => 'nonsense') });
    await expect(call('settings.get', {})).rejects.toMatchObject({ code: 'INTERNAL' });
    vi.stubGlobal('window', { kap: bridgeAnswering(async () => ({ ok: false, error: { code: 'NEW_CODE', message: '' } })) });
    await expect(call('settings.get', {})).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
