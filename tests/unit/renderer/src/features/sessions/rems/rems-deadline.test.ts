import { describe, expect, it } from 'vitest';
import { daysUntil } from '../../../../../../../shared/calendar-date';
import { describeDeadline, remsFileName } from '../../../../../../../renderer/src/features/sessions/rems/rems-deadline';

const T0 = new Date(2026, 10, 24, 10, 0, 0).getTime();

describe('REMS deadline', () => {
  it('counts calendar days to the due date', () => {
    expect(daysUntil('2026-12-01', T0)).toBe(7);
    expect(describeDeadline('2026-12-01', T0)).toBe('due by 2026-12-01, in 7 days');
    expect(describeDeadline('2026-11-24', T0)).toBe('due today (2026-11-24)');
    expect(describeDeadline('2026-11-20', T0)).toBe('4 days overdue (was due 2026-11-20)');
  });

  it('names the PDF by date only, never by client', () => {
    expect(remsFileName('2026-11-24')).toBe('REMS monitoring form 2026-11-24.pdf');
  });
});
