import { closeSync, openSync, readSync } from 'node:fs';
import { summarize, type Summary } from './percentiles';

/**
 * Side by side with plain SQLite: a workload run on an encrypted file keyed as the app keys it
 * and on its plain twin (same driver, schema, rows and pragmas: openPlainDatabaseForComparison),
 * reported as encrypted / plain. These are the pieces every such comparison shares.
 */

/** A comparison is only meaningful if one file really is plain and the other really is not. */
export function assertPlainAndEncrypted(encryptedPath: string, plainPath: string): void {
  const header = (path: string) => {
    const bytes = Buffer.alloc(16);
    const descriptor = openSync(path, 'r');
    try {
      readSync(descriptor, bytes, 0, 16, 0);
    } finally {
      closeSync(descriptor);
    }
    return bytes.toString('latin1');
  };
  if (header(plainPath) !== 'SQLite format 3\0') throw new Error('The plain database is not a plain SQLite file');
  if (header(encryptedPath) === 'SQLite format 3\0') throw new Error('The encrypted database has a plain SQLite header');
}

export interface TwinRatio {
  /** encrypted / plain, at each percentile. */
  p50: number;
  p95: number;
  encrypted: Summary;
  plain: Summary;
}

/** The encrypted file's percentiles over the plain twin's, from samples timed in alternating blocks. */
export function twinRatio(samples: { encrypted: readonly number[]; plain: readonly number[] }): TwinRatio {
  const encrypted = summarize(samples.encrypted);
  const plain = summarize(samples.plain);
  return { p50: encrypted.p50 / plain.p50, p95: encrypted.p95 / plain.p95, encrypted, plain };
}

/** The pragmas both twins run with (db/open-database.ts, applyConnectionPragmas), as the JSON records them. */
export const TWIN_PRAGMAS = 'journal_mode=WAL, synchronous=FULL, foreign_keys=ON, temp_store=MEMORY, secure_delete=ON (both)';
export const TWIN_CIPHER = 'sqlcipher, legacy=4, raw 256-bit key (encrypted file only)';
