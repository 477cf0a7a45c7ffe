import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { type Algorithm, hashRaw } from '@node-rs/argon2';

/** Argon2id cost, stored with each wrap. The floor is the design's (docs/architecture.md, section 3); the ceiling stops a tampered file from hanging unlock. */
export const KDF_LIMITS = {
  memoryKiB: { min: 64 * 1024, max: 1024 * 1024 },
  iterations: { min: 3, max: 20 },
  parallelism: { min: 1, max: 8 },
} as const;

/** The library's Algorithm is an ambient const enum, which isolated modules cannot read. */
const ARGON2ID = 2 as Algorithm.Argon2id;

export const DEFAULT_KDF_COST = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const;

export interface KdfParams {
  algorithm: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  /** 16 random bytes, hex. */
  salt: string;
}

export interface KeyWrap {
  kdf: KdfParams;
  cipher: 'aes-256-gcm';
  /** 12 bytes, hex. */
  iv: string;
  /** 16 bytes, hex. */
  tag: string;
  /** The wrapped 32-byte database key, hex. */
  ciphertext: string;
}

export type WrapPurpose = 'passphrase' | 'recovery';

/** Passphrases are compared as typed text; NFC makes "é" typed two ways the same passphrase. */
function secretBytes(secret: string): Buffer {
  return Buffer.from(secret.normalize('NFC'), 'utf8');
}

/** Secret + stored parameters -> 32-byte wrapping key. Injectable so tests can hold a derivation open. */
export type KeyDerivation = (secret: string, kdf: KdfParams) => Promise<Buffer>;

export async function deriveWrappingKey(secret: string, kdf: KdfParams): Promise<Buffer> {
  const secretBuffer = secretBytes(secret);
  try {
    return await hashRaw(secretBuffer, {
      algorithm: ARGON2ID,
      memoryCost: kdf.memoryKiB,
      timeCost: kdf.iterations,
      parallelism: kdf.parallelism,
      outputLen: 32,
      salt: Buffer.from(kdf.salt, 'hex'),
    });
  } finally {
    secretBuffer.fill(0);
  }
}

/** The wrap is bound to its purpose and KDF parameters, so neither can be swapped in the file. */
function additionalData(purpose: WrapPurpose, kdf: KdfParams): Buffer {
  return Buffer.from(`kap-vault-wrap-v1|${purpose}|${kdf.algorithm}|${kdf.memoryKiB}|${kdf.iterations}|${kdf.parallelism}|${kdf.salt}`, 'utf8');
}

export async function wrapDatabaseKey(
  databaseKey: Uint8Array,
  secret: string,
  purpose: WrapPurpose,
  derive: KeyDerivation = deriveWrappingKey,
): Promise<KeyWrap> {
  const kdf: KdfParams = { algorithm: 'argon2id', ...DEFAULT_KDF_COST, salt: randomBytes(16).toString('hex') };
  const wrappingKey = await derive(secret, kdf);
  try {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
    cipher.setAAD(additionalData(purpose, kdf));
    const ciphertext = Buffer.concat([cipher.update(databaseKey), cipher.final()]);
    return {
      kdf,
      cipher: 'aes-256-gcm',
      iv: iv.toString('hex'),
      tag: cipher.getAuthTag().toString('hex'),
      ciphertext: ciphertext.toString('hex'),
    };
  } finally {
    wrappingKey.fill(0);
  }
}

/** The database key, or null when the secret is wrong (the GCM tag does not verify). */
export async function unwrapDatabaseKey(
  wrap: KeyWrap,
  secret: string,
  purpose: WrapPurpose,
  derive: KeyDerivation = deriveWrappingKey,
): Promise<Buffer | null> {
  const wrappingKey = await derive(secret, wrap.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrap.iv, 'hex'));
    decipher.setAAD(additionalData(purpose, wrap.kdf));
    decipher.setAuthTag(Buffer.from(wrap.tag, 'hex'));
    return Buffer.concat([decipher.update(Buffer.from(wrap.ciphertext, 'hex')), decipher.final()]);
  } catch {
    return null;
  } finally {
    wrappingKey.fill(0);
  }
}
