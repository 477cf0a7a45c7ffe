/** The closed set of error codes a method can answer with. The renderer maps each to a sentence. */
export const ERROR_CODES = [
  'INVALID',
  'LOCKED',
  'NOT_FOUND',
  'CONFLICT',
  'SIGNED',
  'WRONG_SECRET',
  'VAULT_EXISTS',
  'VAULT_ABSENT',
  'VAULT_DAMAGED',
  'VAULT_TOO_NEW',
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** `message` never carries record content: it is shown to the therapist and may be logged. */
export interface RpcError {
  code: ErrorCode;
  message: string;
}

export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: RpcError };

/** Thrown by handlers and the vault for an expected failure; dispatch() turns it into an RpcResult. */
export class RpcFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RpcFailure';
  }
}
