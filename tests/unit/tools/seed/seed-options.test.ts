import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSPHRASE, parseSeedArguments, SeedUsageError } from '../../../../tools/seed/seed-options';
import { evaluatePassphrase } from '../../../../shared/vault/passphrase-strength';

describe('parseSeedArguments', () => {
  it('reads the folder and numbers, with defaults for the rest', () => {
    expect(parseSeedArguments(['vaults/demo', '--clients', '1000'])).toEqual({
      kind: 'seed',
      options: { vaultDir: resolve('vaults/demo'), clients: 1000, archived: 50, seed: 1, passphrase: DEMO_PASSPHRASE },
    });
    expect(parseSeedArguments(['v', '--clients', '100000', '--archived', '0', '--seed', '9', '--passphrase', 'p q r'])).toMatchObject({
      options: { clients: 100000, archived: 0, seed: 9, passphrase: 'p q r' },
    });
  });

  it('asks for help when told to', () => {
    expect(parseSeedArguments(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['v', '--clients', '0']],
    [['v', '--clients', '100001']],
    [['v', '--clients', '1e3']],
    [['v', '--clients', '12.5']],
    [['v', '--clients', '-5']],
    [['v', '--clients', '10', '--archived', '11']],
    [['v', '--seed', '4294967296']],
    [['v', '--unknown']],
    [[]],
    [['one', 'two']],
  ])('refuses %j with a usage error', (args) => {
    expect(() => parseSeedArguments(args)).toThrow(SeedUsageError);
  });

  it('has a demo passphrase the vault accepts', () => {
    expect(evaluatePassphrase(DEMO_PASSPHRASE).acceptable).toBe(true);
  });
});
