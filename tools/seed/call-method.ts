import type { AppCore } from '../../electron/app-core';
import type { MethodInput, MethodName, MethodOutput, RpcError } from '../../shared/contract/index';

export class MethodFailedError extends Error {
  constructor(
    readonly method: MethodName,
    readonly error: RpcError,
  ) {
    super(`${method} failed: ${error.code}: ${error.message}`);
    this.name = 'MethodFailedError';
  }
}

/** Calls dispatch() and returns the typed value, throwing when the method answers an error. */
export async function callMethod<M extends MethodName>(core: AppCore, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new MethodFailedError(method, result.error);
  // dispatch() has already checked the value against the method's output schema.
  return result.value as MethodOutput<M>;
}
