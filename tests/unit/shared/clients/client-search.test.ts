import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../../../shared/clients/client-search';
import { isCalendarDate } from '../../../../shared/contract/fields';

describe('normalizeForSearch', () => {
  it('folds case, accents and runs of spaces', () => {
    expect(normalizeForSearch('  José   ÁLVAREZ ')).toBe('jose alvarez');
    expect(normalizeForSearch('Zoë')).toBe('zoe');
    expect(normalizeForSearch('Ａｎｎ')).toBe('ann');
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates and refuses impossible or malformed ones', () => {
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2001-02-29')).toBe(false);
    expect(isCalendarDate('2001-13-01')).toBe(false);
    expect(isCalendarDate('1/2/2001')).toBe(false);
  });
});
