import { describe, expect, it } from 'vitest';
import { dischargedTimes, lateEntryAt, maxMinutesBeforeDischarge } from '../../../../../../../renderer/src/features/sessions/late-entry/late-entry-time';

const MIN = 60_000;
const checkInAt = Date.UTC(2026, 11, 2, 9, 0, 0);
const endedAt = checkInAt + 170 * MIN + 30_000;

describe('the time a late entry refers to', () => {
  it('is counted back from the discharge: 0 is the discharge time itself', () => {
    const times = { checkInAt, endedAt };
    expect(lateEntryAt(times, 0)).toBe(endedAt);
    expect(lateEntryAt(times, 90)).toBe(endedAt - 90 * MIN);
  });

  it('reaches back no further than check-in, in whole minutes', () => {
    const times = { checkInAt, endedAt };
    expect(maxMinutesBeforeDischarge(times)).toBe(170);
    expect(lateEntryAt(times, maxMinutesBeforeDischarge(times))).toBeGreaterThanOrEqual(checkInAt);
  });

  it('exists only for a discharged session with a check-in', () => {
    expect(dischargedTimes({ status: 'discharged', checkInAt, endedAt })).toEqual({ checkInAt, endedAt });
    expect(dischargedTimes({ status: 'cancelled', checkInAt, endedAt })).toBeNull();
    expect(dischargedTimes({ status: 'dosed', checkInAt, endedAt: null })).toBeNull();
  });
});
