import { closeSync, copyFileSync, openSync, readSync } from 'node:fs';
import type Database from 'better-sqlite3-multiple-ciphers';
import { openKeyedDatabase } from '../../db/open-database';
import type { MetricResult } from './bench-result';
import { summarize, type Summary } from './percentiles';

/*
 * The same workload on an encrypted file and on a plain one (same driver, schema, rows and
 * pragmas), timed in alternating blocks, as a ratio: what the encryption costs. Used by the
 * point-reads, notes-search and notes-autosave measurements.
 */

/** The pragmas both files run with (db/open-database.ts, applyConnectionPragmas), as the JSON records them. */
export const COMPARED_PRAGMAS = 'journal_mode=WAL, synchronous=FULL, foreign_keys=ON, temp_store=MEMORY, secure_delete=ON (both)';
export const COMPARED_CIPHER = 'sqlcipher, legacy=4, raw 256-bit key (encrypted file only)';

export type FileLabel = 'encrypted' | 'plain';

export interface ComparedFile {
  label: FileLabel;
  db: Database.Database;
}

export interface CacheSettings {
  cacheSize: number;
  pageSize: number;
  mmapSize: number;
}

export interface Comparison {
  settings: CacheSettings;
  samples: Record<FileLabel, number[]>;
}

/**
 * A plain copy of an encrypted database, page for page: the file copied, then decrypted in place
 * with SQLite3 Multiple Ciphers' `PRAGMA rekey = ''` (which needs a rollback journal, not WAL).
 * Same pages, same layout, so only the encryption differs. The source must be closed (checkpointed).
 */
export function decryptedCopy(encryptedPath: string, key: Uint8Array, plainPath: string): void {
  copyFileSync(encryptedPath, plainPath);
  const db = openKeyedDatabase(plainPath, key, {});
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma("rekey = ''");
  } finally {
    db.close();
  }
}

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

function cacheSettings(db: Database.Database): CacheSettings {
  return {
    cacheSize: db.pragma('cache_size', { simple: true }) as number,
    pageSize: db.pragma('page_size', { simple: true }) as number,
    mmapSize: db.pragma('mmap_size', { simple: true }) as number,
  };
}

/** SQLite's cache_size: negative is KiB, positive is pages. */
export function describeCache({ cacheSize, pageSize }: CacheSettings): string {
  return cacheSize < 0 ? `cache ${-cacheSize} KiB` : `cache ${cacheSize} pages of ${pageSize / 1024} KiB`;
}

/**
 * Times `workload` on each file: one untimed pass each (both start from the same cache state),
 * then `blocks` slices, the files' order swapped every block so that drift (CPU clocks, other
 * processes) falls on both alike. `timeOne` runs one item and answers its time.
 */
export function compareInBlocks<F extends ComparedFile, T>(
  files: readonly F[],
  workload: readonly T[],
  blocks: number,
  timeOne: (file: F, item: T) => number,
): Comparison {
  const [first, second] = files.map((file) => JSON.stringify(cacheSettings(file.db)));
  if (first !== second) throw new Error(`Cache settings differ between the files: ${first} vs ${second}`);
  const samples: Comparison['samples'] = { encrypted: [], plain: [] };
  for (const file of files) for (const item of workload) timeOne(file, item);
  const blockSize = Math.ceil(workload.length / blocks);
  for (let block = 0; block < blocks; block++) {
    const slice = workload.slice(block * blockSize, (block + 1) * blockSize);
    const order = block % 2 === 0 ? files : [...files].reverse();
    for (const file of order) for (const item of slice) samples[file.label].push(timeOne(file, item));
  }
  return { settings: cacheSettings(files[0]!.db), samples };
}

export interface EncryptionRatio {
  /** encrypted / plain, at each percentile. */
  p50: number;
  p95: number;
  encrypted: Summary;
  plain: Summary;
}

/** The encrypted file's percentiles over the plain one's, from samples timed in alternating blocks. */
export function encryptionRatio(samples: Comparison['samples']): EncryptionRatio {
  const encrypted = summarize(samples.encrypted);
  const plain = summarize(samples.plain);
  return { p50: encrypted.p50 / plain.p50, p95: encrypted.p95 / plain.p95, encrypted, plain };
}

/** Encrypted over plain at p50 and p95, with both summaries and the cache settings in the JSON. */
export function ratioResult(metric: string, comparison: Comparison, target: MetricResult['target'], details: Record<string, unknown>): MetricResult {
  const { p50, p95, encrypted, plain } = encryptionRatio(comparison.samples);
  return {
    metric,
    unit: 'x',
    p50,
    p95,
    samples: encrypted.n,
    target,
    details: { ...details, ...comparison.settings, pragmas: COMPARED_PRAGMAS, cipher: COMPARED_CIPHER, encrypted, plain },
  };
}
