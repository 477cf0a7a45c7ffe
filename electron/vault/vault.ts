import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { DatabaseEmptyError, DatabaseTooNewError, DatabaseTruncatedError, DatabaseUnreadableError } from '../../db/database-errors';
import { isDatabaseKey } from '../../db/open-database';
import { RecordStore } from '../../db/record-store';
import { RpcFailure } from '../../shared/contract/errors';
import type { RecoveryCodeShown, VaultState } from '../../shared/contract/vault';
import { evaluatePassphrase } from '../../shared/vault/passphrase-strength';
import {
  formatRecoveryCode,
  matchesRecoveryGroup,
  normalizeRecoveryCode,
  RECOVERY_CODE_LENGTH,
  RECOVERY_GROUPS,
  recoveryCodeFromBytes,
} from '../../shared/vault/recovery-code';
import { storageFailure } from '../rpc/storage-failure';
import { deriveWrappingKey, type KeyDerivation, type KeyWrap, unwrapDatabaseKey, wrapDatabaseKey, type WrapPurpose } from './key-wrapping';
import { SerialQueue } from './serial-queue';
import { UnlockAttempts } from './unlock-attempts';
import type { UnauditedFailures } from './unlock-attempts-file';
import {
  anyKeyFileExists,
  databasePath,
  type KeyFileCandidate,
  readKeyFileCandidates,
  sealVaultFile,
  type VaultFile,
  VAULT_FILE_NAME,
  VAULT_MIRROR_FILE_NAME,
  verifyVaultFileIntegrity,
  writeVaultFiles,
} from './vault-file';
import { rotateDatabaseKey, type RotationStep } from './rotate-database-key';
import { NEW_DATABASE_SUFFIX, settleUnfinishedVaultWrites } from './vault-generations';

export interface VaultOptions {
  vaultDir: string;
  nativeBinding?: string;
  /** Called after the vault has locked, whatever the cause. */
  onLocked?: () => void;
  /** Called once the record store is open (created, unlocked, recovered, or a key file adopted). */
  onUnlocked?: () => void;
  /** Argon2id by default; tests inject one they can hold open to land a lock mid-way. */
  deriveKey?: KeyDerivation;
  /** Test seam: called between the steps of a key rotation. */
  afterRotationStep?: (step: RotationStep) => void;
  /** Told (class and code only) when closing the database failed; the vault is locked all the same. */
  onCloseError?: (error: unknown) => void;
  /** The clock of the wait after wrong secrets in a row (decision 0054); Date.now by default. */
  now?: () => number;
  /** Told when unlock-attempts.json could not be read or written; unlocking goes on all the same. */
  onAttemptsFileError?: (error: unknown) => void;
}

/** A recovery code shown to the therapist but not yet confirmed; nothing is written until it is. */
interface PendingRecoveryCode {
  canonical: string;
  confirmGroup: number;
  recoveryWrap: KeyWrap;
  /** Creation, or a key rotation: the new key and its passphrase wrap, waiting for the code's confirmation. */
  newKey?: { purpose: 'creation' | 'rotation'; databaseKey: Buffer; passphraseWrap: KeyWrap };
}

/** A key file whose secret unwrapped a key that opens the database. */
interface WorkingKey {
  candidate: KeyFileCandidate;
  key: Buffer;
}

const WRONG_PASSPHRASE = 'That passphrase does not open this vault.';
const WRONG_RECOVERY_CODE = 'That recovery code does not open this vault.';

/**
 * The one owner of the database key. Creates the vault, unwraps the key with a passphrase or
 * recovery code, opens the record store, re-wraps the key, and locks (closes and wipes).
 */
/**
 * The vault folder is the owner's alone (0700), even when it existed before the vault did or was
 * copied in with looser modes: other accounts must not list or read it. Windows has no such modes.
 */
function restrictFolderMode(vaultDir: string): void {
  if (process.platform !== 'win32') chmodSync(vaultDir, 0o700);
}

export class Vault {
  private store: RecordStore | null = null;
  private databaseKey: Buffer | null = null;
  /** The key file that opened the vault, as verified then: changes start from it, not from the disk. */
  private keyFile: VaultFile | null = null;
  private pending: PendingRecoveryCode | null = null;
  /** Bumped by every lock, so work that was in flight when the vault locked writes nothing. */
  private lockEpoch = 0;
  private readonly queue = new SerialQueue();
  /** Wrong passphrases and recovery codes in a row, across every path that checks one. */
  private readonly attempts: UnlockAttempts;

  constructor(private readonly options: VaultOptions) {
    this.attempts = new UnlockAttempts({
      vaultDir: options.vaultDir,
      now: options.now ?? Date.now,
      onFileError: (error) => options.onAttemptsFileError?.(error),
    });
  }

  get state(): VaultState {
    if (this.store) return 'unlocked';
    const { vaultDir } = this.options;
    if (anyKeyFileExists(vaultDir)) return 'locked';
    // A database without any key file is never "no vault here": creating one would bury it.
    return existsSync(databasePath(vaultDir)) ? 'key-missing' : 'absent';
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
      this.replacePending({ canonical, confirmGroup: randomGroup(), recoveryWrap, newKey: { purpose: 'creation', databaseKey, passphraseWrap } });
      return this.shown();
    });
  }

  confirmCreate(group: string): Promise<void> {
    return this.queue.run(async () => {
      const pending = this.pending;
      if (pending?.newKey?.purpose !== 'creation' || this.state !== 'absent') {
        throw new RpcFailure('CONFLICT', 'There is no new vault waiting for confirmation. Start again.');
      }
      assertGroupMatches(pending, group);
      const { databaseKey, passphraseWrap } = pending.newKey;
      const { vaultDir } = this.options;
      mkdirSync(vaultDir, { recursive: true, mode: 0o700 });
      restrictFolderMode(vaultDir);
      const path = databasePath(vaultDir);
      const building = `${path}${NEW_DATABASE_SUFFIX}`;
      setAsideOrphanDatabase(building);
      // Built under another name, keyed, then the key files, then renamed into place: a crash at any
      // step leaves either no vault (creation starts again) or key files whose database is ready.
      RecordStore.open(building, databaseKey, { create: true, nativeBinding: this.options.nativeBinding }).close();
      const keyFile = sealVaultFile({ passphrase: passphraseWrap, recovery: pending.recoveryWrap }, databaseKey);
      writeVaultFiles(vaultDir, keyFile);
      renameSync(building, path);
      this.pending = null;
      this.store = RecordStore.open(path, databaseKey, { nativeBinding: this.options.nativeBinding });
      this.keyFile = keyFile;
      this.databaseKey = Buffer.from(databaseKey);
      databaseKey.fill(0);
      this.options.onUnlocked?.();
    });
  }

  /** Answers whether this call opened the vault: false when it was open already (a second unlock racing the first). */
  unlock(passphrase: string): Promise<boolean> {
    return this.queue.run(async () => {
      if (this.store) return false;
      const epoch = this.lockEpoch;
      const working = await this.findWorkingKey(passphrase, 'passphrase', epoch);
      this.openWith(working, working.candidate.file, epoch);
      return true;
    });
  }

  /**
   * Hands the wrong secrets the audit log has not recorded yet (null when none) to `record`, for
   * the entry an unlock writes; once it returns they are forgotten. Counted by the vault, in the
   * file that also times the wait, so a quit before the next unlock loses none.
   */
  recordUnauditedFailures(record: (failures: UnauditedFailures | null) => void): void {
    this.attempts.recordUnaudited(record);
  }

  /**
   * Brings back a lost key file from another folder (a backup, a synced copy): its passphrase
   * wrap must open it to a key that opens this vault's database; then both key files are written.
   */
  adoptKeyFile(sourceDir: string, passphrase: string): Promise<boolean> {
    return this.queue.run(async () => {
      if (this.store) return false;
      this.attempts.assertMayTry();
      const epoch = this.lockEpoch;
      const { candidates } = readKeyFileCandidates(sourceDir);
      if (candidates.length === 0) throw new RpcFailure('NOT_FOUND', 'That folder holds no readable vault.json.');
      const path = databasePath(this.options.vaultDir);
      for (const candidate of candidates) {
        const key = await this.unwrap(candidate.file.wraps.passphrase, passphrase, 'passphrase');
        if (!key) continue;
        if (verifyVaultFileIntegrity(candidate.file, key) && isDatabaseKey(path, key, { nativeBinding: this.options.nativeBinding })) {
          this.attempts.succeeded();
          this.openWith({ candidate, key }, candidate.file, epoch);
          return true;
        }
        key.fill(0);
        throw damaged('That key file is intact but belongs to another vault or another version of this one: its key does not open this database.');
      }
      throw this.attempts.failed('passphrase', 'That passphrase does not open that key file.');
    });
  }

  verifyRecoveryCode(recoveryCode: string): Promise<void> {
    return this.queue.run(async () => {
      const working = await this.findWorkingKey(recoveryCodeOrRefuse(recoveryCode), 'recovery', this.lockEpoch);
      working.key.fill(0);
    });
  }

  /** Unlocks with the recovery code and replaces the forgotten passphrase; answers whether this call opened the vault. */
  recover(recoveryCode: string, newPassphrase: string): Promise<boolean> {
    return this.queue.run(async () => {
      assertStrongPassphrase(newPassphrase);
      const epoch = this.lockEpoch;
      const working = await this.findWorkingKey(recoveryCodeOrRefuse(recoveryCode), 'recovery', epoch);
      const { key, candidate } = working;
      let keyFile: VaultFile;
      try {
        const passphraseWrap = await this.wrap(key, newPassphrase, 'passphrase');
        this.assertNotLockedSince(epoch);
        keyFile = sealVaultFile({ ...candidate.file.wraps, passphrase: passphraseWrap }, key);
        writeVaultFiles(this.options.vaultDir, keyFile);
      } catch (error) {
        key.fill(0);
        throw error;
      }
      if (this.store) {
        key.fill(0);
        return false;
      }
      this.openWith(working, keyFile, epoch);
      return true;
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
        this.replaceKeyFile(sealVaultFile({ ...file.wraps, passphrase: passphraseWrap }, key));
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
        const file = this.keyFile;
        if (!pending || pending.newKey || !file) {
          throw new RpcFailure('CONFLICT', 'There is no new recovery code waiting for confirmation. Start again.');
        }
        assertGroupMatches(pending, group);
        this.replaceKeyFile(sealVaultFile({ ...file.wraps, recovery: pending.recoveryWrap }, key));
        this.pending = null;
      }),
    );
  }

  /** Proves the passphrase opens this vault to the key in use (asked again before an export); WRONG_SECRET if not. */
  verifyPassphrase(passphrase: string): Promise<void> {
    return this.queue.run(() => this.withKeyCopy(async (key, epoch) => void (await this.confirmCurrentPassphrase(key, epoch, passphrase))));
  }

  /**
   * Key rotation, step 1: proves the passphrase, makes a new random database key wrapped under
   * the same passphrase and a new recovery code, and shows the code. Nothing is written yet.
   */
  beginKeyRotation(passphrase: string): Promise<RecoveryCodeShown & { databaseBytes: number }> {
    return this.queue.run(() =>
      this.withKeyCopy(async (key, epoch) => {
        await this.confirmCurrentPassphrase(key, epoch, passphrase);
        const databaseKey = randomBytes(32);
        const canonical = newRecoveryCode();
        try {
          const passphraseWrap = await this.wrap(databaseKey, passphrase, 'passphrase');
          const recoveryWrap = await this.wrap(databaseKey, canonical, 'recovery');
          this.assertNotLockedSince(epoch);
          this.replacePending({ canonical, confirmGroup: randomGroup(), recoveryWrap, newKey: { purpose: 'rotation', databaseKey, passphraseWrap } });
        } catch (error) {
          databaseKey.fill(0);
          throw error;
        }
        return { ...this.shown(), databaseBytes: statSync(databasePath(this.options.vaultDir)).size };
      }),
    );
  }

  /**
   * Key rotation, step 2, once a group of the new code is typed back: the database is
   * re-encrypted under the new key and both wraps are replaced. Old copies of vault.json (old
   * backups, synced copies) open only what was written before. Crash-safe: see rotateDatabaseKey.
   */
  confirmKeyRotation(group: string): Promise<void> {
    return this.queue.run(() =>
      this.withKeyCopy(async (oldKey) => {
        const pending = this.pending;
        const store = this.store;
        if (pending?.newKey?.purpose !== 'rotation' || !store) {
          throw new RpcFailure('CONFLICT', 'There is no key rotation waiting for confirmation. Start again.');
        }
        assertGroupMatches(pending, group);
        const { databaseKey: newKey, passphraseWrap } = pending.newKey;
        const nextKeyFile = sealVaultFile({ passphrase: passphraseWrap, recovery: pending.recoveryWrap }, newKey);
        const path = databasePath(this.options.vaultDir);
        try {
          rotateDatabaseKey({
            vaultDir: this.options.vaultDir,
            store,
            oldKey,
            newKey,
            nextKeyFile,
            nativeBinding: this.options.nativeBinding,
            afterStep: this.options.afterRotationStep,
          });
        } catch (error) {
          // Whatever step failed, the old generation still opens the vault: reopen it if it was closed.
          if (!store.db.open) this.reopenAfterFailedRotation(path, oldKey, nextKeyFile);
          throw storageFailure(error) ?? error;
        }
        this.store = RecordStore.open(path, newKey, { nativeBinding: this.options.nativeBinding });
        this.databaseKey?.fill(0);
        this.databaseKey = Buffer.from(newKey);
        this.keyFile = nextKeyFile;
        this.replacePending(null);
      }),
    );
  }

  /**
   * For work beside the vault that needs the key (verifying a backup it wrote): one vault
   * operation at a time, on a copy of the key wiped afterwards. Call `assertOpen()` after every
   * await: it throws LOCKED if the vault locked meanwhile.
   */
  withKey<T>(work: (key: Buffer, assertOpen: () => void) => Promise<T>): Promise<T> {
    return this.queue.run(() => this.withKeyCopy((key, epoch) => work(key, () => this.assertNotLockedSince(epoch))));
  }

  /**
   * Synchronous on purpose: an OS lock or suspend must take effect before anything else runs.
   * Never throws: a failed checkpoint (a full disk) still closes the database and wipes the key,
   * and the renderer is told.
   */
  lock(): void {
    this.lockEpoch += 1;
    this.replacePending(null);
    const wasUnlocked = this.store !== null;
    try {
      this.store?.close();
    } catch (error) {
      this.options.onCloseError?.(error);
    } finally {
      this.store = null;
      this.keyFile = null;
      this.databaseKey?.fill(0);
      this.databaseKey = null;
    }
    if (wasUnlocked) this.options.onLocked?.();
  }

  /**
   * Tries each key file present (vault.json, its mirror, a rotation's next generation) until one
   * whose secret unwraps a key that opens the database. Identical copies are tried once.
   */
  private async findWorkingKey(secret: string, purpose: WrapPurpose, epoch: number): Promise<WorkingKey> {
    this.attempts.assertMayTry();
    const { vaultDir } = this.options;
    const path = databasePath(vaultDir);
    settleUnfinishedVaultWrites(vaultDir);
    const { candidates, damaged: unreadable } = readKeyFileCandidates(vaultDir);
    if (candidates.length === 0) {
      if (unreadable > 0) throw damaged('The key file (vault.json) and its copy are damaged. Nothing was changed; restore them from a backup.');
      if (existsSync(path)) throw keyFileMissing();
      throw new RpcFailure('VAULT_ABSENT', 'There is no vault here yet.');
    }
    if (!existsSync(path)) {
      throw new RpcFailure(
        'VAULT_INCOMPLETE',
        'The vault database (kap.db) is missing from the vault folder. Nothing was changed; put it back or restore from a backup.',
      );
    }
    let unwrappedSomewhere = false;
    let refusedSomewhere = false;
    const tried = new Set<string>();
    for (const candidate of candidates) {
      const content = JSON.stringify(candidate.file);
      if (tried.has(content)) continue;
      tried.add(content);
      const key = await this.unwrap(candidate.file.wraps[purpose], secret, purpose);
      if (epoch !== this.lockEpoch) {
        key?.fill(0);
        throw lockedMidway();
      }
      if (!key) {
        refusedSomewhere = true;
        continue;
      }
      unwrappedSomewhere = true;
      if (verifyVaultFileIntegrity(candidate.file, key) && isDatabaseKey(path, key, { nativeBinding: this.options.nativeBinding })) {
        this.attempts.succeeded();
        return { candidate, key };
      }
      key.fill(0);
    }
    // A secret that opens only a key file whose key opens nothing (an older generation, while another
    // generation refused it) is an old secret, not damage; when every copy opens and none fits, it is.
    if (unwrappedSomewhere && !refusedSomewhere) {
      throw damaged(
        'The vault database (kap.db) does not open with this vault’s key: it is damaged, or not this vault’s database. Nothing was changed; restore from a backup.',
      );
    }
    throw purpose === 'passphrase' ? this.attempts.failed('passphrase', WRONG_PASSPHRASE) : this.attempts.failed('recovery-code', WRONG_RECOVERY_CODE);
  }

  /** Opens the record store with a working key; then makes vault.json and its mirror whole again. */
  private openWith({ key }: WorkingKey, keyFile: VaultFile, epoch: number): void {
    try {
      if (epoch !== this.lockEpoch) throw lockedMidway();
      this.store = RecordStore.open(databasePath(this.options.vaultDir), key, { nativeBinding: this.options.nativeBinding });
      restrictFolderMode(this.options.vaultDir);
      this.databaseKey = key;
      this.keyFile = keyFile;
    } catch (error) {
      key.fill(0);
      throw describeOpenFailure(error);
    }
    this.repairKeyFiles(keyFile);
    this.options.onUnlocked?.();
  }

  /** After opening from a mirror or a new generation, both key files say the same again. */
  private repairKeyFiles(keyFile: VaultFile): void {
    const { candidates, damaged: unreadable } = readKeyFileCandidates(this.options.vaultDir);
    const expected = JSON.stringify(keyFile);
    const whole = new Set(candidates.filter((candidate) => JSON.stringify(candidate.file) === expected).map((candidate) => candidate.name));
    const settled = unreadable === 0 && candidates.length === 2 && whole.has(VAULT_FILE_NAME) && whole.has(VAULT_MIRROR_FILE_NAME);
    if (settled && !existsSync(`${databasePath(this.options.vaultDir)}${NEW_DATABASE_SUFFIX}`)) return;
    try {
      writeVaultFiles(this.options.vaultDir, keyFile);
      settleUnfinishedVaultWrites(this.options.vaultDir, { keyFileSettled: true });
    } catch (error) {
      // The vault is open and both secrets work from the file that opened it; repair is retried at the next unlock.
      this.options.onCloseError?.(error);
    }
  }

  /** A rotation failed after closing the store: reopen with whichever generation now opens kap.db. */
  private reopenAfterFailedRotation(path: string, oldKey: Buffer, nextKeyFile: VaultFile): void {
    const newKey = this.pending?.newKey?.databaseKey;
    const swapped = !isDatabaseKey(path, oldKey, { nativeBinding: this.options.nativeBinding });
    const key = swapped ? newKey : oldKey;
    if (!key) return;
    this.store = RecordStore.open(path, key, { nativeBinding: this.options.nativeBinding });
    if (swapped) {
      this.databaseKey?.fill(0);
      this.databaseKey = Buffer.from(key);
      this.keyFile = nextKeyFile;
    }
  }

  private replaceKeyFile(keyFile: VaultFile): void {
    writeVaultFiles(this.options.vaultDir, keyFile);
    this.keyFile = keyFile;
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

  /** Proves the passphrase opens the key file in use to the key in use; returns that file. */
  private async confirmCurrentPassphrase(key: Buffer, epoch: number, passphrase: string): Promise<VaultFile> {
    const file = this.keyFile;
    if (!file) throw lockedMidway();
    this.attempts.assertMayTry();
    const unwrapped = await this.unwrap(file.wraps.passphrase, passphrase, 'passphrase');
    try {
      this.assertNotLockedSince(epoch);
      if (!unwrapped) throw this.attempts.failed('passphrase', 'That is not the current passphrase.');
      if (!timingSafeEqual(unwrapped, key) || !verifyVaultFileIntegrity(file, key)) throw damaged();
      this.attempts.succeeded();
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

  private replacePending(next: PendingRecoveryCode | null): void {
    this.pending?.newKey?.databaseKey.fill(0);
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

function damaged(message = 'The vault files are damaged or were changed outside the app. Nothing was changed; restore them from a backup.'): RpcFailure {
  return new RpcFailure('VAULT_DAMAGED', message);
}

function keyFileMissing(): RpcFailure {
  return new RpcFailure(
    'VAULT_INCOMPLETE',
    'The vault’s key file (vault.json) and its copy are missing, so the database cannot be opened. Nothing was changed; restore from a backup or bring back the key file.',
  );
}

/** Each way the database can fail to open, as the closed code and sentence the therapist can act on. */
function describeOpenFailure(error: unknown): unknown {
  if (error instanceof RpcFailure) return error;
  if (error instanceof DatabaseTooNewError) {
    return new RpcFailure('VAULT_TOO_NEW', 'This vault was saved by a newer version of KAP Companion. Update the app to open it; the vault was not changed.');
  }
  if (error instanceof DatabaseEmptyError) return damaged('The vault database (kap.db) is empty. Nothing was changed; restore it from a backup.');
  if (error instanceof DatabaseTruncatedError) {
    return damaged(
      'The vault database (kap.db) is cut off (shorter than its header says) or its first page is damaged. Nothing was changed; restore it from a backup.',
    );
  }
  if (error instanceof DatabaseUnreadableError) return damaged();
  return storageFailure(error) ?? error;
}

function recoveryCodeOrRefuse(recoveryCode: string): string {
  const canonical = normalizeRecoveryCode(recoveryCode);
  if (!canonical) throw new RpcFailure('WRONG_SECRET', `A recovery code has ${RECOVERY_CODE_LENGTH} letters and digits in ${RECOVERY_GROUPS} groups.`);
  return canonical;
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

/** A database being built when a creation stopped; kept aside rather than deleted. */
function setAsideOrphanDatabase(path: string): void {
  const stamp = Date.now();
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, `${path}.orphaned-${stamp}${suffix}`);
  }
}
