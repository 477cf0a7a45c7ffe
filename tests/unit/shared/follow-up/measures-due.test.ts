import { describe, expect, it } from 'vitest';
import { isPhq9Due } from '../../../../shared/follow-up/measures-due';

describe('isPhq9Due', () => {
  it('is due with no PHQ-9 at all, the baseline, before or after a first dose', () => {
    expect(isPhq9Due(null, null)).toBe(true);
    expect(isPhq9Due('2026-03-01', null)).toBe(true);
  });

  it('is due when the last PHQ-9 came before the previous dose day, and not when taken on or after it', () => {
    expect(isPhq9Due('2026-03-05', '2026-03-04')).toBe(true);
    expect(isPhq9Due('2026-03-05', '2026-03-05')).toBe(false);
    expect(isPhq9Due('2026-03-05', '2026-03-07')).toBe(false);
  });

  it('is not due before the first dose once a baseline exists', () => {
    expect(isPhq9Due(null, '2026-02-20')).toBe(false);
  });
});
