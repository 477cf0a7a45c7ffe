import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../../../shared/clients/client-search';

describe('normalizeForSearch', () => {
  it('folds case, accents and runs of spaces', () => {
    expect(normalizeForSearch('  José   ÁLVAREZ ')).toBe('jose alvarez');
    expect(normalizeForSearch('Zoë')).toBe('zoe');
    expect(normalizeForSearch('Ａｎｎ')).toBe('ann');
  });
});
