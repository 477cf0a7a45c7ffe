import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAppCore } from '../../../../electron/app-core';
import { silentLogger } from '../../../../electron/logger';
import { describeValidationError } from '../../../../electron/rpc/describe-validation-error';
import { makeTempDir, removeDir } from '../../../support/temp-vault';

function describeFailure(schema: z.ZodType, input: unknown): string {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected the input to be refused');
  return describeValidationError(parsed.error);
}

describe('validation errors do not echo unbounded input', () => {
  it('names a few unknown keys, shortened, and counts the rest, however many were sent', () => {
    const input = Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`${'k'.repeat(1_000)}${index}`, 1]));
    const message = describeFailure(z.strictObject({ id: z.string().optional() }), input);
    expect(message).toMatch(/^input: unexpected field\(s\) ("k{40}…", ){4}"k{40}…" and 9995 more$/);
    expect(message.length).toBeLessThan(300);
  });

  it('keeps the answer dispatch sends short: 10,000 long unknown keys give a few hundred characters', async () => {
    const vaultDir = makeTempDir();
    const core = createAppCore({ vaultDir, logger: silentLogger });
    try {
      const input = Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`${'k'.repeat(1_000)}${index}`, 1]));
      const answer = await core.dispatch('vault.status', input);
      expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID' } });
      expect(JSON.stringify(answer).length).toBeLessThan(400);
    } finally {
      await core.close();
      removeDir(vaultDir);
    }
  });

  it('names every unknown key when there are only a few', () => {
    expect(describeFailure(z.strictObject({}), { a: 1, b: 2 })).toBe('input: unexpected field(s) "a", "b"');
  });

  it('shortens a path made of keys the caller chose, however long and deep', () => {
    let schema: z.ZodType = z.number();
    let input: unknown = 'not a number';
    for (let depth = 0; depth < 20; depth++) {
      schema = z.record(z.string(), schema);
      input = { [`${depth}${'x'.repeat(5_000)}`]: input };
    }
    const message = describeFailure(schema, input);
    expect(message).toMatch(/^19x{38}…\.18x{38}….+…: /);
    expect(message.length).toBeLessThan(300);
  });

  it('names at most three failing fields and counts the rest', () => {
    const message = describeFailure(
      z.array(z.number()),
      Array.from({ length: 10_000 }, () => 'no'),
    );
    expect(message).toMatch(/^0: .+; 1: .+; 2: .+ \(and 9997 more\)$/);
  });
});
