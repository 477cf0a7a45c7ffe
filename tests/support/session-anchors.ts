import type { SessionAnchors } from '../../shared/session/session-clock';

/** A dose time for clock tests, and minutes in milliseconds. */
export const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);
export const MIN = 60_000;

/** A session checked in 20 minutes before a dose at T0, with nothing marked yet; tests override what they need. */
export const anchors = (overrides: Partial<SessionAnchors> = {}): SessionAnchors => ({
  checkInAt: T0 - 20 * MIN,
  dosedAt: T0,
  phaseMarks: {},
  acknowledgedCues: {},
  endedAt: null,
  ...overrides,
});
