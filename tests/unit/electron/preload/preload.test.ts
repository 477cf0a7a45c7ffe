import { describe, expect, it, vi } from 'vitest';
import type { KapBridge } from '../../../../shared/contract/index';

// The real preload file runs against this fake `electron`: what it exposes is what the page gets.
const fake = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  return {
    exposed: [] as Array<{ key: string; api: unknown }>,
    /** Stands in for ipcRenderer's own event emitter. */
    ipcEvents: new EventEmitter(),
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'answer' })),
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.push({ key, api }) },
  ipcRenderer: { invoke: fake.invoke, on: (channel: string, listener: (...args: unknown[]) => void) => fake.ipcEvents.on(channel, listener) },
}));

await import('../../../../electron/preload/preload');

function exposedBridge(): KapBridge {
  const [entry] = fake.exposed;
  if (!entry) throw new Error('nothing was exposed');
  return entry.api as KapBridge;
}

/** Sends an event from main the way webContents.send reaches ipcRenderer listeners. */
const sendFromMain = (...args: unknown[]) => fake.ipcEvents.emit('kap:event', { sender: 'ipc event object' }, ...args);

describe('preload', () => {
  it('exposes exactly one global, window.kap, with exactly invoke and on', () => {
    expect(fake.exposed.map((entry) => entry.key)).toEqual(['kap']);
    expect(Object.keys(exposedBridge()).sort()).toEqual(['invoke', 'on']);
    expect(Object.values(exposedBridge()).every((value) => typeof value === 'function')).toBe(true);
  });

  it('invoke sends (method, input) on kap:rpc and returns the answer', async () => {
    await expect(exposedBridge().invoke('clients.list', { query: 'a' })).resolves.toEqual({ ok: true, value: 'answer' });
    expect(fake.invoke).toHaveBeenLastCalledWith('kap:rpc', 'clients.list', { query: 'a' });
  });

  it('on delivers only the payload of the named event, never the IPC event object', () => {
    const listener = vi.fn();
    const unsubscribe = exposedBridge().on('vault.locked', listener);
    sendFromMain('vault.locked', { reason: 'idle' });
    sendFromMain('session.cueDue', { cue: 'bp' });
    expect(listener.mock.calls).toEqual([[{ reason: 'idle' }]]);
    unsubscribe();
  });

  it('stops delivering after unsubscribe, for that subscription only', () => {
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = exposedBridge().on('vault.locked', first);
    const unsubscribeSecond = exposedBridge().on('vault.locked', second);
    unsubscribeFirst();
    sendFromMain('vault.locked', { reason: 'user' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
    unsubscribeSecond();
  });

  it('refuses a listener that is not a function', () => {
    expect(() => exposedBridge().on('vault.locked', 'not a function' as never)).toThrow(TypeError);
  });
});
