import { z } from 'zod';
import { emptyInput, FIELD_LIMITS } from './fields';

const passphrase = z.string().min(1, 'Required').max(FIELD_LIMITS.passphrase);
const recoveryCode = z.string().min(1, 'Required').max(FIELD_LIMITS.recoveryCode);
const empty = z.strictObject({});

/** 'key-missing': a database is there but no key file: never offered as "create a vault". */
export const VAULT_STATES = ['absent', 'key-missing', 'locked', 'unlocked'] as const;
export type VaultState = (typeof VAULT_STATES)[number];
/** 'renderer-gone' and 'renderer-unresponsive': the window crashed or hung, and main locked (decision 0054). */
export const LOCK_REASONS = ['user', 'idle', 'os-lock', 'suspend', 'quit', 'renderer-gone', 'renderer-unresponsive'] as const;
export type LockReason = (typeof LOCK_REASONS)[number];

/** A recovery code is shown once; the therapist proves they kept it by typing back one group. */
const recoveryCodeShown = z.strictObject({
  recoveryCode: z.string(),
  /** 1-based index of the group the therapist must type back. */
  confirmGroup: z.number().int().min(1),
});
export type RecoveryCodeShown = z.infer<typeof recoveryCodeShown>;

const groupConfirmation = z.strictObject({ group: z.string().min(1, 'Required').max(FIELD_LIMITS.recoveryGroup) });

export const vaultMethods = {
  'vault.status': {
    input: emptyInput,
    output: z.strictObject({ state: z.enum(VAULT_STATES) }),
    whileLocked: true,
  },
  'vault.create': {
    input: z.strictObject({ passphrase }),
    output: recoveryCodeShown,
    whileLocked: true,
  },
  'vault.confirmCreate': {
    input: groupConfirmation,
    output: empty,
    whileLocked: true,
  },
  'vault.unlock': {
    input: z.strictObject({ passphrase }),
    output: empty,
    whileLocked: true,
  },
  'vault.verifyRecoveryCode': {
    input: z.strictObject({ recoveryCode }),
    output: empty,
    whileLocked: true,
  },
  'vault.recover': {
    input: z.strictObject({ recoveryCode, newPassphrase: passphrase }),
    output: empty,
    whileLocked: true,
  },
  'vault.lock': {
    input: z.strictObject({ reason: z.enum(LOCK_REASONS).optional() }),
    output: empty,
    whileLocked: true,
  },
  'vault.changePassphrase': {
    input: z.strictObject({ currentPassphrase: passphrase, newPassphrase: passphrase }),
    output: empty,
    whileLocked: false,
  },
  'vault.beginRecoveryCodeRotation': {
    input: z.strictObject({ passphrase }),
    output: recoveryCodeShown,
    whileLocked: false,
  },
  'vault.confirmRecoveryCodeRotation': {
    input: groupConfirmation,
    output: empty,
    whileLocked: false,
  },
  /**
   * The key file is missing: the therapist chooses a folder holding a copy (a backup, a synced
   * copy); it is taken only if the passphrase opens it to this database's key. `adopted` is false
   * when the folder dialog was cancelled.
   */
  /** Key rotation: a new database key under the same passphrase and a new recovery code, shown first. */
  'vault.beginKeyRotation': {
    input: z.strictObject({ passphrase }),
    output: recoveryCodeShown.extend({ databaseBytes: z.number().int().nonnegative() }),
    whileLocked: false,
  },
  /** Once the new code is confirmed: re-encrypts the database under the new key and replaces both wraps. */
  'vault.confirmKeyRotation': {
    input: groupConfirmation,
    output: empty,
    whileLocked: false,
  },
  /**
   * The renderer copied text: main keeps only its SHA-256, in memory, and at the next lock empties
   * the clipboard if it still holds that text (decision 0054). Allowed while locked: a recovery code is copied there.
   */
  'vault.noteCopy': {
    input: z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/, 'A SHA-256 in lower-case hex') }),
    output: empty,
    whileLocked: true,
  },
  'vault.adoptKeyFile': {
    input: z.strictObject({ passphrase }),
    output: z.strictObject({ adopted: z.boolean() }),
    whileLocked: true,
  },
} as const;
