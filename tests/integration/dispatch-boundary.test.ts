import fc from 'fast-check';
import { describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import { ERROR_CODES, FIELD_LIMITS, methods } from '../../shared/contract/index';
import { call } from '../support/temp-vault';
import { fileVaultTest } from '../support/vault-fixture';
import { STRONG_PASSPHRASE } from '../support/passphrases';

/** The observable state of the records: if this is unchanged, nothing was written. */
async function snapshot(core: AppCore): Promise<string> {
  const active = await call(core, 'clients.list', {});
  const archived = await call(core, 'clients.list', { archived: true });
  const settings = await call(core, 'settings.get', {});
  return JSON.stringify([active, archived, settings]);
}

describe('dispatch() at the main-process boundary', () => {
  let core: AppCore;
  let clientId: string;

  fileVaultTest.beforeAll(async ({ vault }) => {
    core = vault.core;
    clientId = (await call(core, 'clients.create', { displayName: 'Existing Client' })).id;
  });

  const invalidCases: [string, string, unknown][] = [
    ['an unknown method', 'clients.drop', {}],
    ['an inherited name', 'constructor', {}],
    ['a prototype name', '__proto__', {}],
    ['a non-string method', 42 as unknown as string, {}],
    ['a missing required field', 'clients.create', {}],
    ['a wrong type', 'clients.create', { displayName: 7 }],
    ['an unknown field', 'clients.create', { displayName: 'A', diagnosis: 'x' }],
    ['a blank name', 'clients.create', { displayName: '   ' }],
    ['an over-long name', 'clients.create', { displayName: 'x'.repeat(FIELD_LIMITS.name + 1) }],
    ['an over-long about text', 'clients.create', { displayName: 'A', about: 'x'.repeat(FIELD_LIMITS.clientNote + 1) }],
    ['an impossible date', 'clients.create', { displayName: 'A', dateOfBirth: '2001-02-30' }],
    ['a __proto__ key', 'clients.create', JSON.parse('{"displayName":"A","__proto__":{"polluted":true}}')],
    ['a nested __proto__ key', 'clients.list', JSON.parse('{"query":"a","x":{"__proto__":{}}}')],
    ['NaN', 'settings.update', { idleLockMinutes: Number.NaN }],
    ['Infinity', 'settings.update', { idleLockMinutes: Number.POSITIVE_INFINITY }],
    ['a fraction', 'settings.update', { idleLockMinutes: 2.5 }],
    ['out of range', 'settings.update', { idleLockMinutes: 0 }],
    ['a non-object input', 'clients.create', 'displayName'],
    ['an array input', 'clients.create', ['A']],
    ['a Date', 'clients.create', { displayName: 'A', dateOfBirth: new Date() }],
    ['a malformed id', 'clients.archive', { id: "1' OR '1'='1" }],
  ];

  fileVaultTest.each(invalidCases)('rejects %s with INVALID and writes nothing', async (_label, method, input) => {
    const before = await snapshot(core);
    const result = await core.dispatch(method, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await snapshot(core)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  fileVaultTest('names the field, never the rejected value, in the message', async () => {
    const secret = `Secret-${'q'.repeat(FIELD_LIMITS.name)}`;
    const result = await core.dispatch('clients.create', { displayName: secret });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toContain('displayName');
      expect(result.error.message).not.toContain('Secret-');
    }
  });

  fileVaultTest('answers NOT_FOUND for a well-formed id that does not exist', async () => {
    expect(await core.dispatch('clients.get', { id: 'no-such-client' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  fileVaultTest('answers every method with a closed error code and never throws, whatever the input', async () => {
    const names = Object.keys(methods).filter((name) => name !== 'vault.lock');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.anything({ withNullPrototype: true, withObjectString: true }), async (method, input) => {
        const result = await core.dispatch(method, input);
        if (!result.ok) {
          expect(ERROR_CODES).toContain(result.error.code);
          expect(result.error.code).not.toBe('INTERNAL');
        }
      }),
      { numRuns: 300 },
    );
    expect(await call(core, 'vault.status')).toEqual({ state: 'unlocked' });
  });

  fileVaultTest('refuses any client draft carrying a poisoned value and writes nothing', async () => {
    const poison = fc.oneof(
      fc.constant(Number.NaN),
      fc.constant(Number.NEGATIVE_INFINITY),
      fc.string({ minLength: FIELD_LIMITS.clientNote + 1, maxLength: FIELD_LIMITS.clientNote + 50 }),
      fc.constant(JSON.parse('{"__proto__":{"x":1}}')),
    );
    const field = fc.constantFrom('displayName', 'preferredName', 'pronouns', 'dateOfBirth', 'about');
    const before = await snapshot(core);
    await fc.assert(
      fc.asyncProperty(field, poison, async (name, value) => {
        const result = await core.dispatch('clients.update', { id: clientId, displayName: 'Changed', [name]: value });
        expect(result).toMatchObject({ ok: false, error: { code: 'INVALID' } });
      }),
      { numRuns: 100 },
    );
    expect(await snapshot(core)).toBe(before);
  });

  fileVaultTest('answers LOCKED for every non-vault method while locked', async () => {
    core.lock('user');
    try {
      for (const name of Object.keys(methods)) {
        const spec = methods[name as keyof typeof methods];
        if (spec.whileLocked) continue;
        expect(await core.dispatch(name, {}), name).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      }
    } finally {
      await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    }
  });
});
