// Types only from the contract's index: it builds every zod schema, which the lock screen (and so this client) does not need.
import type { EventName, EventPayload, MethodInput, MethodName, MethodOutput } from './index';
import { ERROR_CODES, type ErrorCode, RpcError } from './errors';

/** Sends one call and answers what came back: an RpcResult, from main's dispatch(). */
export type RpcInvoke = (method: MethodName, input: unknown) => Promise<unknown>;
/** Subscribes to one push event; answers the unsubscribe. */
export type RpcSubscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

export interface RpcClientOptions {
  /** Where events come from; without it, `on` throws. */
  subscribe?: RpcSubscribe;
  /** Sees every failure just before it is thrown (the renderer locks on LOCKED). */
  onFailure?: (error: RpcError) => void;
}

export interface RpcClient {
  /** Resolves with the method's value, or throws an RpcError with its code. */
  call: <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;
  /** Calls `listener` with each of the event's payloads until the answer is called. */
  on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void;
}

function isResult(answer: unknown): answer is { ok: unknown; value?: unknown; error?: unknown } {
  return typeof answer === 'object' && answer !== null && 'ok' in answer;
}

function toErrorCode(code: unknown): ErrorCode {
  return (ERROR_CODES as readonly unknown[]).includes(code) ? (code as ErrorCode) : 'INTERNAL';
}

function failureOf(method: MethodName, error: unknown): RpcError {
  const { code, message, retryAfterSeconds } = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    message?: unknown;
    retryAfterSeconds?: unknown;
  };
  const wait = typeof retryAfterSeconds === 'number' && Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0 ? retryAfterSeconds : undefined;
  return new RpcError(toErrorCode(code), typeof message === 'string' ? message : '', method, { retryAfterSeconds: wait });
}

/**
 * The one typed client of the contract, over any transport: the preload bridge in the renderer,
 * dispatch() itself in tests, the seed and the bench. Main checks every output and event against
 * the contract before it is sent, so values are trusted as typed here.
 */
export function createRpcClient(invoke: RpcInvoke, options: RpcClientOptions = {}): RpcClient {
  const fail = (error: RpcError): never => {
    options.onFailure?.(error);
    throw error;
  };
  return {
    call: async (method, input) => {
      let answer: unknown;
      try {
        answer = await invoke(method, input);
      } catch (cause) {
        return fail(new RpcError('INTERNAL', 'The app could not reach its background process.', method, { cause }));
      }
      if (isResult(answer) && answer.ok === true) return answer.value as MethodOutput<typeof method>;
      if (isResult(answer) && answer.ok === false) return fail(failureOf(method, answer.error));
      return fail(new RpcError('INTERNAL', 'The background process sent an answer the app does not understand.', method));
    },
    on: (event, listener) => {
      if (!options.subscribe) throw new Error('This client has no event source.');
      return options.subscribe(event, (payload) => listener(payload as EventPayload<typeof event>));
    },
  };
}
