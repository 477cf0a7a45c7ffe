import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { KDF_LIMITS, type KeyWrap } from './key-wrapping';

export const VAULT_FILE_NAME = 'vault.json';
export const DATABASE_FILE_NAME = 'kap.db';
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

/** Parses and validates vault.json; throws VaultFileDamagedError for anything unexpected. */
export function readVaultFile(vaultDir: string): VaultFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(vaultFilePath(vaultDir), 'utf8'));
  } catch {
    throw new VaultFileDamagedError();
  }
  const result = vaultFileSchema.safeParse(parsed);
  if (!result.success) throw new VaultFileDamagedError();
  return result.data;
}

/** Written whole to a temporary file, flushed, then renamed over: a crash leaves the old or the new file. */
export function writeVaultFile(vaultDir: string, file: VaultFile): void {
  const target = vaultFilePath(vaultDir);
  const temporary = `${target}.tmp`;
  const descriptor = openSync(temporary, 'w', 0o600);
  try {
    writeSync(descriptor, `${JSON.stringify(file, null, 2)}\n`);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  renameSync(temporary, target);
  if (process.platform !== 'win32') {
    const directory = openSync(vaultDir, 'r');
    try {
      fsyncSync(directory);
    } finally {
      closeSync(directory);
    }
  }
}
