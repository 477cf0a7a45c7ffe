import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { migrate } from '../../db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations/index';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectBackupDatabase } from '../../db/backup-copy';
import { type AppCore, createAppCore } from '../../electron/app-core';
import { backupsToKeep, backupStamp, verifyBackupFolder } from '../../electron/handlers/backups/backup-folder';
import { silentLogger } from '../../electron/logger';
import { oneFolderPlatform } from '../../electron/platform';
import { wrapDatabaseKey } from '../../electron/vault/key-wrapping';
import { sealVaultFile, writeVaultFiles } from '../../electron/vault/vault-file';
import { call, createVault, makeTempDir, removeDir } from '../support/temp-vault';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE } from '../support/passphrases';
import { vaultKey } from '../support/raw-database';
import { mountSmallDisk, SMALL_DISK_SKIPPED, type SmallDisk } from '../support/small-disk';

const SENTINEL = 'Zanzibar-Quokka-7f3e91-Backup';
const DAY = 24 * 60 * 60 * 1000;

function backupNames(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.startsWith('kap-backup-'))
    .sort();
}

/** The daily backup runs beside the unlock; wait until it has finished. */
async function settled(core: AppCore): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const status = await call(core, 'backups.status');
    if (!status.running) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the backup did not finish');
}

describe('backups and restore on real encrypted files', () => {
  let vaultDir: string;
  let backupDir: string;
  let clock: number;
  let core: AppCore;
  let afterCopy: (() => Promise<void>) | undefined;

  const makeCore = () =>
    createAppCore({
      vaultDir,
      logger: silentLogger,
      platform: oneFolderPlatform(backupDir),
      now: () => clock,
      appVersion: '9.9.9-test',
      afterBackupCopy: () => afterCopy?.() ?? Promise.resolve(),
    });

  beforeEach(async () => {
    vaultDir = makeTempDir('kap-backup-vault-');
    backupDir = makeTempDir('kap-backup-target-');
    clock = Date.parse('2026-12-02T07:15:00Z');
    afterCopy = undefined;
    core = makeCore();
    await createVault(core);
  });
  afterEach(async () => {
    await core.close();
    removeDir(vaultDir);
    removeDir(backupDir);
  });

  it('makes a verified backup with a manifest, and restores it over changed records', async () => {
    const kept = await call(core, 'clients.create', { displayName: 'Robin Before' });
    expect(await core.dispatch('backups.runNow', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const status = await call(core, 'backups.chooseFolder');
    expect(status.folder).toBe(backupDir);

    const summary = await call(core, 'backups.runNow');
    expect(summary).toMatchObject({
      name: 'kap-backup-2026-12-02T07-15-00Z',
      reason: 'manual',
      appVersion: '9.9.9-test',
      schemaVersion: LATEST_SCHEMA_VERSION,
    });
    expect(summary.counts.clients).toBe(1);
    expect(backupNames(backupDir)).toEqual(['kap-backup-2026-12-02T07-15-00Z']);
    expect(readdirSync(backupDir).filter((name) => name.endsWith('.partial'))).toEqual([]);
    const backup = join(backupDir, summary.name);
    expect(readdirSync(backup).sort()).toEqual(['kap.db', 'manifest.json', 'vault.json']);
    const manifest = JSON.parse(readFileSync(join(backup, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      format: 'kap-companion-backup',
      formatVersion: 1,
      schemaVersion: LATEST_SCHEMA_VERSION,
      createdAt: '2026-12-02T07:15:00.000Z',
    });
    expect(manifest.files['kap.db'].sha256).toMatch(/^[0-9a-f]{64}$/);
    verifyBackupFolder(backup, await vaultKey(vaultDir));
    expect((await call(core, 'backups.status')).lastGoodAt).toBe(clock);

    // Change the records after the backup.
    await call(core, 'clients.update', { id: kept.id, displayName: 'Robin After', preferredName: null, pronouns: null, dateOfBirth: null, about: null });
    await call(core, 'clients.create', { displayName: 'Added After' });

    const chosen = await call(core, 'restore.chooseBackup');
    expect(chosen.backups.map((b) => b.name)).toEqual([summary.name]);
    const inspected = await call(core, 'restore.inspect', { using: 'passphrase', name: summary.name, passphrase: STRONG_PASSPHRASE });
    expect(inspected.backup.counts.clients).toBe(1);
    expect(inspected.current?.counts.clients).toBe(2);

    clock += 60_000;
    const restored = await call(core, 'restore.confirm', { using: 'passphrase', name: summary.name, passphrase: STRONG_PASSPHRASE });
    expect(restored.setAsideFolder).toMatch(/^replaced-2026-12-02T07-16-00-000Z$/);
    expect(await call(core, 'vault.status')).toEqual({ state: 'unlocked' });
    expect(await call(core, 'clients.get', { id: kept.id })).toMatchObject({ displayName: 'Robin Before' });
    expect(existsSync(join(vaultDir, restored.setAsideFolder, 'kap.db'))).toBe(true);
    expect(existsSync(join(vaultDir, restored.setAsideFolder, 'vault.json'))).toBe(true);
    await settled(core);
  });

  it('keeps the backup encrypted: no plaintext, and only the same key opens it', async () => {
    await call(core, 'clients.create', { displayName: SENTINEL, about: `Lives near ${SENTINEL}` });
    await call(core, 'backups.chooseFolder');
    const { name } = await call(core, 'backups.runNow');
    for (const file of readdirSync(join(backupDir, name))) {
      const bytes = readFileSync(join(backupDir, name, file));
      for (const needle of [Buffer.from(SENTINEL, 'utf8'), Buffer.from(SENTINEL, 'utf16le')]) expect(bytes.includes(needle), file).toBe(false);
    }
    const key = await vaultKey(vaultDir);
    expect(inspectBackupDatabase(join(backupDir, name, 'kap.db'), key)).toMatchObject({ integrityOk: true });
    const otherKey = Buffer.alloc(32, 7);
    expect(() => inspectBackupDatabase(join(backupDir, name, 'kap.db'), otherKey)).toThrow(/could not be read/);
    expect(await core.dispatch('restore.chooseBackup', {})).toMatchObject({ ok: true });
    expect(await core.dispatch('restore.inspect', { using: 'passphrase', name, passphrase: OTHER_STRONG_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_SECRET' },
    });
  });

  it('refuses a backup with one changed byte', async () => {
    await call(core, 'backups.chooseFolder');
    const { name } = await call(core, 'backups.runNow');
    const path = join(backupDir, name, 'kap.db');
    const bytes = readFileSync(path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0x01, bytes.length - 100);
    writeFileSync(path, bytes);
    const key = await vaultKey(vaultDir);
    expect(() => verifyBackupFolder(join(backupDir, name), key)).toThrow(expect.objectContaining({ code: 'VAULT_DAMAGED' }));
    await call(core, 'restore.chooseBackup');
    expect(await core.dispatch('restore.confirm', { using: 'passphrase', name, passphrase: STRONG_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_DAMAGED' },
    });
    // Nothing of the current vault moved.
    expect(readdirSync(vaultDir).filter((entry) => entry.startsWith('replaced-'))).toEqual([]);
    expect(await call(core, 'vault.status')).toEqual({ state: 'unlocked' });
  });

  it('discards a backup when the vault locks while it is being written', async () => {
    await call(core, 'backups.chooseFolder');
    afterCopy = () => {
      core.lock('user');
      return Promise.resolve();
    };
    expect(await core.dispatch('backups.runNow', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(readdirSync(backupDir)).toEqual([]);
    afterCopy = undefined;
    // Retried at the next unlock: the daily backup.
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    await settled(core);
    expect(backupNames(backupDir)).toHaveLength(1);
  });

  it('makes the daily backup once per day, at the first unlock', async () => {
    await call(core, 'backups.chooseFolder');
    core.lock('user');
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    await settled(core);
    expect(backupNames(backupDir)).toEqual(['kap-backup-2026-12-02T07-15-00Z']);
    core.lock('user');
    clock += 60 * 60 * 1000;
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    await settled(core);
    expect(backupNames(backupDir)).toHaveLength(1);
    core.lock('user');
    clock += DAY;
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    await settled(core);
    expect(backupNames(backupDir)).toEqual(['kap-backup-2026-12-02T07-15-00Z', 'kap-backup-2026-12-03T08-15-00Z']);
    const status = await call(core, 'backups.status');
    expect(status).toMatchObject({ lastGoodAt: clock, lastFailure: null, running: null });
  });

  it('rotates: the newest of the last days and months, and always the newest', async () => {
    await call(core, 'backups.chooseFolder');
    await call(core, 'settings.update', { backupKeepDaily: 3, backupKeepMonthly: 2 });
    const start = Date.parse('2026-10-20T12:00:00Z');
    for (let day = 0; day < 50; day += 1) {
      clock = start + day * DAY;
      await call(core, 'backups.runNow');
      if (day === 49) {
        clock += 1000;
        await call(core, 'backups.runNow');
      }
    }
    expect(backupNames(backupDir)).toEqual([
      // newest of November (the month before the last)
      'kap-backup-2026-11-30T12-00-00Z',
      // the last three days; the 8th is also December's newest
      'kap-backup-2026-12-06T12-00-00Z',
      'kap-backup-2026-12-07T12-00-00Z',
      'kap-backup-2026-12-08T12-00-01Z',
    ]);
    // A hang guard, not a timing goal: 51 verified backups, each in a worker, take long on a busy machine.
  }, 180_000);

  it('keeps the newest backup of each day and month in the rotation rule', () => {
    const at = (iso: string) => ({ name: `kap-backup-${backupStamp(Date.parse(iso))}`, time: Date.parse(iso) });
    const list = [at('2026-12-02T10:00:00Z'), at('2026-12-02T09:00:00Z'), at('2026-12-01T10:00:00Z'), at('2026-11-15T10:00:00Z'), at('2026-10-15T10:00:00Z')];
    expect([...backupsToKeep(list, 1, 12)].sort()).toEqual([list[4]!.name, list[3]!.name, list[0]!.name].sort());
    expect([...backupsToKeep(list, 2, 0)].sort()).toEqual([list[2]!.name, list[0]!.name].sort());
  });

  it('says NOT_FOUND when the folder is gone, and keeps the failure for Settings', async () => {
    const gone = join(backupDir, 'unplugged');
    mkdirSync(gone);
    await core.close();
    core = createAppCore({ vaultDir, logger: silentLogger, platform: oneFolderPlatform(gone), now: () => clock });
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    await call(core, 'backups.chooseFolder');
    removeDir(gone);
    const result = await core.dispatch('backups.runNow', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    if (!result.ok) expect(result.error.message).not.toContain(gone);
    expect((await call(core, 'backups.status')).lastFailure).toMatchObject({ code: 'NOT_FOUND', at: clock });
  });

  describe('on mounted file systems (root bypasses chmod, so a read-only and a tiny tmpfs stand in)', () => {
    let disk: SmallDisk | null = null;
    afterEach(() => {
      disk?.unmount();
      disk = null;
    });

    const useFolder = async (folder: string) => {
      await core.close();
      core = createAppCore({ vaultDir, logger: silentLogger, platform: oneFolderPlatform(folder), now: () => clock });
      await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
      await call(core, 'backups.chooseFolder');
    };

    it('says READ_ONLY for a read-only folder and leaves nothing there', async (context) => {
      const small = (disk = mountSmallDisk('1m'));
      if (!small) return context.skip(SMALL_DISK_SKIPPED);
      small.readOnly();
      await useFolder(small.dir);
      expect(await core.dispatch('backups.runNow', {})).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
      expect(readdirSync(small.dir)).toEqual([]);
    });

    it('says DISK_FULL for a full disk and leaves nothing that looks like a backup', async (context) => {
      const small = (disk = mountSmallDisk('48k'));
      if (!small) return context.skip(SMALL_DISK_SKIPPED);
      await call(core, 'clients.create', { displayName: 'x'.repeat(150), about: 'y'.repeat(1900) });
      await useFolder(small.dir);
      expect(await core.dispatch('backups.runNow', {})).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
      expect(readdirSync(small.dir)).toEqual([]);
    });
  });

  it('restores from the lock screen when the current database is damaged, with the recovery code', async () => {
    await core.close();
    removeDir(vaultDir);
    vaultDir = makeTempDir('kap-backup-vault-');
    core = makeCore();
    const code = await createVault(core);
    const client = await call(core, 'clients.create', { displayName: 'Kept Safe' });
    await call(core, 'backups.chooseFolder');
    const { name } = await call(core, 'backups.runNow');
    core.lock('user');
    writeFileSync(join(vaultDir, 'kap.db'), Buffer.alloc(8192, 1));
    expect(await core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'VAULT_DAMAGED' } });

    const chosen = await call(core, 'restore.chooseBackup');
    expect(chosen.backups.map((b) => b.name)).toEqual([name]);
    expect(await call(core, 'restore.inspect', { using: 'recoveryCode', name, recoveryCode: code })).toMatchObject({ current: null });
    expect(await core.dispatch('restore.confirm', { using: 'recoveryCode', name, recoveryCode: code })).toMatchObject({
      ok: false,
      error: { code: 'INVALID' },
    });
    await call(core, 'restore.confirm', { using: 'recoveryCode', name, recoveryCode: code, newPassphrase: OTHER_STRONG_PASSPHRASE });
    expect(await call(core, 'clients.get', { id: client.id })).toMatchObject({ displayName: 'Kept Safe' });
    core.lock('user');
    await call(core, 'vault.unlock', { passphrase: OTHER_STRONG_PASSPHRASE });
    await settled(core);
  });

  describe('before migrations', () => {
    /** A vault written by an older app: schema 2, with the backup folder already chosen (or not). */
    async function olderVault(folder: string | null): Promise<void> {
      await core.close();
      removeDir(vaultDir);
      vaultDir = makeTempDir('kap-backup-vault-');
      const key = randomBytes(32);
      const db = new Database(join(vaultDir, 'kap.db'));
      db.pragma(`cipher = 'sqlcipher'`);
      db.pragma('legacy = 4');
      db.pragma(`key = "x'${key.toString('hex')}'"`);
      migrate(db, MIGRATIONS.slice(0, 2));
      db.prepare('INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES (?, ?, ?, 1, 1)').run(
        'c1',
        'Older Client',
        'older client',
      );
      if (folder) db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('backup.folder', JSON.stringify(folder));
      db.close();
      const wraps = {
        passphrase: await wrapDatabaseKey(key, STRONG_PASSPHRASE, 'passphrase'),
        recovery: await wrapDatabaseKey(key, 'ABCDABCDABCDABCDABCDABCDABCD', 'recovery'),
      };
      writeVaultFiles(vaultDir, sealVaultFile(wraps, key));
      core = makeCore();
    }

    it('backs the vault up, verified, before the first migration runs', async () => {
      await olderVault(backupDir);
      await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
      await settled(core);
      const names = backupNames(backupDir);
      const before = names.find((name) => name.endsWith(`-before-migration-v${LATEST_SCHEMA_VERSION}`));
      expect(before).toBeDefined();
      const manifest = JSON.parse(readFileSync(join(backupDir, before!, 'manifest.json'), 'utf8'));
      expect(manifest).toMatchObject({ reason: 'migration', schemaVersion: 2, counts: { clients: 1 } });
      verifyBackupFolder(join(backupDir, before!), await vaultKey(vaultDir));
      // The daily backup follows, after the migration.
      expect(names.filter((name) => !name.includes('migration'))).toHaveLength(1);
      // No second backup before migration at the next unlock: nothing is left to migrate.
      core.lock('user');
      await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
      expect(backupNames(backupDir).filter((name) => name.includes('migration'))).toHaveLength(1);
    });

    it('keeps it inside the vault folder when no backup folder was chosen', async () => {
      await olderVault(null);
      await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
      const inside = join(vaultDir, 'backups-before-migration');
      expect(backupNames(inside)).toEqual([expect.stringMatching(new RegExp(`-before-migration-v${LATEST_SCHEMA_VERSION}$`))]);
    });
  });
});
