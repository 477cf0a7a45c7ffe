import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DatabaseUnreadableError } from '../../../db/database-errors';
import { ERROR_CODES, type ErrorCode, RpcFailure } from '../../../shared/contract/errors';
import type { ExpectedBackup } from './backup-files';
import type { CopyAnswer, HashAnswer, WorkerCommand, WorkerError, WorkerMessage, WorkerRequest, WorkerStartData } from './backup-worker-protocol';

/** The built worker, beside the main bundle (dist/electron/): tools/build/build-electron.mjs writes it under this name. */
export const BUNDLED_WORKER_FILE = 'backup-worker.cjs';
const SOURCE_WORKER_FILE = 'backup-worker.ts';

/** How often a running request asks whether it must stop (the vault locked): the longest a lock waits to be answered. */
const STOP_POLL_MS = 20;

export interface WorkerEntry {
  /** True inside the built main bundle, whose worker is plain CommonJS; false when running the TypeScript source (vitest, tsx). */
  bundled: boolean;
  file: string;
}

/**
 * Where the worker's code is, from the URL of the module asking: inside the built bundle that URL
 * is dist/electron/main.cjs (the build defines import.meta.url as the bundle's own file), and the
 * worker is the CommonJS file beside it; otherwise it is the TypeScript source beside this file.
 */
export function backupWorkerEntry(moduleUrl: string = import.meta.url): WorkerEntry {
  const bundled = moduleUrl.endsWith('.cjs');
  return { bundled, file: fileURLToPath(new URL(`./${bundled ? BUNDLED_WORKER_FILE : SOURCE_WORKER_FILE}`, moduleUrl)) };
}

/** The TypeScript source runs in the worker through tsx's require hook, as the tests and the preview server run the rest. */
function sourceBootstrap(entry: WorkerEntry): string {
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  return `require(${JSON.stringify(tsx)}).register();\nrequire(${JSON.stringify(entry.file)});\n`;
}

const live = new Map<Worker, Promise<void>>();
const exitCodes: number[] = [];

/** Backup workers started and not yet exited (tests check that a stopped backup leaves none). */
export function liveBackupWorkers(): number {
  return live.size;
}

/** The exit code of every backup worker that has exited, oldest first: 0 when it ended by itself, 1 when it was terminated. */
export function backupWorkerExitCodes(): readonly number[] {
  return exitCodes;
}

/**
 * Resolves once every backup worker started so far has exited. The app waits for this before it
 * quits: a worker still inside a statement would otherwise be torn down mid-call by the exit.
 */
export async function backupWorkersExited(): Promise<void> {
  await Promise.all(live.values());
}

/** An error the worker posted, as the class the main thread's error mapping (backupFailure) knows. */
function rebuildError(error: WorkerError): Error {
  if (error.name === 'RpcFailure' && (ERROR_CODES as readonly string[]).includes(error.code ?? ''))
    return new RpcFailure(error.code as ErrorCode, error.message);
  if (error.name === 'DatabaseUnreadableError') return new DatabaseUnreadableError();
  const rebuilt = new Error(error.message) as Error & { code?: string };
  rebuilt.name = error.name;
  if (error.code !== undefined) rebuilt.code = error.code;
  return rebuilt;
}

interface Pending {
  id: number;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onProgress: (fraction: number) => void;
}

/** The request the worker is running, until it answers or exits: the caller may have been answered already (a lock). */
interface Running {
  id: number;
  answered: Promise<void>;
  markAnswered: () => void;
}

export interface BackupWorkerOptions {
  nativeBinding?: string | undefined;
  /**
   * Asked every few milliseconds while a request runs; when it throws (the vault locked), the
   * request fails with that error at once and the worker is told to stop at its next step.
   */
  stopIf?: () => void;
}

/**
 * One worker thread for one backup (or one verification): requests run one at a time.
 *
 * The worker is never terminated: `worker.terminate()` while better-sqlite3 is inside a statement
 * aborts the whole process when that statement then fails (FATAL ERROR: v8::ToLocalChecked Empty
 * MaybeLocal from Database::ThrowSqliteError, WiseLibs/better-sqlite3#842). Stopping is asked
 * instead, through a flag the worker reads between its steps: it finishes the statement it is in
 * (SQLite's VACUUM or integrity_check cannot be interrupted from outside), wipes its key copy,
 * answers, and exits by itself when `stop()` asks.
 */
export class BackupWorker {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  /** Shared with the worker: set to 1 to ask it to stop at its next step. */
  private readonly stopFlag = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  private pending: Pending | null = null;
  private running: Running | null = null;
  private nextId = 1;
  private exitedAlready = false;

  constructor(private readonly options: BackupWorkerOptions = {}) {
    const entry = backupWorkerEntry();
    const workerData: WorkerStartData = { stopFlag: this.stopFlag };
    const worker = entry.bundled ? new Worker(entry.file, { workerData }) : new Worker(sourceBootstrap(entry), { eval: true, workerData });
    this.worker = worker;
    this.exited = new Promise((resolve) => {
      worker.once('exit', (code) => {
        live.delete(worker);
        exitCodes.push(code);
        this.exitedAlready = true;
        this.answered(null);
        this.settle(null, new Error('The backup worker stopped before it answered.'));
        resolve();
      });
    });
    live.set(worker, this.exited);
    worker.on('error', (error) => this.settle(null, error));
    worker.on('message', (message: WorkerMessage) => {
      if (message.type !== 'progress') this.answered(message.id);
      if (message.id !== this.pending?.id) return;
      if (message.type === 'progress') this.pending.onProgress(message.fraction);
      else if (message.type === 'done') this.settle(message.value, null);
      else this.settle(null, rebuildError(message.error));
    });
  }

  /** VACUUM INTO `targetPath` from the worker's own read connection to `databasePath`, keyed with a copy of `key`. */
  copy(databasePath: string, targetPath: string, key: Uint8Array, onProgress?: (fraction: number) => void): Promise<CopyAnswer> {
    return this.request({ op: 'copy', databasePath, targetPath, nativeBinding: this.options.nativeBinding }, key, onProgress);
  }

  hash(paths: string[], onProgress?: (fraction: number) => void): Promise<HashAnswer> {
    return this.request({ op: 'hash', paths }, null, onProgress);
  }

  /** fsync of each file, which for a fresh copy of the vault can take as long as writing it. */
  flush(paths: string[]): Promise<void> {
    return this.request({ op: 'flush', paths }, null);
  }

  /** checkBackupFiles in the worker: hashes, read-only open with a copy of `key`, integrity_check, schema version and counts. */
  verify(expected: ExpectedBackup, key: Uint8Array, onProgress?: (fraction: number) => void): Promise<void> {
    return this.request({ op: 'verify', expected, nativeBinding: this.options.nativeBinding }, key, onProgress);
  }

  /**
   * Asks the worker to stop, waits for the request it is running to end (the statement it is in
   * finishes), then tells it to exit and resolves once its thread has.
   */
  async stop(): Promise<void> {
    Atomics.store(this.stopFlag, 0, 1);
    await this.running?.answered;
    if (!this.exitedAlready) this.worker.postMessage({ op: 'exit' } satisfies WorkerCommand);
    await this.exited;
  }

  private request<T>(body: DistributiveOmit<WorkerRequest, 'id' | 'key'>, key: Uint8Array | null, onProgress?: (fraction: number) => void): Promise<T> {
    if (this.pending || this.running) return Promise.reject(new Error('The backup worker runs one request at a time.'));
    if (this.exitedAlready || Atomics.load(this.stopFlag, 0) !== 0) return Promise.reject(new Error('The backup worker has stopped.'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending = { id, resolve: resolve as (value: unknown) => void, reject, onProgress: onProgress ?? (() => undefined) };
      let markAnswered!: () => void;
      const answered = new Promise<void>((done) => {
        markAnswered = done;
      });
      this.running = { id, answered, markAnswered };
      // A copy of the key, transferred: the worker owns the only copy of these bytes, and wipes them after this request.
      const keyCopy = key ? Uint8Array.from(key) : null;
      try {
        this.worker.postMessage({ ...body, id, ...(keyCopy ? { key: keyCopy } : {}) }, keyCopy ? [keyCopy.buffer] : []);
      } catch (error) {
        keyCopy?.fill(0);
        this.answered(id);
        this.settle(null, error);
        return;
      }
      const { stopIf } = this.options;
      if (!stopIf) return;
      const poll = setInterval(() => {
        if (this.pending?.id !== id) {
          clearInterval(poll);
          return;
        }
        try {
          stopIf();
        } catch (error) {
          clearInterval(poll);
          Atomics.store(this.stopFlag, 0, 1);
          this.settle(null, error);
        }
      }, STOP_POLL_MS);
    });
  }

  /** The worker has ended request `id` (or, with null, exited): nothing of it runs any more. */
  private answered(id: number | null): void {
    const running = this.running;
    if (!running || (id !== null && id !== running.id)) return;
    this.running = null;
    running.markAnswered();
  }

  private settle(value: unknown, error: unknown): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    if (error !== null) pending.reject(error);
    else pending.resolve(value);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
