import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { DatabaseTooNewError, DatabaseUnreadableError } from '../../db/database-errors';
import { RecordStore } from '../../db/record-store';
import { RpcFailure } from '../../shared/contract/errors';
import type { RecoveryCodeShown } from '../../shared/contract/vault';
import { evaluatePassphrase } from '../../shared/vault/passphrase-strength';
import {
  formatRecoveryCode,
  matchesRecoveryGroup,
  normalizeRecoveryCode,
  RECOVERY_CODE_LENGTH,
  RECOVERY_GROUPS,
  recoveryCodeFromBytes,
} from '../../shared/vault/recovery-code';
import { deriveWrappingKey, type KeyDerivation, type KeyWrap, unwrapDatabaseKey, wrapDatabaseKey, type WrapPurpose } from './key-wrapping';
import { SerialQueue } from './serial-queue';
import {
  databasePath,
  readVaultFile,
  sealVaultFile,
  type VaultFile,
  VaultFileDamagedError,
  vaultFilePath,
  verifyVaultFileIntegrity,
  writeVaultFile,
} from './vault-file';

export type VaultState = 'absent' | 'locked' | 'unlocked';

export interface VaultOptions {
  vaultDir: string;
  nativeBinding?: string;
  /** Called after the vault has locked, whatever the cause. */
  onLocked?: () => void;
  /** Argon2id by default; tests inject one they can hold open to land a lock mid-way. */
  deriveKey?: KeyDerivation;
}

/** A recovery code shown to the therapist but not yet confirmed; nothing is written until it is. */
interface PendingRecoveryCode {
  canonical: string;
  confirmGroup: number;
  recoveryWrap: KeyWrap;
  /** Creation only: the new key and its passphrase wrap. */
  creation?: { databaseKey: Buffer; passphraseWrap: KeyWrap };
}

const WRONG_PASSPHRASE = 'That passphrase does not open this vault.';
const WRONG_RECOVERY_CODE = 'That recovery code does not open this vault.';

/**
 * The one owner of the database key. Creates the vault, unwraps the key with a passphrase or
 * recovery code, opens the record store, re-wraps the key, and locks (closes and wipes).
 */
export class Vault {
  private store: RecordStore | null = null;
  private databaseKey: Buffer | null = null;
  private pending: PendingRecoveryCode | null = null;
  /** Bumped by every lock, so an unlock that was in flight when the vault locked does not open it. */
  private lockEpoch = 0;
  private readonly queue = new SerialQueue();

  constructor(private readonly options: VaultOptions) {}

  get state(): VaultState {
    if (this.store) return 'unlocked';
    return existsSync(vaultFilePath(this.options.vaultDir)) ? 'locked' : 'absent';
  }

  /** The open record store; LOCKED when there is none. */
  records(): RecordStore {
    if (!this.store) throw new RpcFailure('LOCKED', 'The vault is locked.');
    return this.store;
  }

  create(passphrase: string): Promise<RecoveryCodeShown> {
    return this.queue.run(async () => {
      if (this.state !== 'absent') throw new RpcFailure('VAULT_EXISTS', 'A vault already exists here.');
      assertStrongPassphrase(passphrase);
      const databaseKey = randomBytes(32);
      const canonical = newRecoveryCode();
      const [passphraseWrap, recoveryWrap] = [await this.wrap(databaseKey, passphrase, 'passphrase'), await this.wrap(databaseKey, canonical, 'recovery')];
      this.replacePending({ canonical, confirmGroup: randomGroup(), recoveryWrap, creation: { databaseKey, passphraseWrap } });
      return this.shown();
    });
  }

  confirmCreate(group: string): Promise<void> {
    return this.queue.run(async () => {
      const pending = this.pending;
      if (!pending?.creation || this.state !== 'absent') {
        throw new RpcFailure('CONFLICT', 'There is no new vault waiting for confirmation. Start again.');
      }
      assertGroupMatches(pending, group);
      const { databaseKey, passphraseWrap } = pending.creation;
      const { vaultDir } = this.options;
      mkdirSync(vaultDir, { recursive: true, mode: 0o700 });
      setAsideOrphanDatabase(vaultDir);
      const store = RecordStore.open(databasePath(vaultDir), databaseKey, { create: true, nativeBinding: this.options.nativeBinding });
      // vault.json last: until it exists the vault is "absent" and creation can start again.
      writeVaultFile(vaultDir, sealVaultFile({ passphrase: passphraseWrap, recovery: pending.recoveryWrap }, databaseKey));
      this.pending = null;
      this.store = store;
      this.databaseKey = Buffer.from(databaseKey);
      databaseKey.fill(0);
    });
  }

  unlock(passphrase: string): Promise<void> {
    return this.queue.run(async () => {
      if (this.store) return;
      const epoch = this.lockEpoch;
      const file = this.readFile();
      const key = await this.unwrap(file.wraps.passphrase, passphrase, 'passphrase');
      if (!key) throw new RpcFailure('WRONG_SECRET', WRONG_PASSPHRASE);
      this.openWithKey(file, key, epoch);
    });
  }

  verifyRecoveryCode(recoveryCode: string): Promise<void> {
    return this.queue.run(async () => {
      const key = await this.unwrapWithRecoveryCode(this.readFile(), recoveryCode);
      key.fill(0);
    });
  }

  /** Unlocks with the recovery code and replaces the forgotten passphrase. */
  recover(recoveryCode: string, newPassphrase: string): Promise<void> {
    return this.queue.run(async () => {
      assertStrongPassphrase(newPassphrase);
      const epoch = this.lockEpoch;
      const file = this.readFile();
      const key = await this.unwrapWithRecoveryCode(file, recoveryCode);
      try {
        this.assertNotLockedSince(epoch);
        const passphraseWrap = await this.wrap(key, newPassphrase, 'passphrase');
        this.assertNotLockedSince(epoch);
        if (!verifyVaultFileIntegrity(file, key)) throw damaged();
        writeVaultFile(this.options.vaultDir, sealVaultFile({ ...file.wraps, passphrase: passphraseWrap }, key));
      } catch (error) {
        key.fill(0);
        throw error;
      }
      if (this.store) {
        key.fill(0);
        return;
      }
      this.openWithKey(this.readFile(), key, epoch);
    });
  }

  /** Re-wraps the key under a new passphrase; the database file is untouched. */
  changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<void> {
    return this.queue.run(() =>
      this.withKeyCopy(async (key, epoch) => {
        const file = await this.confirmCurrentPassphrase(key, epoch, currentPassphrase);
        assertStrongPassphrase(newPassphrase);
        const passphraseWrap = await this.wrap(key, newPassphrase, 'passphrase');
        this.assertNotLockedSince(epoch);
        writeVaultFile(this.options.vaultDir, sealVaultFile({ ...file.wraps, passphrase: passphraseWrap }, key));
      }),
    );
  }

  beginRecoveryCodeRotation(passphrase: string): Promise<RecoveryCodeShown> {
    return this.queue.run(() =>
      this.withKeyCopy(async (key, epoch) => {
        await this.confirmCurrentPassphrase(key, epoch, passphrase);
        const canonical = newRecoveryCode();
        const recoveryWrap = await this.wrap(key, canonical, 'recovery');
        this.assertNotLockedSince(epoch);
        this.replacePending({ canonical, confirmGroup: randomGroup(), recoveryWrap });
        return this.shown();
      }),
    );
  }

  /** Writes the new recovery wrap; from now on the old code does not open this copy of the vault. */
  confirmRecoveryCodeRotation(group: string): Promise<void> {
    return this.queue.run(() =>
      this.withKeyCopy(async (key) => {
        const pending = this.pending;
        if (!pending || pending.creation) {
          throw new RpcFailure('CONFLICT', 'There is no new recovery code waiting for confirmation. Start again.');
        }
        assertGroupMatches(pending, group);
        const file = this.readFile();
        if (!verifyVaultFileIntegrity(file, key)) throw damaged();
        writeVaultFile(this.options.vaultDir, sealVaultFile({ ...file.wraps, recovery: pending.recoveryWrap }, key));
        this.pending = null;
      }),
    );
  }

  /** Proves the passphrase opens this vault to the key in use (asked again before an export); WRONG_SECRET if not. */
  verifyPassphrase(passphrase: string): Promise<void> {
    return this.queue.run(() => this.withKeyCopy(async (key, epoch) => void (await this.confirmCurrentPassphrase(key, epoch, passphrase))));
  }

  /**
   * For work beside the vault that needs the key (verifying a backup it wrote): one vault
   * operation at a time, on a copy of the key wiped afterwards. Call `assertOpen()` after every
   * await: it throws LOCKED if the vault locked meanwhile.
   */
  withKey<T>(work: (key: Buffer, assertOpen: () => void) => Promise<T>): Promise<T> {
    return this.queue.run(() => this.withKeyCopy((key, epoch) => work(key, () => this.assertNotLockedSince(epoch))));
  }

  /** Synchronous on purpose: an OS lock or suspend must take effect before anything else runs. */
  lock(): void {
    this.lockEpoch += 1;
    this.replacePending(null);
    const wasUnlocked = this.store !== null;
    try {
      this.store?.close();
    } finally {
      this.store = null;
      this.databaseKey?.fill(0);
      this.databaseKey = null;
    }
    if (wasUnlocked) this.options.onLocked?.();
  }

  private readFile(): VaultFile {
    if (!existsSync(vaultFilePath(this.options.vaultDir))) throw new RpcFailure('VAULT_ABSENT', 'There is no vault here yet.');
    try {
      return readVaultFile(this.options.vaultDir);
    } catch (error) {
      if (error instanceof VaultFileDamagedError) throw damaged();
      throw error;
    }
  }

  private async unwrapWithRecoveryCode(file: VaultFile, recoveryCode: string): Promise<Buffer> {
    const canonical = normalizeRecoveryCode(recoveryCode);
    if (!canonical) {
      throw new RpcFailure('WRONG_SECRET', `A recovery code has ${RECOVERY_CODE_LENGTH} letters and digits in ${RECOVERY_GROUPS} groups.`);
    }
    const key = await this.unwrap(file.wraps.recovery, canonical, 'recovery');
    if (!key) throw new RpcFailure('WRONG_SECRET', WRONG_RECOVERY_CODE);
    return key;
  }

  /**
   * Runs work on a private copy of the open database key, wiped when the work ends. A lock wipes
   * the vault's own buffer at once; the copy lets work in flight notice the lock (the epoch) and
   * stop before it writes, instead of sealing a file with a zeroed key.
   */
  private async withKeyCopy<T>(work: (key: Buffer, epoch: number) => Promise<T>): Promise<T> {
    if (!this.store || !this.databaseKey) throw lockedMidway();
    const key = Buffer.from(this.databaseKey);
    try {
      return await work(key, this.lockEpoch);
    } finally {
      key.fill(0);
    }
  }

  private assertNotLockedSince(epoch: number): void {
    if (epoch !== this.lockEpoch) throw lockedMidway();
  }

  /** Reads vault.json and proves the passphrase opens it to the key in use; returns the file. */
  private async confirmCurrentPassphrase(key: Buffer, epoch: number, passphrase: string): Promise<VaultFile> {
    const file = this.readFile();
    const unwrapped = await this.unwrap(file.wraps.passphrase, passphrase, 'passphrase');
    try {
      this.assertNotLockedSince(epoch);
      if (!unwrapped) throw new RpcFailure('WRONG_SECRET', 'That is not the current passphrase.');
      if (!timingSafeEqual(unwrapped, key) || !verifyVaultFileIntegrity(file, key)) throw damaged();
      return file;
    } finally {
      unwrapped?.fill(0);
    }
  }

  private wrap(key: Uint8Array, secret: string, purpose: WrapPurpose): Promise<KeyWrap> {
    return wrapDatabaseKey(key, secret, purpose, this.options.deriveKey ?? deriveWrappingKey);
  }

  private unwrap(wrap: KeyWrap, secret: string, purpose: WrapPurpose): Promise<Buffer | null> {
    return unwrapDatabaseKey(wrap, secret, purpose, this.options.deriveKey ?? deriveWrappingKey);
  }

  private openWithKey(file: VaultFile, key: Buffer, epoch: number): void {
    try {
      if (epoch !== this.lockEpoch) throw new RpcFailure('LOCKED', 'The vault was locked while it was opening. Unlock again.');
      if (!verifyVaultFileIntegrity(file, key)) throw damaged();
      this.store = RecordStore.open(databasePath(this.options.vaultDir), key, { nativeBinding: this.options.nativeBinding });
      this.databaseKey = key;
    } catch (error) {
      key.fill(0);
      if (error instanceof DatabaseTooNewError) {
        throw new RpcFailure('VAULT_TOO_NEW', 'This vault was saved by a newer version of KAP Companion. Update the app to open it; the vault was not changed.');
      }
      if (error instanceof DatabaseUnreadableError) throw damaged();
      throw error;
    }
  }

  private replacePending(next: PendingRecoveryCode | null): void {
    this.pending?.creation?.databaseKey.fill(0);
    this.pending = next;
  }

  private shown(): RecoveryCodeShown {
    const pending = this.pending!;
    return { recoveryCode: formatRecoveryCode(pending.canonical), confirmGroup: pending.confirmGroup };
  }
}

function lockedMidway(): RpcFailure {
  return new RpcFailure('LOCKED', 'The vault locked before this could finish. Nothing was changed; unlock and try again.');
}

function damaged(): RpcFailure {
  return new RpcFailure('VAULT_DAMAGED', 'The vault files are damaged or were changed outside the app. Nothing was changed; restore them from a backup.');
}

function assertStrongPassphrase(passphrase: string): void {
  const strength = evaluatePassphrase(passphrase);
  if (!strength.acceptable) throw new RpcFailure('INVALID', strength.reason ?? 'Choose a stronger passphrase.');
}

function assertGroupMatches(pending: PendingRecoveryCode, group: string): void {
  if (!matchesRecoveryGroup(pending.canonical, pending.confirmGroup, group)) {
    throw new RpcFailure('WRONG_SECRET', `That is not group ${pending.confirmGroup} of the recovery code. Check what you wrote down.`);
  }
}

function newRecoveryCode(): string {
  return recoveryCodeFromBytes(randomBytes(RECOVERY_CODE_LENGTH));
}

function randomGroup(): number {
  return randomInt(1, RECOVERY_GROUPS + 1);
}

/** A database without vault.json is a creation that never finished; keep it aside rather than delete it. */
function setAsideOrphanDatabase(vaultDir: string): void {
  const path = databasePath(vaultDir);
  const stamp = Date.now();
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, `${path}.orphaned-${stamp}${suffix}`);
  }
}
