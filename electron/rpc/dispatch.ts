import { type ErrorCode, isMethodName, METHODS_WHILE_HANDED_OVER, methods, RpcFailure, type RpcResult } from '../../shared/contract/index';
import { DamagedRecordError } from '../../db/json-column';
import type { Logger } from '../logger';
import { describeValidationError } from './describe-validation-error';
import type { HandlerContext, HandlerMap } from './handler-types';
import { storageFailure } from './storage-failure';
import { findUnsafeValue } from './unsafe-payload';

export type Dispatch = (method: unknown, input: unknown) => Promise<RpcResult<unknown>>;

const failure = (code: ErrorCode, message: string, retryAfterSeconds?: number): RpcResult<never> => ({
  ok: false,
  error: retryAfterSeconds === undefined ? { code, message } : { code, message, retryAfterSeconds },
});

/** SQLite refused the write (CHECK, NOT NULL, UNIQUE): the input got past the schema but not the database. */
function isConstraintError(error: unknown): boolean {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}

/**
 * The one entry point for every transport (Electron IPC, the preview bridge, tests): unknown
 * names, unsafe payloads and schema failures answer INVALID before any handler runs; methods
 * other than the vault's own answer LOCKED while locked; while the screen is handed to the client,
 * everything but the questionnaire's own methods answers HANDED_OVER (main's state, not the
 * renderer's: a reload or a typed address cannot leave it); outputs are checked against the contract.
 */
export function createDispatch(handlers: HandlerMap, context: HandlerContext, logger: Logger): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) return failure('INVALID', 'Unknown method.');
    const spec = methods[method];
    if (!spec.whileLocked && context.vault.state !== 'unlocked') return failure('LOCKED', 'The vault is locked.');
    if (context.handover.active && !METHODS_WHILE_HANDED_OVER.has(method)) return failure('HANDED_OVER', 'The screen is with the client. Take it back first.');
    const unsafe = findUnsafeValue(input);
    if (unsafe) return failure('INVALID', `${unsafe}.`);
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) return failure('INVALID', describeValidationError(parsed.error));
    try {
      const handler = handlers[method] as (input: unknown, context: HandlerContext) => unknown;
      const value = await handler(parsed.data, context);
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        logger.error(`${method}: output did not match the contract`);
        return failure('INTERNAL', 'Something went wrong. Nothing was changed.');
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof RpcFailure) return failure(error.code, error.message, error.retryAfterSeconds);
      if (error instanceof DamagedRecordError) {
        logger.error(`${method}: ${error.message}`);
        return failure('VAULT_DAMAGED', `${error.message} Nothing was changed.`);
      }
      if (isConstraintError(error)) return failure('INVALID', 'The record did not pass the database checks. Nothing was saved.');
      const storage = storageFailure(error);
      if (storage) {
        logger.error(`${method}: ${describeErrorWithoutContent(error)}`);
        return failure(storage.code, storage.message);
      }
      logger.error(`${method}: ${describeErrorWithoutContent(error)}`);
      return failure('INTERNAL', 'Something went wrong. Nothing was changed.');
    }
  };
}

/** Error class and code only: driver messages can quote SQL values, which may be PHI. */
export function describeErrorWithoutContent(error: unknown): string {
  if (!(error instanceof Error)) return 'non-error thrown';
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.name} (${code})` : error.name;
}
