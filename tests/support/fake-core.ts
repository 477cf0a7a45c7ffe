import { vi } from 'vitest';
import type { AppCore, EventListener } from '../../electron/app-core';
import type { Logger } from '../../electron/logger';
import type { EventName, EventPayload, RpcResult } from '../../shared/contract/index';

/** An AppCore with no vault behind it: records calls and lets the test emit events. */
export function createFakeCore(idleLockMinutes: number | null = 10) {
  const listeners = new Set<EventListener>();
  const core = {
    dispatch: vi.fn(async (_method: unknown, _input: unknown): Promise<RpcResult<unknown>> => ({ ok: true, value: 'dispatched' })),
    onEvent: vi.fn((listener: EventListener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    }),
    lock: vi.fn(),
    requestLock: vi.fn(),
    idleLockMinutes: vi.fn(() => idleLockMinutes),
    close: vi.fn(async (): Promise<void> => undefined),
  } satisfies AppCore;
  const emit = <E extends EventName>(name: E, payload: EventPayload<E>) => {
    for (const listener of listeners) listener(name, payload);
  };
  return { core, emit, listenerCount: () => listeners.size };
}

/** A logger that keeps every line, so tests can check that nothing sensitive was written. */
export function createRecordingLogger() {
  const lines: string[] = [];
  const logger: Logger = {
    warn: (message) => lines.push(`warn: ${message}`),
    error: (message) => lines.push(`error: ${message}`),
  };
  return { logger, lines };
}
