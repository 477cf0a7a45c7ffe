import { describe, expect, it } from 'vitest';
import { formatCalendarDay, formatCountdown, formatMinutes, formatOverdue, formatSinceDose } from '../../../../../renderer/src/ui/time-text';

const T0 = new Date(2026, 10, 24, 10, 0, 0).getTime();
const MIN = 60_000;

describe('session times', () => {
  it('places entries relative to the dose, rounding away from T0 before it', () => {
    expect(formatSinceDose(T0 + 12 * MIN + 5_000, T0)).toBe('T+12:05');
    expect(formatSinceDose(T0 + 75 * MIN, T0)).toBe('T+1:15:00');
    expect(formatSinceDose(T0 - 3_200, T0)).toBe('T−00:04');
  });

  it('counts down in minutes, then seconds in the last minute', () => {
    expect(formatCountdown(33 * MIN)).toBe('in 33 min');
    expect(formatCountdown(90 * MIN)).toBe('in 1 h 30 min');
    expect(formatCountdown(42_000)).toBe('in 42 s');
    expect(formatOverdue(-30_000)).toBe('due now');
    expect(formatOverdue(-4 * MIN)).toBe('due 4 min ago');
    expect(formatMinutes(125)).toBe('2 h 05 min');
  });
});

describe('calendar days', () => {
  it('names the weekday of a planned day, and shows anything else as it is', () => {
    // 8 March 2026 is a Sunday everywhere; a US clock change that night must not make it Saturday.
    expect(formatCalendarDay('2026-03-08')).toMatch(/Sun/);
    expect(formatCalendarDay('2026-03-08')).toMatch(/\b8\b.*2026/);
    expect(formatCalendarDay('2026-03-09')).toMatch(/Mon/);
    expect(formatCalendarDay('not a date')).toBe('not a date');
  });
});
