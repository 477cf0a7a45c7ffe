import { randomUUID } from 'node:crypto';
import type { EventName, EventPayload, LockReason, RpcResult } from '../shared/contract/index';
import { recordLock } from './handlers/audit/record-lock';
import { BackupService } from './handlers/backups/backup-service';
import { backupWorkersExited } from './handlers/backups/backup-worker-client';
import { Handover } from './handlers/handover/handover-state';
import { handlers } from './handlers/index';
import { currentIdleLockMinutes, readSettings } from './handlers/settings/settings-handlers';
import type { Logger } from './logger';
import { browserOnlyPlatform, type Platform } from './platform';
import { stderrLogger } from './logger';
import { createDispatch, describeErrorWithoutContent } from './rpc/dispatch';
import type { HandlerContext } from './rpc/handler-types';
import { LockedSession } from './handlers/sessions/locked-session';
import type { KeyDerivation } from './vault/key-wrapping';
import type { RotationStep } from './vault/rotate-database-key';
import { Vault } from './vault/vault';
import { databasePath } from './vault/vault-file';
import { beforeMigrations } from '../db/open-database';

export type { Logger } from './logger';

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/**
 * How long main waits, after asking the renderer to lock, before it locks by itself: enough for
 * the renderer to save what is being typed, short enough that an unattended screen still locks.
 */
export const LOCK_GRACE_MS = 1500;

/**
 * Everything the app does, with no Electron in it: the vault, the handlers and dispatch().
 * Electron's IPC, the loopback preview server and the tests all drive this same object.
 */
export interface AppCore {
  dispatch: (method: unknown, input: unknown) => Promise<RpcResult<unknown>>;
  onEvent: (listener: EventListener) => () => void;
  lock: (reason: LockReason) => void;
  /**
   * Asks the renderer to save its drafts and lock (vault.lockRequested); locks anyway after
   * LOCK_GRACE_MS. For locks that can wait a moment: the menu, the OS screen lock, system idle.
   */
  requestLock: (reason: LockReason) => void;
  /** The idle lock that applies while unlocked (the longer one during a dosed session); null while locked. */
  idleLockMinutes: () => number | null;
  /**
   * Locks and releases everything at once; call before quitting. Resolves once every backup
   * worker has exited: one stopped by this lock first finishes the SQLite statement it is in.
   */
  close: () => Promise<void>;
}

export interface AppCoreOptions {
  vaultDir: string;
  /** The Electron-ABI build of the SQLite driver, when running under Electron. */
  nativeBinding?: string;
  logger?: Logger;
  /** Desktop services (PDF export); the Electron shell passes its own. */
  platform?: Platform;
  now?: () => number;
  /** Argon2id unless a test injects a derivation it can hold open. */
  deriveKey?: KeyDerivation;
  /** Test seam: runs between the steps of a key rotation (a test throws there to stop it). */
  afterRotationStep?: (step: RotationStep) => void;
  /** Written into each backup's manifest; main passes Electron's app version. */
  appVersion?: string;
  /** Test seam: runs after each backup's copy is written, before it is verified. */
  afterBackupCopy?: () => Promise<void>;
}

export function createAppCore(options: AppCoreOptions): AppCore {
  const listeners = new Set<EventListener>();
  let pendingReason: LockReason = 'user';
  let graceTimer: ReturnType<typeof setTimeout> | null = null;
  const logger = options.logger ?? stderrLogger;
  const platform = options.platform ?? browserOnlyPlatform;
  // A lock must happen even when the database cannot be read (a damaged page): then the lock screen shows no clock.
  const lockedSession = new LockedSession((error) =>
    logger.error(`lock: the running session could not be read or written: ${describeErrorWithoutContent(error)}`),
  );
  // In memory only: a restart or any lock ends a hand-over, and the unlock that follows needs the passphrase.
  const handover = new Handover();
  const vault = new Vault({
    vaultDir: options.vaultDir,
    onCloseError: (error) => logger.error(`vault: closing the database failed: ${describeErrorWithoutContent(error)}`),
    onAttemptsFileError: (error) => logger.error(`vault: the count of wrong tries could not be read or written: ${describeErrorWithoutContent(error)}`),
    now: options.now,
    nativeBinding: options.nativeBinding,
    deriveKey: options.deriveKey,
    afterRotationStep: options.afterRotationStep,
    onLocked: () => {
      handover.end();
      // Whatever the therapist chose, a locked window is hidden from capture, and what it copied goes.
      platform.protectContent(true);
      platform.clearCopiedText();
      emit('vault.locked', { reason: pendingReason });
    },
    onUnlocked: () => platform.protectContent(readSettings(vault.records()).screenProtection),
  });
  const emit: EventListener = (name, payload) => {
    for (const listener of listeners) listener(name, payload);
  };
  const now = options.now ?? Date.now;
  const lock = (reason: LockReason) => {
    if (graceTimer) clearTimeout(graceTimer);
    graceTimer = null;
    pendingReason = reason;
    if (vault.state === 'unlocked') {
      lockedSession.capture(vault.records());
      recordLock(vault.records(), reason, now(), logger);
    }
    vault.lock();
  };
  const backups = new BackupService({
    vault,
    vaultDir: options.vaultDir,
    nativeBinding: options.nativeBinding,
    now,
    appVersion: options.appVersion ?? process.env.npm_package_version ?? 'unknown',
    logger,
    deriveKey: options.deriveKey,
    afterCopy: options.afterBackupCopy,
  });
  // Keyed by the database's path, so the vault's own opening code needs no change for this.
  const stopMigrationBackups = beforeMigrations(databasePath(options.vaultDir), (about) => backups.backupBeforeMigrations(about));
  const context: HandlerContext = {
    vault,
    records: () => vault.records(),
    lock,
    platform,
    backups,
    handover,
    lockedSession,
    now,
    newId: randomUUID,
  };
  const dispatch = createDispatch(handlers, context, logger);
  return {
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    lock,
    requestLock(reason) {
      if (vault.state !== 'unlocked' || graceTimer) return;
      graceTimer = setTimeout(() => lock(reason), LOCK_GRACE_MS);
      graceTimer.unref?.();
      emit('vault.lockRequested', { reason });
    },
    idleLockMinutes: () => {
      if (vault.state !== 'unlocked') return null;
      return currentIdleLockMinutes(vault.records());
    },
    close: async () => {
      lock('quit');
      stopMigrationBackups();
      await backupWorkersExited();
    },
  };
}
