import { describe, expect, it } from 'vitest';
import { hashPin, PIN_SCRYPT, pinMatches } from '../../../../../electron/handlers/handover/pin-hash';

describe('hand-over PIN hashing', () => {
  it('stores a salted scrypt hash with its parameters, never the PIN, and matches only the same PIN', async () => {
    const stored = await hashPin('2468');
    expect(stored).toMatchObject(PIN_SCRYPT);
    expect(stored.salt).toHaveLength(16);
    expect(stored.hash).toHaveLength(32);
    expect(stored.hash.toString('utf8')).not.toContain('2468');
    expect(await pinMatches('2468', stored)).toBe(true);
    expect(await pinMatches('2469', stored)).toBe(false);
    expect(await pinMatches('24680', stored)).toBe(false);
  });

  it('salts each hash, so the same PIN twice gives two different hashes', async () => {
    const [first, second] = await Promise.all([hashPin('1357'), hashPin('1357')]);
    expect(first.salt.equals(second.salt)).toBe(false);
    expect(first.hash.equals(second.hash)).toBe(false);
    expect(await pinMatches('1357', second)).toBe(true);
  });
});
