import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_UP_LADDER, doseDayOf, followUpDates, followUpLadderSchema, type FollowUpLadder } from '../../../../shared/follow-up/follow-up-ladder';

/** Node re-reads TZ when it is assigned, so each case can run in the zone it is about. */
const startingZone = process.env.TZ;
function inZone(zone: string, check: () => void) {
  process.env.TZ = zone;
  try {
    check();
  } finally {
    if (startingZone === undefined) delete process.env.TZ;
    else process.env.TZ = startingZone;
  }
}
afterEach(() => {
  expect(process.env.TZ).toBe(startingZone);
});

const dates = (doseDay: string, ladder: FollowUpLadder = DEFAULT_FOLLOW_UP_LADDER) => followUpDates(doseDay, ladder).map((contact) => contact.dueDate);

describe('followUpDates', () => {
  it('proposes the day after and one week after by default, labelled', () => {
    expect(followUpDates('2026-06-10', DEFAULT_FOLLOW_UP_LADDER)).toEqual([
      { offsetDays: 1, label: 'Next-day check-in', dueDate: '2026-06-11' },
      { offsetDays: 7, label: 'One-week integration', dueDate: '2026-06-17' },
    ]);
  });

  it('rolls over month and year ends and leap days', () => {
    expect(dates('2026-01-31')).toEqual(['2026-02-01', '2026-02-07']);
    expect(dates('2026-02-28')).toEqual(['2026-03-01', '2026-03-07']);
    expect(dates('2028-02-28')).toEqual(['2028-02-29', '2028-03-06']);
    expect(dates('2026-12-31')).toEqual(['2027-01-01', '2027-01-07']);
  });

  it('counts calendar days across daylight-saving changes, not 24-hour steps', () => {
    // Europe: clocks go forward on 29 March 2026 and back on 25 October 2026; US: 8 March and 1 November.
    expect(dates('2026-03-28')).toEqual(['2026-03-29', '2026-04-04']);
    expect(dates('2026-10-24')).toEqual(['2026-10-25', '2026-10-31']);
    expect(dates('2026-03-07')).toEqual(['2026-03-08', '2026-03-14']);
  });

  it('takes the dose day where the therapist is: a dose late in the evening before a change keeps its own day', () => {
    inZone('Europe/Berlin', () => {
      // 23:30 local on 28 March, the night the clocks go forward.
      const dosedAt = new Date(2026, 2, 28, 23, 30).getTime();
      expect(doseDayOf(dosedAt)).toBe('2026-03-28');
      expect(dates(doseDayOf(dosedAt))).toEqual(['2026-03-29', '2026-04-04']);
    });
    inZone('America/New_York', () => {
      // 00:30 local on 1 November, the night the clocks go back: still that day, whatever UTC says.
      const dosedAt = new Date(2026, 10, 1, 0, 30).getTime();
      expect(doseDayOf(dosedAt)).toBe('2026-11-01');
      expect(dates(doseDayOf(dosedAt))).toEqual(['2026-11-02', '2026-11-08']);
    });
  });

  it('follows the clinic ladder in day order, and proposes nothing for an empty one', () => {
    const ladder = [
      { offsetDays: 14, label: 'Two weeks' },
      { offsetDays: 2, label: 'Two days' },
    ];
    expect(followUpDates('2026-05-30', ladder)).toEqual([
      { offsetDays: 2, label: 'Two days', dueDate: '2026-06-01' },
      { offsetDays: 14, label: 'Two weeks', dueDate: '2026-06-13' },
    ]);
    expect(followUpDates('2026-05-30', [])).toEqual([]);
  });
});

describe('followUpLadderSchema', () => {
  it('takes the default, and refuses a day twice, day 0, a blank label and more than six rungs', () => {
    expect(followUpLadderSchema.safeParse(DEFAULT_FOLLOW_UP_LADDER).success).toBe(true);
    expect(
      followUpLadderSchema.safeParse([
        { offsetDays: 1, label: 'A' },
        { offsetDays: 1, label: 'B' },
      ]).success,
    ).toBe(false);
    expect(followUpLadderSchema.safeParse([{ offsetDays: 0, label: 'Same day' }]).success).toBe(false);
    expect(followUpLadderSchema.safeParse([{ offsetDays: 3, label: '  ' }]).success).toBe(false);
    expect(followUpLadderSchema.safeParse(Array.from({ length: 7 }, (_, index) => ({ offsetDays: index + 1, label: `Day ${index + 1}` }))).success).toBe(false);
  });
});
