import { z } from 'zod';
import { ERROR_CODES } from './errors';
import { emptyInput, epochMillisSchema, FIELD_LIMITS } from './fields';

/** Rotation and warning defaults: the last 14 days and 12 months are kept; warn after a week. */
export const BACKUP_KEEP_DAILY = { min: 1, max: 365, default: 14 } as const;
export const BACKUP_KEEP_MONTHLY = { min: 0, max: 120, default: 12 } as const;
export const BACKUP_WARN_AFTER_DAYS = { min: 1, max: 90, default: 7 } as const;

/** A backup folder's own name: `kap-backup-2026-12-02T07-15-00Z`, optionally `-before-migration-v4`. */
export const BACKUP_NAME = /^kap-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(?:-\d{3})?Z(?:-before-migration-v\d{1,4})?$/;
const backupName = z.string().max(80).regex(BACKUP_NAME, 'Must be the name of a backup');

export const BACKUP_REASONS = ['manual', 'daily', 'migration'] as const;
export const BACKUP_STEPS = ['copying', 'verifying', 'rotating'] as const;

const counts = z.record(z.string().max(64), z.number().int().min(0));

const failure = z.strictObject({ at: epochMillisSchema, code: z.enum(ERROR_CODES), message: z.string() });

export const backupStatusSchema = z.strictObject({
  /** The folder the therapist chose (their own path, shown in Settings); null until chosen. */
  folder: z.string().nullable(),
  lastGoodAt: epochMillisSchema.nullable(),
  lastFailure: failure.nullable(),
  running: z.strictObject({ percent: z.number().int().min(0).max(100), step: z.enum(BACKUP_STEPS) }).nullable(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

const backupSummary = z.strictObject({
  name: z.string(),
  createdAt: epochMillisSchema,
  appVersion: z.string(),
  schemaVersion: z.number().int().min(0),
  reason: z.enum(BACKUP_REASONS),
  counts,
});
export type BackupSummary = z.infer<typeof backupSummary>;

const passphrase = z.string().min(1, 'Required').max(FIELD_LIMITS.passphrase);
const recoveryCode = z.string().min(1, 'Required').max(FIELD_LIMITS.recoveryCode);

/** The secret the backup was made with: its passphrase, or its recovery code with a new passphrase. */
const backupSecret = z.discriminatedUnion('using', [
  z.strictObject({ using: z.literal('passphrase'), name: backupName, passphrase }),
  z.strictObject({ using: z.literal('recoveryCode'), name: backupName, recoveryCode, newPassphrase: passphrase.optional() }),
]);

export const backupsMethods = {
  'backups.status': { input: emptyInput, output: backupStatusSchema, whileLocked: false },
  /** Asks main's folder dialog for where backups go; the renderer never names a path. */
  'backups.chooseFolder': { input: emptyInput, output: backupStatusSchema, whileLocked: false },
  /** Makes, verifies and rotates a backup now; answers when it is done (progress in backups.status). */
  'backups.runNow': { input: emptyInput, output: backupSummary, whileLocked: false },
  /** Asks main's folder dialog for a backup, or a folder of backups; lists what it finds, newest first. */
  'restore.chooseBackup': {
    input: emptyInput,
    output: z.strictObject({ cancelled: z.boolean(), backups: z.array(backupSummary) }),
    whileLocked: true,
  },
  /** Unlocks the chosen backup with its secret and verifies it whole; compares with the current vault. */
  'restore.inspect': {
    input: backupSecret,
    output: z.strictObject({ backup: backupSummary, current: z.strictObject({ counts }).nullable() }),
    whileLocked: true,
  },
  /**
   * Sets the current vault's files aside (never deleted), copies the backup in and opens it with
   * the secret given. With a recovery code, a new passphrase is required and replaces the old one.
   */
  'restore.confirm': {
    input: backupSecret,
    output: z.strictObject({ setAsideFolder: z.string() }),
    whileLocked: true,
  },
} as const;
