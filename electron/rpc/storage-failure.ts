import { RpcFailure } from '../../shared/contract/errors';

/** Error codes from Node's fs and from SQLite (better-sqlite3 puts the extended code on `code`). */
const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL', 'SQLITE_IOERR_WRITE', 'SQLITE_IOERR_FSYNC']);
const READ_ONLY_CODES = new Set(['EROFS', 'EACCES', 'EPERM', 'SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_PERM']);
const DAMAGED_CODES = new Set([
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT_INDEX',
  'SQLITE_CORRUPT_SEQUENCE',
  'SQLITE_CORRUPT_VTAB',
  'SQLITE_IOERR_SHORT_READ',
]);

function codeOf(error: unknown): string | undefined {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A storage failure (disk full, read-only or forbidden folder, a damaged database page) as the
 * closed code the therapist can act on; null for anything else. Messages name no path or value.
 */
export function storageFailure(error: unknown): RpcFailure | null {
  const code = codeOf(error);
  if (!code) return null;
  if (DISK_FULL_CODES.has(code)) {
    return new RpcFailure('DISK_FULL', 'The disk is full. Nothing was saved this time; free some space and try again.');
  }
  if (READ_ONLY_CODES.has(code)) {
    return new RpcFailure('READ_ONLY', 'The vault folder cannot be written to: it is read-only or this account lacks permission. Nothing was changed.');
  }
  if (DAMAGED_CODES.has(code)) {
    return new RpcFailure('VAULT_DAMAGED', 'Part of the vault database is damaged. Nothing was changed; restore it from a backup.');
  }
  return null;
}
