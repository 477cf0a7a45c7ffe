import { describe, expect, it, vi } from 'vitest';
import { isRpcError, RpcError } from '../../../../shared/contract/errors';
import type { EventName } from '../../../../shared/contract/index';
import { createRpcClient, type RpcInvoke } from '../../../../shared/contract/rpc-client';

/** A transport with one answer, recording what it was asked. */
function answering(answer: () => Promise<unknown>) {
  return vi.fn<RpcInvoke>(answer);
}

/** A stand-in for main's event stream: `emit` delivers to the subscribers of that event. */
function eventSource() {
  const subscribers = new Map<EventName, Set<(payload: unknown) => void>>();
  return {
    subscribe: (event: EventName, listener: (payload: unknown) => void) => {
      const forEvent = subscribers.get(event) ?? new Set();
      forEvent.add(listener);
      subscribers.set(event, forEvent);
      return () => {
        forEvent.delete(listener);
      };
    },
    emit: (event: EventName, payload: unknown) => {
      for (const listener of subscribers.get(event) ?? []) listener(payload);
    },
  };
}

describe('createRpcClient', () => {
  it('sends the method and input, and resolves with the unwrapped value', async () => {
    const invoke = answering(async () => ({ ok: true, value: { state: 'locked' } }));
    const { call } = createRpcClient(invoke);
    const answer = await call('vault.status', {});
    expect(answer).toEqual({ state: 'locked' });
    expect(invoke).toHaveBeenCalledWith('vault.status', {});
  });

  it('throws an RpcError with the code, main’s message and the method', async () => {
    const { call } = createRpcClient(answering(async () => ({ ok: false, error: { code: 'WRONG_SECRET', message: 'Not this one.' } })));
    const error: unknown = await call('vault.unlock', { passphrase: 'x' }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(RpcError);
    expect(error).toMatchObject({ code: 'WRONG_SECRET', message: 'Not this one.', method: 'vault.unlock' });
    expect(isRpcError(error, 'WRONG_SECRET')).toBe(true);
    expect(isRpcError(error, 'LOCKED')).toBe(false);
  });

  it('answers INTERNAL for a code outside the contract, an unknown answer or a broken transport', async () => {
    const unknownCode = createRpcClient(answering(async () => ({ ok: false, error: { code: 'NEW_CODE', message: 7 } })));
    await expect(unknownCode.call('settings.get', {})).rejects.toMatchObject({ code: 'INTERNAL', message: '' });
    const nonsense = createRpcClient(answering(async () => 'nonsense'));
    await expect(nonsense.call('settings.get', {})).rejects.toMatchObject({ code: 'INTERNAL' });
    const gone = new Error('gone');
    const broken = createRpcClient(answering(() => Promise.reject(gone)));
    await expect(broken.call('settings.get', {})).rejects.toMatchObject({ code: 'INTERNAL', cause: gone });
  });

  it('shows every failure to onFailure before throwing it, and never a success', async () => {
    const onFailure = vi.fn();
    let answer: unknown = { ok: false, error: { code: 'LOCKED', message: 'The vault is locked.' } };
    const { call } = createRpcClient(
      answering(async () => answer),
      { onFailure },
    );
    const thrown: unknown = await call('clients.list', {}).catch((error: unknown) => error);
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(onFailure).toHaveBeenCalledWith(thrown);
    answer = { ok: true, value: { clients: [] } };
    await call('clients.list', {});
    expect(onFailure).toHaveBeenCalledTimes(1);
  });

  it('delivers the named event’s payloads until unsubscribed', () => {
    const source = eventSource();
    const { on } = createRpcClient(
      answering(async () => undefined),
      { subscribe: source.subscribe },
    );
    const reasons: string[] = [];
    const stop = on('vault.locked', (payload) => reasons.push(payload.reason));
    source.emit('vault.locked', { reason: 'idle' });
    source.emit('vault.lockRequested', { reason: 'os-lock' });
    stop();
    source.emit('vault.locked', { reason: 'user' });
    expect(reasons).toEqual(['idle']);
  });

  it('refuses to subscribe without an event source', () => {
    const { on } = createRpcClient(answering(async () => undefined));
    expect(() => on('vault.locked', () => undefined)).toThrow(/no event source/);
  });
});
