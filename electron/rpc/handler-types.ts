import type { LockReason, MethodName, MethodOutput, ParsedInput } from '../../shared/contract/index';
import type { RecordStore } from '../../db/record-store';
import type { BackupService } from '../handlers/backups/backup-service';
import type { Handover } from '../handlers/handover/handover-state';
import type { LockedSession } from '../handlers/sessions/locked-session';
import type { Platform } from '../platform';
import type { Vault } from '../vault/vault';

/** What every handler gets besides its validated input. */
export interface HandlerContext {
  vault: Vault;
  /** The open record store; throws LOCKED when the vault is locked. */
  records: () => RecordStore;
  /** Locks the vault and tells the renderer why. */
  lock: (reason: LockReason) => void;
  /** The running session's clock inputs and lock-screen cue acknowledgements, kept through a lock. */
  lockedSession: LockedSession;
  platform: Platform;
  /** Backups and restore: one at a time, beside the vault. */
  backups: BackupService;
  /** Whether the screen is with the client for a questionnaire; dispatch() refuses other methods meanwhile. */
  handover: Handover;
  now: () => number;
  newId: () => string;
}

export type Handler<M extends MethodName> = (input: ParsedInput<M>, context: HandlerContext) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type HandlerMap = { [M in MethodName]: Handler<M> };

/** Each feature declares its handlers beside its code; the registry checks that all are present. */
export type FeatureHandlers<M extends MethodName> = { [K in M]: Handler<K> };
