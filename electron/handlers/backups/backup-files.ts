import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { inspectBackupDatabase, type RecordCounts } from '../../../db/backup-copy';
import { DatabaseUnreadableError } from '../../../db/database-errors';
import { RpcFailure } from '../../../shared/contract/errors';
import { storageFailure } from '../../rpc/storage-failure';

/**
 * The slow half of a backup's verification (reading every byte, opening the copy, integrity_check),
 * apart from the manifest and the key file, so that the backup worker loads only this and the
 * database code, not the schemas: it is given what to expect and answers yes or VAULT_DAMAGED.
 */

export function backupDamaged(): RpcFailure {
  return new RpcFailure('VAULT_DAMAGED', 'The backup did not verify: its files are damaged or were changed. It was not used.');
}

export interface FileDigest {
  bytes: number;
  sha256: string;
}

/** What a backup folder must hold, as its manifest says: each file's size and hash, and the database copy's schema version and counts. */
export interface ExpectedBackup {
  files: ({ path: string } & FileDigest)[];
  databasePath: string;
  schemaVersion: number;
  counts: RecordCounts;
}

const CHUNK_BYTES = 1024 * 1024;

/** Read in 1 MiB chunks: a large vault is never held in memory whole. `onRead` is told the bytes read so far. */
export function hashFile(path: string, onRead?: (bytes: number) => void): FileDigest {
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(CHUNK_BYTES);
  const descriptor = openSync(path, 'r');
  let bytes = 0;
  try {
    for (;;) {
      const read = readSync(descriptor, chunk, 0, chunk.length, null);
      if (read === 0) break;
      bytes += read;
      hash.update(chunk.subarray(0, read));
      onRead?.(bytes);
    }
  } finally {
    closeSync(descriptor);
  }
  return { bytes, sha256: hash.digest('hex') };
}

/**
 * Every file's size and SHA-256 as expected, the copy opens read-only with the key (no migration),
 * PRAGMA integrity_check is ok, and its schema version and row counts are the expected ones.
 */
export function checkBackupFiles(
  expected: ExpectedBackup,
  key: Uint8Array,
  options: { nativeBinding?: string | undefined; onProgress?: (fraction: number) => void } = {},
): void {
  const progress = options.onProgress ?? (() => undefined);
  for (const file of expected.files) {
    let actual: FileDigest;
    try {
      actual = hashFile(file.path);
    } catch {
      throw backupDamaged();
    }
    if (!isDeepStrictEqual(actual, { bytes: file.bytes, sha256: file.sha256 })) throw backupDamaged();
  }
  progress(0.3);
  let report;
  try {
    report = inspectBackupDatabase(expected.databasePath, key, { nativeBinding: options.nativeBinding });
  } catch (error) {
    if (error instanceof DatabaseUnreadableError || storageFailure(error)?.code === 'VAULT_DAMAGED') throw backupDamaged();
    throw error;
  }
  if (!report.integrityOk || report.schemaVersion !== expected.schemaVersion || !isDeepStrictEqual(report.counts, expected.counts)) throw backupDamaged();
  progress(1);
}
