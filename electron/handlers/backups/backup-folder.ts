import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { countRecords, inspectBackupDatabase, vacuumInto } from '../../../db/backup-copy';
import { DatabaseUnreadableError } from '../../../db/database-errors';
import { readSchemaVersion } from '../../../db/migrate';
import type { RecordStore } from '../../../db/record-store';
import { localCalendarDate, localCalendarMonth } from '../../../shared/calendar-date';
import { BACKUP_NAME, BACKUP_REASONS, type BackupSummary } from '../../../shared/contract/backups';
import { RpcFailure } from '../../../shared/contract/errors';
import { storageFailure } from '../../rpc/storage-failure';
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
  /** Throws LOCKED when the vault locked since the backup began; called after every await. */
  assertOpen: () => void;
  now: number;
  appVersion: string;
  reason: BackupSummary['reason'];
  /** Appended to the folder name: `-before-migration-v4` for a backup taken before a migration. */
  nameSuffix?: string;
  nativeBinding?: string;
  onProgress?: (step: BackupStep, percent: number) => void;
  /** Test seam: runs after the copy is written and before it is verified. */
  afterCopy?: () => Promise<void>;
}

/** `2026-12-02T07-15-00Z`: UTC, sortable, no characters any file system refuses. */
export function backupStamp(now: number, withMillis = false): string {
  const iso = new Date(now).toISOString();
  return `${iso.slice(0, withMillis ? 23 : 19).replaceAll(':', '-').replace('.', '-')}Z`;
}

/** The time a backup's folder name carries; null for any other name. */
export function timeOfBackupName(name: string): number | null {
  if (!BACKUP_NAME.test(name)) return null;
  const match = /^kap-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z/.exec(name);
  if (!match) return null;
  const time = Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5] ?? '000'}Z`);
  return Number.isFinite(time) ? time : null;
}

function backupDamaged(): RpcFailure {
  return new RpcFailure('VAULT_DAMAGED', 'The backup did not verify: its files are damaged or were changed. It was not used.');
}

/** Folder errors as closed codes whose messages speak of the backup folder and name no path. */
export function backupFailure(error: unknown): unknown {
  if (error instanceof RpcFailure) return error;
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new RpcFailure('NOT_FOUND', 'The backup folder cannot be found. Reconnect its drive, or choose the folder again in Settings.');
  }
  const storage = storageFailure(error);
  if (storage?.code === 'DISK_FULL') return new RpcFailure('DISK_FULL', 'The backup folder’s disk is full. No backup was made this time; free some space there.');
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

/** Read in 1 MiB chunks: a large vault is never held in memory whole. */
export function hashFile(path: string): { bytes: number; sha256: string } {
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(1024 * 1024);
  const descriptor = openSync(path, 'r');
  let bytes = 0;
  try {
    for (;;) {
      const read = readSync(descriptor, chunk, 0, chunk.length, null);
      if (read === 0) break;
      bytes += read;
      hash.update(chunk.subarray(0, read));
    }
  } finally {
    closeSync(descriptor);
  }
  return { bytes, sha256: hash.digest('hex') };
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

/**
 * Proves a backup folder whole with the key: every file's size and SHA-256 as the manifest says,
 * vault.json's HMAC under this key, the copy opens read-only with it (no migration), PRAGMA
 * integrity_check is ok, and schema version and row counts equal the manifest's.
 */
export function verifyBackupFolder(backupDir: string, key: Uint8Array, options: { nativeBinding?: string } = {}): BackupManifest {
  const manifest = readManifest(backupDir);
  for (const file of BACKUP_FILES) {
    let actual: { bytes: number; sha256: string };
    try {
      actual = hashFile(join(backupDir, file));
    } catch {
      throw backupDamaged();
    }
    if (!isDeepStrictEqual(actual, manifest.files[file])) throw backupDamaged();
  }
  try {
    if (!verifyVaultFileIntegrity(readVaultFile(backupDir), key)) throw backupDamaged();
  } catch (error) {
    if (error instanceof VaultFileDamagedError) throw backupDamaged();
    throw error;
  }
  let report;
  try {
    report = inspectBackupDatabase(join(backupDir, DATABASE_FILE_NAME), key, options);
  } catch (error) {
    if (error instanceof DatabaseUnreadableError || storageFailure(error)?.code === 'VAULT_DAMAGED') throw backupDamaged();
    throw error;
  }
  if (!report.integrityOk || report.schemaVersion !== manifest.schemaVersion || !isDeepStrictEqual(report.counts, manifest.counts)) {
    throw backupDamaged();
  }
  return manifest;
}

type WriteBackupStepOptions = Omit<WriteBackupOptions, 'assertOpen' | 'afterCopy'>;
type BackupWritten = { name: string; manifest: BackupManifest };

/**
 * One backup, step by step: VACUUM INTO a hidden `.kap-backup-….partial` folder, vault.json beside
 * it, a manifest, then the whole folder verified and only then renamed to its real name. It pauses
 * (yields) between steps; if it is stopped there (a lock) or anything fails, the partial folder is
 * removed. One left by a crash never has a backup's name.
 */
function* backupSteps(options: WriteBackupStepOptions): Generator<'copied' | 'hashed' | 'verified', BackupWritten> {
  const { folder, key } = options;
  const progress = options.onProgress ?? (() => undefined);
  assertFolderExists(folder);
  const suffix = options.nameSuffix ?? '';
  let name = `kap-backup-${backupStamp(options.now)}${suffix}`;
  if (existsSync(join(folder, name))) name = `kap-backup-${backupStamp(options.now, true)}${suffix}`;
  if (existsSync(join(folder, name))) throw new RpcFailure('BUSY', 'A backup was made this very moment. Try again in a second.');
  const partial = join(folder, `.${name}.partial`);
  mkdirSync(partial, { mode: 0o700 });
  let finished = false;
  try {
    progress('copying', 5);
    const store = options.records();
    // Synchronous from here to the counts: nothing can write between the copy and what it is compared with.
    vacuumInto(store.db, join(partial, DATABASE_FILE_NAME));
    const counts = countRecords(store.db);
    const schemaVersion = readSchemaVersion(store.db);
    copyFileSync(vaultFilePath(options.vaultDir), join(partial, VAULT_FILE_NAME));
    yield 'copied';
    progress('copying', 40);
    const files = {
      [DATABASE_FILE_NAME]: hashFile(join(partial, DATABASE_FILE_NAME)),
      [VAULT_FILE_NAME]: hashFile(join(partial, VAULT_FILE_NAME)),
    };
    yield 'hashed';
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: options.appVersion,
      schemaVersion,
      createdAt: new Date(options.now).toISOString(),
      reason: options.reason,
      counts,
      files,
    };
    writeFileFlushed(join(partial, MANIFEST_FILE_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
    progress('verifying', 60);
    verifyBackupFolder(partial, key, { nativeBinding: options.nativeBinding });
    yield 'verified';
    for (const file of BACKUP_FILES) fsyncPath(join(partial, file));
    renameSync(partial, join(folder, name));
    if (process.platform !== 'win32') fsyncPath(folder);
    progress('verifying', 90);
    finished = true;
    return { name, manifest };
  } finally {
    if (!finished) rmSync(partial, { recursive: true, force: true });
  }
}

/**
 * Writes and verifies one backup, letting other work (a lock included) run between its steps;
 * `assertOpen` after each step stops it, and the partial folder goes, if the vault locked meanwhile.
 */
export async function writeBackup(options: WriteBackupOptions): Promise<BackupWritten> {
  const steps = backupSteps(options);
  try {
    let step = steps.next();
    while (!step.done) {
      if (step.value === 'copied') await options.afterCopy?.();
      await new Promise((resolve) => setImmediate(resolve));
      try {
        options.assertOpen();
      } catch (error) {
        steps.throw(error);
      }
      step = steps.next();
    }
    return step.value;
  } catch (error) {
    throw backupFailure(error);
  }
}

/** The same backup in one go, for the moment before migrations run, when the database is open but the vault is not yet. */
export function writeBackupNow(options: WriteBackupStepOptions): BackupWritten {
  const steps = backupSteps(options);
  try {
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value;
  } catch (error) {
    throw backupFailure(error);
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
    if (entry.startsWith('.kap-backup-') && (entry.endsWith('.partial') || entry.endsWith('.removing'))) rmSync(join(folder, entry), { recursive: true, force: true });
  }
  return removed;
}
