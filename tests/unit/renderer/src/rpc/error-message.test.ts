import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../../../shared/contract';
import { describeError, errorSentence } from '../../../../../renderer/src/rpc/error-message';
import { RpcError } from '../../../../../shared/contract/errors';

describe('error sentences', () => {
  it('has a sentence for every error code', () => {
    for (const code of ERROR_CODES) expect(errorSentence(code)).toMatch(/^[A-Z].+\.$/);
  });

  it('adds main’s message for INVALID, which names the field', () => {
    expect(describeError(new RpcError('INVALID', 'displayName: Required'))).toContain('displayName: Required');
  });

  it('lets a screen say something more specific', () => {
    expect(describeError(new RpcError('WRONG_SECRET', ''), { WRONG_SECRET: 'Wrong passphrase.' })).toBe('Wrong passphrase.');
  });

  it('treats anything that is not an RPC error as internal', () => {
    expect(describeError(new Error('boom'))).toBe(errorSentence('INTERNAL'));
  });
});
