import type { RecordCounts } from '../../../db/backup-copy';
import type { ExpectedBackup } from './backup-files';

/** What the main thread asks the backup worker (backup-worker.ts); one request at a time. */
export type WorkerRequest =
  | { id: number; op: 'copy'; databasePath: string; targetPath: string; key: Uint8Array; nativeBinding?: string | undefined }
  | { id: number; op: 'hash'; paths: string[] }
  | { id: number; op: 'flush'; paths: string[] }
  | { id: number; op: 'verify'; expected: ExpectedBackup; key: Uint8Array; nativeBinding?: string | undefined };

/** Everything posted to the worker: a request, or, once no request runs, the word to exit by itself. */
export type WorkerCommand = WorkerRequest | { op: 'exit' };

/** What the worker is started with: the flag the main thread sets (to 1) to ask it to stop at its next step. */
export interface WorkerStartData {
  stopFlag: Int32Array;
}

export interface CopyAnswer {
  /** The copy's own counts and schema version: what the manifest records. */
  counts: RecordCounts;
  schemaVersion: number;
  /** Whether nothing was committed to the source around the copy, so its counts were compared with the copy's. */
  comparedWithSource: boolean;
}

export type HashAnswer = { bytes: number; sha256: string }[];

export type WorkerAnswer = CopyAnswer | HashAnswer | null;

/** An error as it crosses the thread boundary: its class name, closed code (fs, SQLite or RpcFailure) and message. */
export interface WorkerError {
  name: string;
  message: string;
  code?: string;
}

export type WorkerMessage =
  { id: number; type: 'progress'; fraction: number } | { id: number; type: 'done'; value: WorkerAnswer } | { id: number; type: 'failed'; error: WorkerError };
