import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { KDF_LIMITS, type KeyWrap } from './key-wrapping';

export const VAULT_FILE_NAME = 'vault.json';
/** The same key file, written right after vault.json: one lost or damaged file does not lose the key. */
export const VAULT_MIRROR_FILE_NAME = 'vault.mirror.json';
/** A key rotation's new generation, until the re-keyed database is in place. */
export const VAULT_NEXT_FILE_NAME = 'vault.next.json';
export const DATABASE_FILE_NAME = 'kap.db';

/** Where the key files are looked for, in order: the current file, its mirror, a rotation in flight. */
export const KEY_FILE_NAMES = [VAULT_FILE_NAME, VAULT_MIRROR_FILE_NAME, VAULT_NEXT_FILE_NAME] as const;
export type KeyFileName = (typeof KEY_FILE_NAMES)[number];
export const VAULT_FORMAT = 'kap-companion-vault';
export const VAULT_FORMAT_VERSION = 1;

/** Lower-case hex of an exact length: one spelling per value, so every byte of the file matters. */
const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));
const bounded = (limits: { min: number; max: number }) => z.number().int().min(limits.min).max(limits.max);

const keyWrapSchema = z.strictObject({
  kdf: z.strictObject({
    algorithm: z.literal('argon2id'),
    memoryKiB: bounded(KDF_LIMITS.memoryKiB),
    iterations: bounded(KDF_LIMITS.iterations),
    parallelism: bounded(KDF_LIMITS.parallelism),
    salt: hex(16),
  }),
  cipher: z.literal('aes-256-gcm'),
  iv: hex(12),
  tag: hex(16),
  ciphertext: hex(32),
});

const vaultFileSchema = z.strictObject({
  format: z.literal(VAULT_FORMAT),
  version: z.literal(VAULT_FORMAT_VERSION),
  wraps: z.strictObject({ passphrase: keyWrapSchema, recovery: keyWrapSchema }),
  /** HMAC over everything else, keyed from the database key: a change anywhere fails unlock. */
  integrity: hex(32),
});

export type VaultFile = z.infer<typeof vaultFileSchema>;
export type VaultFileBody = Omit<VaultFile, 'integrity'>;

export class VaultFileDamagedError extends Error {
  constructor() {
    super('vault.json is damaged or not a KAP Companion vault file.');
    this.name = 'VaultFileDamagedError';
  }
}

export function vaultFilePath(vaultDir: string): string {
  return join(vaultDir, VAULT_FILE_NAME);
}

export function databasePath(vaultDir: string): string {
  return join(vaultDir, DATABASE_FILE_NAME);
}

/** Sorted keys, no whitespace: the bytes the integrity MAC covers. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

function integrityOf(body: VaultFileBody, databaseKey: Uint8Array): Buffer {
  const macKey = Buffer.from(hkdfSync('sha256', databaseKey, Buffer.alloc(0), 'kap-vault-file-integrity-v1', 32));
  try {
    return createHmac('sha256', macKey).update(canonicalJson(body)).digest();
  } finally {
    macKey.fill(0);
  }
}

export function sealVaultFile(wraps: { passphrase: KeyWrap; recovery: KeyWrap }, databaseKey: Uint8Array): VaultFile {
  const body: VaultFileBody = { format: VAULT_FORMAT, version: VAULT_FORMAT_VERSION, wraps };
  return { ...body, integrity: integrityOf(body, databaseKey).toString('hex') };
}

export function verifyVaultFileIntegrity(file: VaultFile, databaseKey: Uint8Array): boolean {
  const { integrity, ...body } = file;
  return timingSafeEqual(integrityOf(body, databaseKey), Buffer.from(integrity, 'hex'));
}

/** Parses and validates one key file; throws VaultFileDamagedError for anything unexpected. */
export function readVaultFile(vaultDir: string, name: KeyFileName = VAULT_FILE_NAME): VaultFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(vaultDir, name), 'utf8'));
  } catch {
    throw new VaultFileDamagedError();
  }
  const result = vaultFileSchema.safeParse(parsed);
  if (!result.success) throw new VaultFileDamagedError();
  return result.data;
}

export interface KeyFileCandidate {
  name: KeyFileName;
  file: VaultFile;
}

/** Every key file present, in KEY_FILE_NAMES order, and how many were present but unreadable. */
export function readKeyFileCandidates(vaultDir: string): { candidates: KeyFileCandidate[]; damaged: number } {
  const candidates: KeyFileCandidate[] = [];
  let damaged = 0;
  for (const name of KEY_FILE_NAMES) {
    if (!existsSync(join(vaultDir, name))) continue;
    try {
      candidates.push({ name, file: readVaultFile(vaultDir, name) });
    } catch (error) {
      if (!(error instanceof VaultFileDamagedError)) throw error;
      damaged += 1;
    }
  }
  return { candidates, damaged };
}

export function anyKeyFileExists(vaultDir: string): boolean {
  return KEY_FILE_NAMES.some((name) => existsSync(join(vaultDir, name)));
}

/** The key file and then its mirror, each written atomically: at every moment one of them is whole. */
export function writeVaultFiles(vaultDir: string, file: VaultFile): void {
  writeVaultFile(vaultDir, file, VAULT_FILE_NAME);
  writeVaultFile(vaultDir, file, VAULT_MIRROR_FILE_NAME);
}

export function writeVaultFile(vaultDir: string, file: VaultFile, name: KeyFileName): void {
  writeOwnerOnlyFileAtomically(vaultDir, name, `${JSON.stringify(file, null, 2)}\n`);
}

/** Written whole to a temporary file (owner-only), flushed, then renamed over: a crash leaves the old or the new file. */
export function writeOwnerOnlyFileAtomically(dir: string, name: string, text: string): void {
  const target = join(dir, name);
  const temporary = `${target}.tmp`;
  const descriptor = openSync(temporary, 'w', 0o600);
  try {
    writeSync(descriptor, text);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  renameSync(temporary, target);
  fsyncDirectory(dir);
}

/** Makes renames and removals in a folder durable (a no-op where folders cannot be opened, on Windows). */
export function fsyncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const directory = openSync(dir, 'r');
  try {
    fsyncSync(directory);
  } finally {
    closeSync(directory);
  }
}
