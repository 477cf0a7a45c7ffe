/**
 * The backup worker (a `node:worker_threads` Worker, started by backup-worker-client.ts): the slow,
 * synchronous part of a backup runs here so the main process's thread stays free for IPC. It
 * copies the open vault with VACUUM INTO from its own read connection, hashes the files, and
 * verifies a backup folder. It decides nothing: names, the manifest, the rename and rotation stay
 * on the main thread.
 *
 * The key arrives with each request that needs it (a copy, transferred), is used for that request
 * only and wiped before the answer is posted. It is never logged, and errors are posted as their
 * name, code and message only.
 *
 * It is never terminated from outside (see BackupWorker): when the main thread sets the shared stop
 * flag (the vault locked), the request ends at its next step, between statements, and the worker
 * exits by itself when told to.
 */
import { closeSync, fsyncSync, openSync, statSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { parentPort, workerData } from 'node:worker_threads';
import type Database from 'better-sqlite3-multiple-ciphers';
import { countRecords, type RecordCounts, vacuumInto } from '../../../db/backup-copy';
import { readSchemaVersion } from '../../../db/migrate';
import { openEncryptedDatabaseReadOnly } from '../../../db/open-database';
import { RpcFailure } from '../../../shared/contract/errors';
import { checkBackupFiles, hashFile } from './backup-files';
import type { CopyAnswer, WorkerAnswer, WorkerCommand, WorkerError, WorkerMessage, WorkerRequest, WorkerStartData } from './backup-worker-protocol';

/** Hashing reports its progress every 16 MiB. */
const PROGRESS_EVERY_BYTES = 16 * 1024 * 1024;

/** Flushes a file to disk: a copy just written may still be mostly in the page cache, and flushing it takes as long as writing it. */
function fsyncFile(path: string): void {
  const descriptor = openSync(path, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** Counts and PRAGMA data_version read in one read transaction: one snapshot of the source. */
function sourceSnapshot(db: Database.Database): { counts: RecordCounts; dataVersion: number } {
  return db.transaction(() => ({ counts: countRecords(db), dataVersion: db.pragma('data_version', { simple: true }) as number }))();
}

function copyDatabase(request: Extract<WorkerRequest, { op: 'copy' }>, progress: (fraction: number) => void): CopyAnswer {
  const source = openEncryptedDatabaseReadOnly(request.databasePath, request.key, { nativeBinding: request.nativeBinding });
  let before;
  let after;
  try {
    before = sourceSnapshot(source);
    progress(0.1);
    // VACUUM INTO runs in its own read transaction: the copy is one WAL snapshot of the source,
    // whatever the main thread commits meanwhile.
    vacuumInto(source, request.targetPath);
    progress(0.8);
    after = sourceSnapshot(source);
  } finally {
    source.close();
  }
  // The manifest describes the copy itself: its counts and schema version, read from the copy.
  const copy = openEncryptedDatabaseReadOnly(request.targetPath, request.key, { nativeBinding: request.nativeBinding });
  let counts;
  let schemaVersion;
  try {
    counts = countRecords(copy);
    schemaVersion = readSchemaVersion(copy);
  } finally {
    copy.close();
  }
  // The copy's snapshot lies between the two source snapshots. When nothing was committed from
  // before to after (same data_version, same counts), all three are the same state, so the copy
  // must count exactly what the source did; a difference means the copy lost rows. When a write
  // landed in between (a note autosaved mid-copy), the copy is some state in the middle and the
  // source's counts say nothing about it: the copy's own counts stand, and verification checks them.
  const sourceStill = before.dataVersion === after.dataVersion && isDeepStrictEqual(before.counts, after.counts);
  if (sourceStill && !isDeepStrictEqual(counts, before.counts)) {
    throw new RpcFailure('VAULT_DAMAGED', 'The backup did not verify: its copy of the vault does not hold what the vault holds. It was not used.');
  }
  progress(1);
  return { counts, schemaVersion, comparedWithSource: sourceStill };
}

function answer(request: WorkerRequest, progress: (fraction: number) => void): WorkerAnswer {
  switch (request.op) {
    case 'copy':
      return copyDatabase(request, progress);
    case 'hash': {
      const total = request.paths.reduce((sum, path) => sum + statSync(path).size, 0) || 1;
      let done = 0;
      return request.paths.map((path) => {
        const hashed = hashFile(path, (bytes) => {
          if (bytes % PROGRESS_EVERY_BYTES === 0) progress((done + bytes) / total);
        });
        done += hashed.bytes;
        progress(Math.min(done / total, 1));
        return hashed;
      });
    }
    case 'flush':
      for (const path of request.paths) {
        stopIfAsked();
        fsyncFile(path);
      }
      return null;
    case 'verify':
      checkBackupFiles(request.expected, request.key, { nativeBinding: request.nativeBinding, onProgress: progress });
      return null;
  }
}

function describe(error: unknown): WorkerError {
  if (!(error instanceof Error)) return { name: 'Error', message: 'The backup worker failed.' };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
}

const port = parentPort;
if (!port) throw new Error('backup-worker runs only as a worker thread');
const { stopFlag } = workerData as WorkerStartData;

/** Throws once the main thread has asked this worker to stop: called between steps, never inside a statement. */
function stopIfAsked(): void {
  if (Atomics.load(stopFlag, 0) === 0) return;
  const stopped = new Error('The backup was stopped.');
  stopped.name = 'BackupStopped';
  throw stopped;
}

port.on('message', (command: WorkerCommand) => {
  if (command.op === 'exit') {
    // Nothing else keeps this thread's event loop alive: it ends by itself, with exit code 0.
    port.close();
    return;
  }
  const request = command;
  // Every step reports progress, so that is where the stop flag is read.
  const progress = (fraction: number) => {
    stopIfAsked();
    port.postMessage({ id: request.id, type: 'progress', fraction } satisfies WorkerMessage);
  };
  let message: WorkerMessage;
  try {
    stopIfAsked();
    message = { id: request.id, type: 'done', value: answer(request, progress) };
  } catch (error) {
    message = { id: request.id, type: 'failed', error: describe(error) };
  } finally {
    if ('key' in request) request.key.fill(0);
  }
  port.postMessage(message);
});
