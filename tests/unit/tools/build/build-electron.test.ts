import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTED_TABLES } from '../../../../db/backup-copy';
import { openEncryptedDatabase } from '../../../../db/open-database';
import { backupWorkerEntry, BUNDLED_WORKER_FILE } from '../../../../electron/handlers/backups/backup-worker-client';
import type { WorkerCommand, WorkerMessage, WorkerRequest, WorkerStartData } from '../../../../electron/handlers/backups/backup-worker-protocol';
import { makeTempDir, removeDir } from '../../../support/temp-vault';

/** The build script is plain JavaScript (it runs under node without a compile step). */
interface ElectronBuildScript {
  NODE_ENTRY_POINTS: Record<string, string>;
  buildElectron: (options: { outdir: string; preload?: boolean }) => Promise<string[]>;
}

const script = (await import(new URL('../../../../tools/build/build-electron.mjs', import.meta.url).href)) as ElectronBuildScript;

/** One request to a worker started from the built file, with the Node build of the driver (node_modules). */
function ask(workerFile: string, request: WorkerRequest): Promise<WorkerMessage> {
  const workerData: WorkerStartData = { stopFlag: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) };
  const worker = new Worker(workerFile, { workerData });
  const exited = once(worker, 'exit');
  return new Promise<WorkerMessage>((resolve, reject) => {
    worker.on('error', reject);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type !== 'progress') resolve(message);
    });
    worker.postMessage(request);
  }).finally(async () => {
    worker.postMessage({ op: 'exit' } satisfies WorkerCommand);
    await exited;
  });
}

describe('the built main bundle and its backup worker', () => {
  let outdir: string;
  let vaultDir: string;
  let key: Buffer;

  beforeAll(async () => {
    // Inside the repository (dist/ is ignored), as in the app: the bundle finds the driver in node_modules above it.
    const relative = `dist/test-electron-${process.pid}-${Date.now()}`;
    outdir = fileURLToPath(new URL(`../../../../${relative}`, import.meta.url));
    await script.buildElectron({ outdir: relative, preload: false });
    vaultDir = makeTempDir('kap-build-worker-vault-');
    key = randomBytes(32);
    const db = openEncryptedDatabase(join(vaultDir, 'kap.db'), key, { create: true });
    db.prepare('INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES (?, ?, ?, 1, 1)').run('c1', 'Built Client', 'built client');
    db.close();
  }, 60_000);
  afterAll(() => {
    removeDir(outdir);
    removeDir(vaultDir);
  });

  it('writes the worker beside main.cjs, under the name the main process resolves relative to its own file', () => {
    expect(script.NODE_ENTRY_POINTS['backup-worker']).toBe('electron/handlers/backups/backup-worker.ts');
    const main = join(outdir, 'main.cjs');
    expect(existsSync(main)).toBe(true);
    const entry = backupWorkerEntry(pathToFileURL(main).href);
    expect(entry).toEqual({ bundled: true, file: join(outdir, BUNDLED_WORKER_FILE) });
    expect(existsSync(entry.file)).toBe(true);
    // import.meta.url is the bundle's own file in CommonJS, not an empty object.
    const source = readFileSync(main, 'utf8');
    expect(source).not.toContain('import.meta');
    expect(source.split('\n')[0]).toContain('pathToFileURL(__filename)');
  });

  it('runs the built worker under plain Node: a copy with counts from the copy itself', async () => {
    const targetPath = join(vaultDir, 'copy.db');
    const answer = await ask(join(outdir, BUNDLED_WORKER_FILE), {
      id: 1,
      op: 'copy',
      databasePath: join(vaultDir, 'kap.db'),
      targetPath,
      key: Uint8Array.from(key),
    });
    expect(answer).toMatchObject({ id: 1, type: 'done', value: { counts: { clients: 1 }, comparedWithSource: true } });
    if (answer.type === 'done') expect(Object.keys(answer.value as object)).toEqual(['counts', 'schemaVersion', 'comparedWithSource']);
    expect(existsSync(targetPath)).toBe(true);
    expect(COUNTED_TABLES).toContain('clients');
  });

  it('opens the database with the nativeBinding it is given (the Electron-ABI driver in the app)', async () => {
    const answer = await ask(join(outdir, BUNDLED_WORKER_FILE), {
      id: 2,
      op: 'copy',
      databasePath: join(vaultDir, 'kap.db'),
      targetPath: join(vaultDir, 'never.db'),
      key: Uint8Array.from(key),
      nativeBinding: join(vaultDir, 'no-such-driver.node'),
    });
    expect(answer).toMatchObject({ id: 2, type: 'failed' });
    expect(existsSync(join(vaultDir, 'never.db'))).toBe(false);
  });
});
