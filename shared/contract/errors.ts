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
  /** Too many wrong passphrases or recovery codes in a row: the next try waits (`retryAfterSeconds`). */
  'TOO_MANY_TRIES',
  'UNAVAILABLE',
  /** The screen is handed to the client (a questionnaire): nothing else answers until the therapist takes it back. */
  'HANDED_OVER',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** `message` never carries record content: it is shown to the therapist and may be logged. */
export interface RpcErrorBody {
  code: ErrorCode;
  message: string;
  /** How long until the next passphrase or recovery-code try is taken (TOO_MANY_TRIES, or the WRONG_SECRET that started a wait). */
  retryAfterSeconds?: number;
}

export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: RpcErrorBody };

/** Thrown by handlers and the vault for an expected failure; dispatch() turns it into an RpcResult. */
export class RpcFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'RpcFailure';
  }
}

/**
 * A method answered `{ ok: false }` (or could not be reached): what the typed client throws.
 * `message` is main's, unchanged, since screens show it for INVALID and UNAVAILABLE.
 */
export class RpcError extends Error {
  /** How long main said to wait before the next passphrase or recovery-code try. */
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The method that answered; for logs and test failures, never shown. */
    readonly method?: string,
    options?: { cause?: unknown; retryAfterSeconds?: number },
  ) {
    super(message, options);
    this.name = 'RpcError';
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

export function isRpcError(error: unknown, code?: ErrorCode): error is RpcError {
  return error instanceof RpcError && (code === undefined || error.code === code);
}
