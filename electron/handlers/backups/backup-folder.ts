import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { countRecords, vacuumInto } from '../../../db/backup-copy';
import { readSchemaVersion } from '../../../db/migrate';
import type { RecordStore } from '../../../db/record-store';
import { localCalendarDate, localCalendarMonth } from '../../../shared/calendar-date';
import { BACKUP_NAME, BACKUP_REASONS, type BackupSummary } from '../../../shared/contract/backups';
import { RpcFailure } from '../../../shared/contract/errors';
import { storageFailure } from '../../rpc/storage-failure';
import { backupDamaged, checkBackupFiles, type ExpectedBackup, hashFile } from './backup-files';
import { BackupWorker } from './backup-worker-client';
import { DATABASE_FILE_NAME, readVaultFile, VAULT_FILE_NAME, VaultFileDamagedError, vaultFilePath, verifyVaultFileIntegrity } from '../../vault/vault-file';

export const MANIFEST_FILE_NAME = 'manifest.json';
export const BACKUP_FORMAT = 'kap-companion-backup';
export const BACKUP_FORMAT_VERSION = 1;
const BACKUP_FILES = [DATABASE_FILE_NAME, VAULT_FILE_NAME] as const;

const fileEntry = z.strictObject({ bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

const manifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  appVersion: z.string().max(64),
  /** PRAGMA user_version of the copy. */
  schemaVersion: z.number().int().min(0),
  createdAt: z.iso.datetime(),
  reason: z.enum(BACKUP_REASONS),
  counts: z.record(z.string().max(64), z.number().int().min(0)),
  files: z.strictObject({ [DATABASE_FILE_NAME]: fileEntry, [VAULT_FILE_NAME]: fileEntry }),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export type BackupStep = 'copying' | 'verifying' | 'rotating';

export interface WriteBackupOptions {
  folder: string;
  vaultDir: string;
  /** The open database (the record store's); throws LOCKED once the vault has locked. */
  records: () => Pick<RecordStore, 'db'>;
  key: Uint8Array;
  /** Throws LOCKED when the vault locked since the backup began; called after every await and while the worker runs. */
  assertOpen: () => void;
  now: number;
  appVersion: string;
  reason: BackupSummary['reason'];
  /** Appended to the folder name: `-before-migration-v4` for a backup taken before a migration. */
  nameSuffix?: string;
  nativeBinding?: string;
  onProgress?: (step: BackupStep, percent: number) => void;
  /** Test seam: runs after the copy is written (the worker idle) and before it is hashed and verified. */
  afterCopy?: () => Promise<void>;
}

/** `2026-12-02T07-15-00Z`: UTC, sortable, no characters any file system refuses. */
export function backupStamp(now: number, withMillis = false): string {
  const iso = new Date(now).toISOString();
  return `${iso
    .slice(0, withMillis ? 23 : 19)
    .replaceAll(':', '-')
    .replace('.', '-')}Z`;
}

/** The time a backup's folder name carries; null for any other name. */
export function timeOfBackupName(name: string): number | null {
  if (!BACKUP_NAME.test(name)) return null;
  const match = /^kap-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z/.exec(name);
  if (!match) return null;
  const time = Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5] ?? '000'}Z`);
  return Number.isFinite(time) ? time : null;
}

/** Folder errors as closed codes whose messages speak of the backup folder and name no path. */
export function backupFailure(error: unknown): unknown {
  if (error instanceof RpcFailure) return error;
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new RpcFailure('NOT_FOUND', 'The backup folder cannot be found. Reconnect its drive, or choose the folder again in Settings.');
  }
  const storage = storageFailure(error);
  if (storage?.code === 'DISK_FULL')
    return new RpcFailure('DISK_FULL', 'The backup folder’s disk is full. No backup was made this time; free some space there.');
  if (storage?.code === 'READ_ONLY') {
    return new RpcFailure('READ_ONLY', 'The backup folder cannot be written to: it is read-only or this account lacks permission. No backup was made.');
  }
  if (storage) return storage;
  return error;
}

export function assertFolderExists(folder: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(folder).isDirectory();
  } catch (error) {
    throw backupFailure(error);
  }
  if (!isDirectory) throw new RpcFailure('NOT_FOUND', 'The backup folder cannot be found. Reconnect its drive, or choose the folder again in Settings.');
}

function fsyncPath(path: string): void {
  const descriptor = openSync(path, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

function writeFileFlushed(path: string, text: string): void {
  const descriptor = openSync(path, 'wx', 0o600);
  try {
    writeSync(descriptor, text);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

export function readManifest(backupDir: string): BackupManifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(backupDir, MANIFEST_FILE_NAME), 'utf8'));
  } catch {
    throw backupDamaged();
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) throw backupDamaged();
  return result.data;
}

export function summarize(name: string, manifest: BackupManifest): BackupSummary {
  return {
    name,
    createdAt: Date.parse(manifest.createdAt),
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    reason: manifest.reason,
    counts: manifest.counts,
  };
}

/** vault.json's HMAC under this key: the key file is the one written with the backup, unchanged. */
function verifyKeyFile(backupDir: string, key: Uint8Array): void {
  try {
    if (!verifyVaultFileIntegrity(readVaultFile(backupDir), key)) throw backupDamaged();
  } catch (error) {
    if (error instanceof VaultFileDamagedError) throw backupDamaged();
    throw error;
  }
}

/** What the manifest says the folder holds, with each file's path. */
function expectedBackup(backupDir: string, manifest: BackupManifest): ExpectedBackup {
  return {
    files: BACKUP_FILES.map((file) => ({ path: join(backupDir, file), ...manifest.files[file] })),
    databasePath: join(backupDir, DATABASE_FILE_NAME),
    schemaVersion: manifest.schemaVersion,
    counts: manifest.counts,
  };
}

/**
 * Proves a backup folder whole with the key: every file's size and SHA-256 as the manifest says,
 * vault.json's HMAC under this key, the copy opens read-only with it (no migration), PRAGMA
 * integrity_check is ok, and schema version and row counts equal the manifest's.
 */
export function verifyBackupFolder(backupDir: string, key: Uint8Array, options: { nativeBinding?: string | undefined } = {}): BackupManifest {
  const manifest = readManifest(backupDir);
  verifyKeyFile(backupDir, key);
  checkBackupFiles(expectedBackup(backupDir, manifest), key, options);
  return manifest;
}

/**
 * The same proof with the slow part (hashes, open, integrity_check, counts) in a backup worker:
 * the given one (a backup's), or one started for this and stopped afterwards (a restore's).
 */
export async function verifyBackupFolderInWorker(
  backupDir: string,
  key: Uint8Array,
  options: { nativeBinding?: string | undefined; worker?: BackupWorker; onProgress?: (fraction: number) => void } = {},
): Promise<BackupManifest> {
  const manifest = readManifest(backupDir);
  verifyKeyFile(backupDir, key);
  const worker = options.worker ?? new BackupWorker({ nativeBinding: options.nativeBinding });
  try {
    await worker.verify(expectedBackup(backupDir, manifest), key, options.onProgress);
  } finally {
    if (!options.worker) await worker.stop();
  }
  return manifest;
}

type WriteBackupNowOptions = Omit<WriteBackupOptions, 'assertOpen' | 'afterCopy'>;
type BackupWritten = { name: string; manifest: BackupManifest };

/** A name no backup in the folder has yet, and its hidden partial folder, created. */
function reserveBackupFolder(options: Pick<WriteBackupOptions, 'folder' | 'now' | 'nameSuffix'>): { name: string; partial: string } {
  const { folder } = options;
  assertFolderExists(folder);
  const suffix = options.nameSuffix ?? '';
  let name = `kap-backup-${backupStamp(options.now)}${suffix}`;
  if (existsSync(join(folder, name))) name = `kap-backup-${backupStamp(options.now, true)}${suffix}`;
  if (existsSync(join(folder, name))) throw new RpcFailure('BUSY', 'A backup was made this very moment. Try again in a second.');
  const partial = join(folder, `.${name}.partial`);
  mkdirSync(partial, { mode: 0o700 });
  return { name, partial };
}

function manifestOf(
  options: Pick<WriteBackupOptions, 'appVersion' | 'now' | 'reason'>,
  copy: { schemaVersion: number; counts: Record<string, number> },
  files: BackupManifest['files'],
): BackupManifest {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: options.appVersion,
    schemaVersion: copy.schemaVersion,
    createdAt: new Date(options.now).toISOString(),
    reason: options.reason,
    counts: copy.counts,
    files,
  };
}

/** The verified partial folder, its files flushed, takes the backup's name: only now does the folder look like a backup. */
function publishBackup(folder: string, partial: string, name: string, options: { filesFlushed: boolean }): void {
  if (!options.filesFlushed) for (const file of BACKUP_FILES) fsyncPath(join(partial, file));
  renameSync(partial, join(folder, name));
  if (process.platform !== 'win32') fsyncPath(folder);
}

/**
 * Writes and verifies one backup: VACUUM INTO a hidden `.kap-backup-….partial` folder, vault.json
 * beside it, a manifest, then the whole folder verified and only then renamed to its real name.
 * The copy, the hashing, the verification and the files' fsync run in a worker thread (backup-worker.ts), so the
 * main thread keeps answering IPC throughout; this thread chooses the name, writes the manifest,
 * renames and reports progress. `assertOpen` is asked after every step and every few milliseconds
 * while the worker runs: once the vault has locked, the worker is asked to stop (it ends the
 * statement it is in, then exits), and the partial folder is removed once it has exited, as it is
 * when anything fails. One left by a crash never has a backup's name.
 */
export async function writeBackup(options: WriteBackupOptions): Promise<BackupWritten> {
  const progress = options.onProgress ?? (() => undefined);
  const within = (step: BackupStep, from: number, to: number) => (fraction: number) => progress(step, Math.round(from + (to - from) * fraction));
  let reserved: { name: string; partial: string } | null = null;
  let worker: BackupWorker | null = null;
  let finished = false;
  try {
    reserved = reserveBackupFolder(options);
    const { name, partial } = reserved;
    progress('copying', 5);
    const databasePath = options.records().db.name;
    copyFileSync(vaultFilePath(options.vaultDir), join(partial, VAULT_FILE_NAME));
    worker = new BackupWorker({ nativeBinding: options.nativeBinding, stopIf: options.assertOpen });
    const copy = await worker.copy(databasePath, join(partial, DATABASE_FILE_NAME), options.key, within('copying', 10, 35));
    await options.afterCopy?.();
    options.assertOpen();
    const [database, vaultFile] = await worker.hash([join(partial, DATABASE_FILE_NAME), join(partial, VAULT_FILE_NAME)], within('copying', 35, 55));
    options.assertOpen();
    const manifest = manifestOf(options, copy, { [DATABASE_FILE_NAME]: database!, [VAULT_FILE_NAME]: vaultFile! });
    writeFileFlushed(join(partial, MANIFEST_FILE_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
    progress('verifying', 60);
    await verifyBackupFolderInWorker(partial, options.key, { worker, onProgress: within('verifying', 60, 88) });
    options.assertOpen();
    await worker.flush(BACKUP_FILES.map((file) => join(partial, file)));
    options.assertOpen();
    publishBackup(options.folder, partial, name, { filesFlushed: true });
    progress('verifying', 90);
    finished = true;
    return { name, manifest };
  } catch (error) {
    throw backupFailure(error);
  } finally {
    // The worker has exited before its partial folder goes: nothing writes into a folder being removed.
    await worker?.stop();
    if (reserved && !finished) rmSync(reserved.partial, { recursive: true, force: true });
  }
}

/**
 * The same backup in one go on this thread, for the moment before migrations run, when the
 * database is open but the vault is not yet: nothing else can use the vault then (the unlock that
 * opened it is waiting for this), so there is nothing for a worker to keep responsive, and no
 * other writer, so the counts read right after the copy on the same connection describe it.
 */
export function writeBackupNow(options: WriteBackupNowOptions): BackupWritten {
  let reserved: { name: string; partial: string } | null = null;
  let finished = false;
  try {
    reserved = reserveBackupFolder(options);
    const { name, partial } = reserved;
    const { db } = options.records();
    vacuumInto(db, join(partial, DATABASE_FILE_NAME));
    const copy = { counts: countRecords(db), schemaVersion: readSchemaVersion(db) };
    copyFileSync(vaultFilePath(options.vaultDir), join(partial, VAULT_FILE_NAME));
    const manifest = manifestOf(options, copy, {
      [DATABASE_FILE_NAME]: hashFile(join(partial, DATABASE_FILE_NAME)),
      [VAULT_FILE_NAME]: hashFile(join(partial, VAULT_FILE_NAME)),
    });
    writeFileFlushed(join(partial, MANIFEST_FILE_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
    verifyBackupFolder(partial, options.key, { nativeBinding: options.nativeBinding });
    publishBackup(options.folder, partial, name, { filesFlushed: false });
    finished = true;
    return { name, manifest };
  } catch (error) {
    throw backupFailure(error);
  } finally {
    if (reserved && !finished) rmSync(reserved.partial, { recursive: true, force: true });
  }
}

/** The backups in a folder (names and times), newest first; anything else there is left alone. */
export function listBackups(folder: string): { name: string; time: number }[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const time = timeOfBackupName(entry.name);
      return time !== null && existsSync(join(folder, entry.name, MANIFEST_FILE_NAME)) ? [{ name: entry.name, time }] : [];
    })
    .sort((a, b) => b.time - a.time);
}

const MIGRATION_BACKUPS_KEPT = 3;

/**
 * Which backups rotation keeps: the newest of each of the last `keepDaily` days that have one, the
 * newest of each of the last `keepMonthly` months, and always the newest of all. Backups taken
 * before a migration rotate apart: the last three are kept.
 */
export function backupsToKeep(backups: { name: string; time: number }[], keepDaily: number, keepMonthly: number): Set<string> {
  const keep = new Set<string>();
  const ordinary = backups.filter((backup) => !backup.name.includes('-before-migration-')).sort((a, b) => b.time - a.time);
  const migration = backups.filter((backup) => backup.name.includes('-before-migration-')).sort((a, b) => b.time - a.time);
  if (ordinary[0]) keep.add(ordinary[0].name);
  const days = new Set<string>();
  const months = new Set<string>();
  for (const backup of ordinary) {
    const day = localCalendarDate(backup.time);
    if (!days.has(day) && days.size < keepDaily) {
      days.add(day);
      keep.add(backup.name);
    }
    const month = localCalendarMonth(backup.time);
    if (!months.has(month) && months.size < keepMonthly) {
      months.add(month);
      keep.add(backup.name);
    }
  }
  for (const backup of migration.slice(0, MIGRATION_BACKUPS_KEPT)) keep.add(backup.name);
  return keep;
}

/** Deletes the backups rotation does not keep, and partial or half-removed folders a crash left; returns what went. */
export function rotateBackups(folder: string, keepDaily: number, keepMonthly: number): string[] {
  const backups = listBackups(folder);
  const keep = backupsToKeep(backups, keepDaily, keepMonthly);
  const removed: string[] = [];
  for (const backup of backups) {
    if (keep.has(backup.name)) continue;
    // Renamed first: a crash in the middle of removing files never leaves a half-removed folder under a backup's name.
    const removing = join(folder, `.${backup.name}.removing`);
    renameSync(join(folder, backup.name), removing);
    rmSync(removing, { recursive: true, force: true });
    removed.push(backup.name);
  }
  for (const entry of readdirSync(folder)) {
    if (entry.startsWith('.kap-backup-') && (entry.endsWith('.partial') || entry.endsWith('.removing')))
      rmSync(join(folder, entry), { recursive: true, force: true });
  }
  return removed;
}
