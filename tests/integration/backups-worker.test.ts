import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AppCore, createAppCore } from '../../electron/app-core';
import { countRecords } from '../../db/backup-copy';
import { openEncryptedDatabaseReadOnly } from '../../db/open-database';
import { verifyBackupFolder } from '../../electron/handlers/backups/backup-folder';
import { BackupWorker, backupWorkerExitCodes, liveBackupWorkers } from '../../electron/handlers/backups/backup-worker-client';
import { silentLogger } from '../../electron/logger';
import { oneFolderPlatform } from '../../electron/platform';
import type { RpcResult } from '../../shared/contract/index';
import { STRONG_PASSPHRASE } from '../support/passphrases';
import { openRawDatabase, vaultKey } from '../support/raw-database';
import { call, createVault, makeTempDir, removeDir } from '../support/temp-vault';

/**
 * Backups run in a worker thread. These tests need a vault whose copy takes a while (about 60 MB
 * of notes: VACUUM INTO takes several hundred milliseconds here), and prove what that buys: the
 * main thread answers IPC while the worker copies, a lock stops the worker, and a write landing
 * mid-copy leaves a backup that verifies. They wait on the backup's own progress (the worker says
 * when its VACUUM starts), never on the clock.
 */
const FILLER_NOTES = 6000;
const FILLER_TEXT_BYTES = 10_000;
const CLIENTS = 3;

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

function verifyCopyCounts(path: string, key: Uint8Array): Record<string, number> {
  const copy = openEncryptedDatabaseReadOnly(path, key);
  try {
    return countRecords(copy);
  } finally {
    copy.close();
  }
}

/** The percent the worker reports just before its VACUUM INTO starts, and the one it reports once the copy is written. */
const VACUUM_STARTED = 10;
const VACUUM_DONE = 30;
/** The percent the worker reports once the verification's hashes match, just before its integrity_check starts; and once it has ended. */
const INTEGRITY_CHECK_STARTED = 68;
const VERIFIED = 88;

describe('backups in a worker thread, on a vault big enough to take a while', () => {
  let template: string;
  let vaultDir: string;
  let backupDir: string;
  let core: AppCore;

  beforeAll(async () => {
    template = makeTempDir('kap-backup-worker-template-');
    const builder = createAppCore({ vaultDir: template, logger: silentLogger });
    await createVault(builder);
    await builder.close();
    const db = await openRawDatabase(template);
    try {
      const insertClient = db.prepare('INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES (?, ?, ?, 1, 1)');
      const insertNote = db.prepare(
        `INSERT INTO notes (id, client_id, kind, title, is_private, doc, words, revision, status, created_at, updated_at)
         VALUES (?, 'client-0', 'general', 'Filler', 0, ?, 1, 1, 'draft', ?, ?)`,
      );
      db.transaction(() => {
        for (let index = 0; index < CLIENTS; index++) insertClient.run(`client-${index}`, `Filler Client ${index}`, `filler client ${index}`);
        for (let index = 0; index < FILLER_NOTES; index++) {
          const doc = JSON.stringify({
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: randomBytes(FILLER_TEXT_BYTES / 2).toString('hex') }] }],
          });
          insertNote.run(`note-${index}`, doc, index + 1, index + 1);
        }
      })();
    } finally {
      db.close();
    }
  }, 120_000);
  afterAll(() => removeDir(template));

  beforeEach(async () => {
    vaultDir = makeTempDir('kap-backup-worker-vault-');
    cpSync(template, vaultDir, { recursive: true });
    backupDir = makeTempDir('kap-backup-worker-target-');
    core = createAppCore({ vaultDir, logger: silentLogger, platform: oneFolderPlatform(backupDir), now: () => Date.parse('2026-12-02T07:15:00Z') });
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    await call(core, 'backups.chooseFolder');
  });
  afterEach(async () => {
    await core.close();
    removeDir(vaultDir);
    removeDir(backupDir);
  });

  /** Starts backups.runNow; `settled` turns true once it has answered. */
  function startBackup(): { answer: Promise<RpcResult<unknown>>; settled: () => boolean } {
    let settled = false;
    const answer = core.dispatch('backups.runNow', {}).finally(() => {
      settled = true;
    });
    return { answer, settled: () => settled };
  }

  /** Event-loop turns until the backup reports a step within [from, to); fails if the backup ended first. */
  async function untilWorker(backup: { settled: () => boolean }, step: 'copying' | 'verifying', from: number, to: number): Promise<void> {
    for (;;) {
      const status = await call(core, 'backups.status');
      if (status.running?.step === step && status.running.percent >= from && status.running.percent < to) return;
      if (backup.settled()) throw new Error(`the backup ended before the worker was seen ${step}: the filler vault is too small for this machine`);
      await nextTurn();
    }
  }

  /** Until the worker reports that its VACUUM INTO has started. */
  const untilWorkerCopies = (backup: { settled: () => boolean }) => untilWorker(backup, 'copying', VACUUM_STARTED, VACUUM_DONE);

  it('answers other calls while the worker copies and verifies', async () => {
    const backup = startBackup();
    let answeredDuringBackup = 0;
    let answeredDuringVacuum = 0;
    while (!backup.settled()) {
      const list = await core.dispatch('clients.list', {});
      expect(list).toMatchObject({ ok: true });
      if (backup.settled()) break;
      answeredDuringBackup += 1;
      const status = await call(core, 'backups.status');
      // The list was answered before this status, which still says the worker's VACUUM INTO is running.
      if (status.running?.step === 'copying' && status.running.percent >= VACUUM_STARTED && status.running.percent < VACUUM_DONE) answeredDuringVacuum += 1;
      await nextTurn();
    }
    expect(await backup.answer).toMatchObject({ ok: true, value: { counts: { clients: CLIENTS, notes: FILLER_NOTES } } });
    // On the main thread, the copy and the verification each held the thread throughout: the only
    // answers came in the few pauses between steps, and none while VACUUM INTO ran.
    expect(answeredDuringVacuum).toBeGreaterThan(0);
    expect(answeredDuringBackup).toBeGreaterThan(10);
    expect(liveBackupWorkers()).toBe(0);
  });

  it('stops the worker on a lock mid-copy: no backup, no partial folder, no worker left', async () => {
    const backup = startBackup();
    await untilWorkerCopies(backup);
    expect(liveBackupWorkers()).toBe(1);
    core.lock('user');
    expect(await backup.answer).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    // Answered only once the worker had exited and its partial folder was gone.
    expect(liveBackupWorkers()).toBe(0);
    expect(readdirSync(backupDir)).toEqual([]);
    // It ended by itself once its VACUUM returned: terminating a thread inside a better-sqlite3
    // statement aborts the whole process when that statement then fails.
    expect(backupWorkerExitCodes().at(-1)).toBe(0);
    // The vault's queue is free again: unlock, and the daily backup (retried at each unlock) succeeds.
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    while ((await call(core, 'backups.status')).running || readdirSync(backupDir).length === 0) await nextTurn();
    expect(readdirSync(backupDir)).toEqual(['kap-backup-2026-12-02T07-15-00Z']);
  });

  it('stops the worker on a lock mid-verification: it ends its integrity_check, then exits by itself', async () => {
    const backup = startBackup();
    await untilWorker(backup, 'verifying', INTEGRITY_CHECK_STARTED, VERIFIED);
    core.lock('user');
    expect(await backup.answer).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(liveBackupWorkers()).toBe(0);
    expect(backupWorkerExitCodes().at(-1)).toBe(0);
    expect(readdirSync(backupDir)).toEqual([]);
  });

  it('closing the app mid-copy resolves once the worker has exited, so quitting never tears it down mid-statement', async () => {
    const backup = startBackup();
    await untilWorkerCopies(backup);
    await core.close();
    expect(liveBackupWorkers()).toBe(0);
    expect(backupWorkerExitCodes().at(-1)).toBe(0);
    expect(await backup.answer).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(readdirSync(backupDir)).toEqual([]);
  });

  it('a worker asked to stop mid-copy lets its VACUUM INTO finish and runs nothing after it', async () => {
    const key = await vaultKey(vaultDir);
    const target = join(backupDir, 'copy.db');
    const worker = new BackupWorker();
    let vacuumStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (vacuumStarted = resolve));
    try {
      const copying = worker.copy(join(vaultDir, 'kap.db'), target, key, (fraction) => {
        if (fraction >= 0.1) vacuumStarted();
      });
      const outcome = copying.then(
        () => 'answered',
        (error: Error) => error.name,
      );
      await started;
      await worker.stop();
      // The copy was written whole (the statement ran to its end), and the step after it, reading
      // the copy's counts, never ran: the request ended with the worker's own stop.
      expect(await outcome).toBe('BackupStopped');
      expect(existsSync(target)).toBe(true);
      expect(verifyCopyCounts(target, key)).toMatchObject({ clients: CLIENTS, notes: FILLER_NOTES });
      expect(backupWorkerExitCodes().at(-1)).toBe(0);
      expect(liveBackupWorkers()).toBe(0);
    } finally {
      key.fill(0);
    }
  });

  it('leaves a backup that verifies when a client is written while the worker copies', async () => {
    const backup = startBackup();
    await untilWorkerCopies(backup);
    const created = await call(core, 'clients.create', { displayName: 'Written Mid-Copy' });
    expect(backup.settled()).toBe(false);
    const answer = await backup.answer;
    expect(answer).toMatchObject({ ok: true });
    if (!answer.ok) return;
    const summary = answer.value as { name: string; counts: Record<string, number> };
    expect(await call(core, 'clients.get', { id: created.id })).toMatchObject({ displayName: 'Written Mid-Copy' });
    const key = await vaultKey(vaultDir);
    try {
      // The manifest counts the copy (the snapshot VACUUM INTO read), not the vault as it stood when
      // the copy ended: almost always without the client, since the worker's VACUUM has begun reading
      // before the main thread hears that it started; with it only if the worker was slow to begin.
      const copy = openEncryptedDatabaseReadOnly(join(backupDir, summary.name, 'kap.db'), key);
      let clientsInCopy: number;
      try {
        clientsInCopy = countRecords(copy).clients!;
      } finally {
        copy.close();
      }
      expect([CLIENTS, CLIENTS + 1]).toContain(clientsInCopy);
      expect(summary.counts.clients).toBe(clientsInCopy);
      expect(verifyBackupFolder(join(backupDir, summary.name), key).counts).toMatchObject({ clients: clientsInCopy, notes: FILLER_NOTES });
    } finally {
      key.fill(0);
    }
  });
});
