import type { ErrorCode, MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
// errors.ts directly, not the contract's index: the index builds every zod schema, which the lock screen does not need.
import { ERROR_CODES } from '../../../shared/contract/errors';
import { getBridge } from './bridge';
import { announceLockedAnswer } from './locked-signal';
import { RpcCallError } from './rpc-call-error';

interface Failure {
  ok: false;
  error: { code: unknown; message: unknown };
}

function isFailure(result: unknown): result is Failure {
  return typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === false;
}

function isSuccess(result: unknown): result is { ok: true; value: unknown } {
  return typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === true;
}

function toErrorCode(code: unknown): ErrorCode {
  return (ERROR_CODES as readonly unknown[]).includes(code) ? (code as ErrorCode) : 'INTERNAL';
}

/**
 * Calls one method of the contract and unwraps the RpcResult: resolves with the value or throws
 * an RpcCallError with the code. Main validates every output, so the value is trusted as typed.
 */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  let result: unknown;
  try {
    result = await getBridge().invoke(method, input);
  } catch {
    throw new RpcCallError('INTERNAL', 'The app could not reach its background process.');
  }
  if (isSuccess(result)) return result.value as MethodOutput<M>;
  if (isFailure(result)) {
    const code = toErrorCode(result.error.code);
    if (code === 'LOCKED') announceLockedAnswer();
    throw new RpcCallError(code, typeof result.error.message === 'string' ? result.error.message : '');
  }
  throw new RpcCallError('INTERNAL', 'The background process sent an answer the app does not understand.');
}
