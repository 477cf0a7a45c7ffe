import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { unwrapDatabaseKey, wrapDatabaseKey } from '../../../../electron/vault/key-wrapping';
import { sealVaultFile, verifyVaultFileIntegrity } from '../../../../electron/vault/vault-file';

describe('wrapping the database key', () => {
  const key = randomBytes(32);

  it('round-trips with the right secret and uses the Argon2id floor of docs/architecture.md, section 3', async () => {
    const wrap = await wrapDatabaseKey(key, 'secret words here', 'passphrase');
    expect(wrap.kdf).toMatchObject({ algorithm: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1 });
    expect(wrap.kdf.salt).toMatch(/^[0-9a-f]{32}$/);
    expect((await unwrapDatabaseKey(wrap, 'secret words here', 'passphrase'))?.equals(key)).toBe(true);
  });

  it('fails on the GCM tag for a wrong secret, a swapped purpose or altered parameters', async () => {
    const wrap = await wrapDatabaseKey(key, 'secret words here', 'passphrase');
    expect(await unwrapDatabaseKey(wrap, 'secret words hers', 'passphrase')).toBeNull();
    expect(await unwrapDatabaseKey(wrap, 'secret words here', 'recovery')).toBeNull();
    expect(await unwrapDatabaseKey({ ...wrap, kdf: { ...wrap.kdf, iterations: 4 } }, 'secret words here', 'passphrase')).toBeNull();
  });

  it('treats a passphrase typed in composed or decomposed Unicode as the same', async () => {
    const wrap = await wrapDatabaseKey(key, 'caf\u00e9 au lait', 'passphrase');
    expect((await unwrapDatabaseKey(wrap, 'cafe\u0301 au lait', 'passphrase'))?.equals(key)).toBe(true);
  });

  it('seals vault.json so that a change anywhere fails the integrity check', async () => {
    const passphrase = await wrapDatabaseKey(key, 'one two three four', 'passphrase');
    const recovery = await wrapDatabaseKey(key, 'ABCDABCDABCDABCDABCDABCDABCD', 'recovery');
    const file = sealVaultFile({ passphrase, recovery }, key);
    expect(verifyVaultFileIntegrity(file, key)).toBe(true);
    expect(verifyVaultFileIntegrity(file, randomBytes(32))).toBe(false);
    const altered = { ...file, wraps: { ...file.wraps, recovery: { ...recovery, iv: '00'.repeat(12) } } };
    expect(verifyVaultFileIntegrity(altered, key)).toBe(false);
  });
});
