import { copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, closeSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { countRecords } from '../../../db/backup-copy';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations/index';
import type { MigrationsAboutToRun } from '../../../db/open-database';
import { SettingsRepository } from '../../../db/settings-repository';
import type { RecordStore } from '../../../db/record-store';
import { BACKUP_NAME, type BackupStatus, type BackupSummary } from '../../../shared/contract/backups';
import { ERROR_CODES, RpcFailure } from '../../../shared/contract/errors';
import { evaluatePassphrase } from '../../../shared/vault/passphrase-strength';
import { normalizeRecoveryCode } from '../../../shared/vault/recovery-code';
import type { Logger } from '../../logger';
import { describeErrorWithoutContent } from '../../rpc/dispatch';
import type { Platform } from '../../platform';
import { deriveWrappingKey, type KeyDerivation, unwrapDatabaseKey } from '../../vault/key-wrapping';
import { DATABASE_FILE_NAME, readVaultFile, VAULT_FILE_NAME, VaultFileDamagedError } from '../../vault/vault-file';
import type { Vault } from '../../vault/vault';
import { readSettings } from '../settings/settings-handlers';
import {
  backupStamp,
  type BackupStep,
  listBackups,
  MANIFEST_FILE_NAME,
  readManifest,
  rotateBackups,
  summarize,
  writeBackup,
  writeBackupNow,
  verifyBackupFolderInWorker,
} from './backup-folder';

/** Kept in the settings table, apart from the settings the renderer may change: the renderer never names a path. */
const FOLDER_KEY = 'backup.folder';
const LAST_GOOD_KEY = 'backup.lastGoodAt';
const LAST_FAILURE_KEY = 'backup.lastFailure';
/** Inside the vault folder: where the backup before a migration goes when the backup folder cannot take it. */
export const MIGRATION_FALLBACK_FOLDER = 'backups-before-migration';

export interface BackupServiceOptions {
  vault: Vault;
  vaultDir: string;
  nativeBinding?: string;
  now: () => number;
  appVersion: string;
  logger: Logger;
  deriveKey?: KeyDerivation;
  /** Test seam: runs after each backup's copy is written, before it is verified. */
  afterCopy?: () => Promise<void>;
}

export type RestoreSecret =
  { using: 'passphrase'; name: string; passphrase: string } | { using: 'recoveryCode'; name: string; recoveryCode: string; newPassphrase?: string | undefined };

function sameLocalDay(a: number, b: number): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}

/**
 * Backups (by hand, on the first unlock of each day) and restore. One backup or restore at a
 * time; backups run on the vault's queue with a copy of the key, so a lock landing mid-way
 * discards the backup instead of leaving it looking valid.
 */
export class BackupService {
  private running: { step: BackupStep; percent: number } | null = null;
  private busy = false;
  /** The backups found in the folder the therapist chose to restore from: name -> folder. */
  private restoreChoices = new Map<string, string>();

  constructor(private readonly options: BackupServiceOptions) {}

  status(records: RecordStore): BackupStatus {
    const folder = records.settings.get(FOLDER_KEY);
    const lastGoodAt = records.settings.get(LAST_GOOD_KEY);
    const failure = records.settings.get(LAST_FAILURE_KEY) as { at?: unknown; code?: unknown; message?: unknown } | undefined;
    const validFailure =
      failure && typeof failure.at === 'number' && typeof failure.message === 'string' && (ERROR_CODES as readonly unknown[]).includes(failure.code)
        ? { at: failure.at, code: failure.code as (typeof ERROR_CODES)[number], message: failure.message }
        : null;
    return {
      folder: typeof folder === 'string' ? folder : null,
      lastGoodAt: typeof lastGoodAt === 'number' ? lastGoodAt : null,
      lastFailure: validFailure,
      running: this.running,
    };
  }

  async chooseFolder(platform: Platform, records: () => RecordStore): Promise<BackupStatus> {
    const folder = await platform.chooseFolder({ title: 'Choose where backups go' });
    const store = records();
    if (folder) store.settings.put(FOLDER_KEY, folder);
    return this.status(store);
  }

  /** Makes, verifies and rotates one backup; records the outcome for Settings and the client list. */
  async run(reason: BackupSummary['reason'] = 'manual'): Promise<BackupSummary> {
    const { vault } = this.options;
    const folder = vault.records().settings.get(FOLDER_KEY);
    if (typeof folder !== 'string') throw new RpcFailure('NOT_FOUND', 'Choose a backup folder in Settings first.');
    if (this.busy) throw new RpcFailure('BUSY', 'A backup or restore is already running. Try again when it ends.');
    this.busy = true;
    this.running = { step: 'copying', percent: 0 };
    try {
      const written = await vault.withKey(async (key, assertOpen) => {
        const result = await writeBackup({
          folder,
          vaultDir: this.options.vaultDir,
          records: () => vault.records(),
          key,
          assertOpen,
          now: this.options.now(),
          appVersion: this.options.appVersion,
          reason,
          nativeBinding: this.options.nativeBinding,
          onProgress: (step, percent) => {
            this.running = { step, percent };
          },
          afterCopy: this.options.afterCopy,
        });
        assertOpen();
        return result;
      });
      const store = vault.records();
      store.settings.put(LAST_GOOD_KEY, Date.parse(written.manifest.createdAt));
      store.settings.put(LAST_FAILURE_KEY, null);
      store.audit.append({ at: this.options.now(), kind: 'backup-made', detail: { reason, backup: written.name } });
      this.running = { step: 'rotating', percent: 95 };
      try {
        const settings = readSettings(store);
        rotateBackups(folder, settings.backupKeepDaily, settings.backupKeepMonthly);
      } catch (error) {
        // The backup is good; a rotation that failed is tried again after the next one.
        this.options.logger.error(`backups rotation: ${describeErrorWithoutContent(error)}`);
      }
      return summarize(written.name, written.manifest);
    } catch (error) {
      this.recordFailure(error);
      throw error;
    } finally {
      this.busy = false;
      this.running = null;
    }
  }

  /**
   * Before migrations run on an existing vault (the database open and keyed, nothing migrated yet):
   * a verified backup, named `…-before-migration-v<new version>`, in the backup folder, or if there is
   * none or it fails, in `backups-before-migration/` inside the vault folder. VACUUM INTO rather than
   * a copy of the closed files: it needs no other reader of the files, folds in a WAL a crash left
   * behind, and is verified by the same code as every other backup. If neither place can take it, the
   * open is refused and nothing is migrated.
   */
  backupBeforeMigrations({ db, key, toVersion }: MigrationsAboutToRun): void {
    const configured = new SettingsRepository(db).get(FOLDER_KEY);
    const fallback = join(this.options.vaultDir, MIGRATION_FALLBACK_FOLDER);
    const targets = typeof configured === 'string' ? [configured, fallback] : [fallback];
    let failure: unknown = null;
    for (const folder of targets) {
      try {
        if (folder === fallback) mkdirSync(fallback, { recursive: true, mode: 0o700 });
        writeBackupNow({
          folder,
          vaultDir: this.options.vaultDir,
          records: () => ({ db }),
          key,
          now: this.options.now(),
          appVersion: this.options.appVersion,
          reason: 'migration',
          nameSuffix: `-before-migration-v${toVersion}`,
          nativeBinding: this.options.nativeBinding,
        });
        rotateBackups(folder, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
        return;
      } catch (error) {
        failure = error;
        this.options.logger.error(`backups before migration: ${error instanceof RpcFailure ? error.code : describeErrorWithoutContent(error)}`);
      }
    }
    throw failure instanceof RpcFailure
      ? new RpcFailure(
          failure.code,
          `This version of the app updates the vault, and backs it up first; that backup failed, so nothing was changed. ${failure.message}`,
        )
      : failure;
  }

  /** On every unlock: the first backup of the day, retried at each unlock until one succeeds. */
  afterUnlock(): void {
    const { vault } = this.options;
    if (vault.state !== 'unlocked') return;
    const store = vault.records();
    const { folder, lastGoodAt } = this.status(store);
    if (!folder || (lastGoodAt !== null && sameLocalDay(lastGoodAt, this.options.now()))) return;
    this.run('daily').catch((error: unknown) => {
      this.options.logger.error(`backups daily: ${error instanceof RpcFailure ? error.code : describeErrorWithoutContent(error)}`);
    });
  }

  private recordFailure(error: unknown): void {
    const { vault } = this.options;
    if (vault.state !== 'unlocked') return;
    const failure = error instanceof RpcFailure ? error : new RpcFailure('INTERNAL', 'The backup failed for an unexpected reason. It will be tried again.');
    try {
      vault.records().settings.put(LAST_FAILURE_KEY, { at: this.options.now(), code: failure.code, message: failure.message });
    } catch (writeError) {
      this.options.logger.error(`backups status: ${describeErrorWithoutContent(writeError)}`);
    }
  }

  /** Lists the backups in the chosen folder (or the chosen backup itself), newest first. */
  async chooseBackup(platform: Platform): Promise<{ cancelled: boolean; backups: BackupSummary[] }> {
    const folder = await platform.chooseFolder({ title: 'Choose a backup to restore' });
    if (!folder) return { cancelled: true, backups: [] };
    const found = new Map<string, string>();
    const name = folder.split(/[\\/]/).filter(Boolean).at(-1) ?? '';
    if (BACKUP_NAME.test(name) && existsSync(join(folder, MANIFEST_FILE_NAME))) {
      found.set(name, folder);
    } else {
      let listed: { name: string }[];
      try {
        listed = listBackups(folder);
      } catch {
        throw new RpcFailure('NOT_FOUND', 'That folder cannot be read. Choose the backup folder again.');
      }
      for (const backup of listed) found.set(backup.name, join(folder, backup.name));
    }
    this.restoreChoices = found;
    const backups = [...found].flatMap(([backupName, path]) => {
      try {
        return [summarize(backupName, readManifest(path))];
      } catch {
        return [];
      }
    });
    return { cancelled: false, backups: backups.sort((a, b) => b.createdAt - a.createdAt) };
  }

  /** Unlocks the chosen backup with its own secret and verifies it whole; the current vault's counts beside it. */
  async inspect(secret: RestoreSecret): Promise<{ backup: BackupSummary; current: { counts: Record<string, number> } | null }> {
    const path = this.choice(secret.name);
    const key = await this.unwrapBackupKey(path, secret);
    try {
      const manifest = await verifyBackupFolderInWorker(path, key, { nativeBinding: this.options.nativeBinding });
      const { vault } = this.options;
      const current = vault.state === 'unlocked' ? { counts: countRecords(vault.records().db) } : null;
      return { backup: summarize(secret.name, manifest), current };
    } finally {
      key.fill(0);
    }
  }

  /**
   * Restores over the current vault: verifies the backup again, locks, moves every file of the
   * current vault into `replaced-<time>/` (never deleted), copies the backup's database and key file
   * in, and opens the restored vault with the secret given.
   */
  async restore(secret: RestoreSecret, lock: () => void): Promise<{ setAsideFolder: string }> {
    if (secret.using === 'recoveryCode') {
      if (!secret.newPassphrase) throw new RpcFailure('INVALID', 'newPassphrase: Required');
      const strength = evaluatePassphrase(secret.newPassphrase);
      if (!strength.acceptable) throw new RpcFailure('INVALID', strength.reason ?? 'Choose a stronger passphrase.');
    }
    if (this.busy) throw new RpcFailure('BUSY', 'A backup or restore is already running. Try again when it ends.');
    this.busy = true;
    try {
      const path = this.choice(secret.name);
      const key = await this.unwrapBackupKey(path, secret);
      let manifest;
      try {
        manifest = await verifyBackupFolderInWorker(path, key, { nativeBinding: this.options.nativeBinding });
      } finally {
        key.fill(0);
      }
      if (manifest.schemaVersion > LATEST_SCHEMA_VERSION) {
        throw new RpcFailure('VAULT_TOO_NEW', 'This backup was made by a newer version of KAP Companion. Update the app to restore it; nothing was changed.');
      }
      lock();
      const setAsideFolder = this.swapInBackup(path);
      const { vault } = this.options;
      if (secret.using === 'passphrase') await vault.unlock(secret.passphrase);
      else await vault.recover(secret.recoveryCode, secret.newPassphrase!);
      // Written into the restored vault: its own chain goes on from the backup's last entry.
      vault.records().audit.append({ at: this.options.now(), kind: 'backup-restored', detail: { backup: secret.name, using: secret.using } });
      this.restoreChoices.clear();
      return { setAsideFolder };
    } finally {
      this.busy = false;
    }
  }

  private choice(name: string): string {
    const path = this.restoreChoices.get(name);
    if (!path) throw new RpcFailure('NOT_FOUND', 'That backup is no longer listed. Choose the backup folder again.');
    return path;
  }

  private async unwrapBackupKey(path: string, secret: RestoreSecret): Promise<Buffer> {
    let file;
    try {
      file = readVaultFile(path);
    } catch (error) {
      if (error instanceof VaultFileDamagedError) {
        throw new RpcFailure('VAULT_DAMAGED', 'The backup did not verify: its files are damaged or were changed. It was not used.');
      }
      throw error;
    }
    const derive = this.options.deriveKey ?? deriveWrappingKey;
    if (secret.using === 'passphrase') {
      const key = await unwrapDatabaseKey(file.wraps.passphrase, secret.passphrase, 'passphrase', derive);
      if (!key) throw new RpcFailure('WRONG_SECRET', 'That passphrase does not open this backup. Use the one in use when it was made.');
      return key;
    }
    const canonical = normalizeRecoveryCode(secret.recoveryCode);
    const key = canonical ? await unwrapDatabaseKey(file.wraps.recovery, canonical, 'recovery', derive) : null;
    if (!key) throw new RpcFailure('WRONG_SECRET', 'That recovery code does not open this backup. Use the one in use when it was made.');
    return key;
  }

  /** Moves the current files aside and copies the backup in; puts the old files back if the copy fails. */
  private swapInBackup(backupDir: string): string {
    const { vaultDir } = this.options;
    mkdirSync(vaultDir, { recursive: true, mode: 0o700 });
    const setAsideName = `replaced-${backupStamp(this.options.now(), true)}`;
    const setAside = join(vaultDir, setAsideName);
    const moved: string[] = [];
    let copying = false;
    try {
      mkdirSync(setAside, { mode: 0o700 });
      for (const entry of readdirSync(vaultDir)) {
        // kap.db and its -wal/-shm, vault.json and any other generation or temporary copy of the key file.
        if (!entry.startsWith(DATABASE_FILE_NAME) && !entry.startsWith('vault')) continue;
        renameSync(join(vaultDir, entry), join(setAside, entry));
        moved.push(entry);
      }
      copying = true;
      // The key file last: until it is in place the folder holds no vault that could be opened half-restored.
      for (const file of [DATABASE_FILE_NAME, VAULT_FILE_NAME]) {
        const temporary = join(vaultDir, `.${file}.restoring`);
        copyFileSync(join(backupDir, file), temporary);
        const descriptor = openSync(temporary, 'r+');
        try {
          fsyncSync(descriptor);
        } finally {
          closeSync(descriptor);
        }
        renameSync(temporary, join(vaultDir, file));
      }
      return setAsideName;
    } catch (error) {
      // Put the current vault back as it was; what was copied in so far goes aside, marked incomplete.
      if (copying) {
        for (const name of [DATABASE_FILE_NAME, VAULT_FILE_NAME, `.${DATABASE_FILE_NAME}.restoring`, `.${VAULT_FILE_NAME}.restoring`]) {
          if (existsSync(join(vaultDir, name))) renameSync(join(vaultDir, name), join(setAside, `${name.replace(/^\./, '')}.incomplete`));
        }
      }
      for (const entry of moved) renameSync(join(setAside, entry), join(vaultDir, entry));
      throw error;
    }
  }
}
