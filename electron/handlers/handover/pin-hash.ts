import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { StoredPinHash } from '../../../db/handover-pin-repository';

/**
 * scrypt at N=2^15, r=8, p=1 (32 MiB, about a tenth of a second): the PIN has few digits, so a
 * copy of the hash must be slow to try them all against. Stored with each hash, so they can rise.
 */
export const PIN_SCRYPT = { cost: 2 ** 15, blockSize: 8, parallelization: 1 } as const;
const SALT_BYTES = 16;
const HASH_BYTES = 32;

function derive(pin: string, salt: Buffer, { cost, blockSize, parallelization }: Omit<StoredPinHash, 'salt' | 'hash'>): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(pin, salt, HASH_BYTES, { N: cost, r: blockSize, p: parallelization, maxmem: 256 * cost * blockSize }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPin(pin: string): Promise<StoredPinHash> {
  const salt = randomBytes(SALT_BYTES);
  return { salt, hash: await derive(pin, salt, PIN_SCRYPT), ...PIN_SCRYPT };
}

export async function pinMatches(pin: string, stored: StoredPinHash): Promise<boolean> {
  const hash = await derive(pin, stored.salt, stored);
  return hash.length === stored.hash.length && timingSafeEqual(hash, stored.hash);
}
