import type { ErrorCode } from '../../../shared/contract';

/** A method answered `{ ok: false }`: carries the contract's error code so screens can react to it. */
export class RpcCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RpcCallError';
  }
}

export function isRpcCallError(error: unknown, code?: ErrorCode): error is RpcCallError {
  return error instanceof RpcCallError && (code === undefined || error.code === code);
}
