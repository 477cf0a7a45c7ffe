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
  /** One of the vault's files is missing (the database, or every copy of the key file). */
  'VAULT_INCOMPLETE',
  /** The disk (or the chosen folder's disk) has no room; nothing was lost, try again when there is. */
  'DISK_FULL',
  /** The folder or file cannot be written: read-only media or no permission. Not damage. */
  'READ_ONLY',
  /** Another vault operation (a backup, a key rotation) is running; try again when it ends. */
  'BUSY',
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
