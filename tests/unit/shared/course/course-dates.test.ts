import { afterEach, describe, expect, it } from 'vitest';
import { localCalendarDate, localMidnight } from '../../../../shared/calendar-date';
import { movePlannedDate, suggestedCourseDates } from '../../../../shared/course/course-dates';
import type { CourseSchedule } from '../../../../shared/course/course-types';

const DEFAULT: CourseSchedule = { kind: 'clinic-default', doses: 6, weeks: 3 };
const ESKETAMINE: CourseSchedule = { kind: 'esketamine-label', maintenance: 'weekly' };

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

describe('suggestedCourseDates', () => {
  it('lays the clinic default out as 6 doses over 3 weeks, twice a week on the same weekdays', () => {
    expect(suggestedCourseDates(DEFAULT, '2026-06-01')).toEqual(['2026-06-01', '2026-06-04', '2026-06-08', '2026-06-11', '2026-06-15', '2026-06-18']);
  });

  it('follows edited numbers of doses and weeks', () => {
    expect(suggestedCourseDates({ kind: 'clinic-default', doses: 4, weeks: 4 }, '2026-06-01')).toEqual([
      '2026-06-01',
      '2026-06-08',
      '2026-06-15',
      '2026-06-22',
    ]);
    expect(suggestedCourseDates({ kind: 'clinic-default', doses: 1, weeks: 1 }, '2026-06-01')).toEqual(['2026-06-01']);
    expect(suggestedCourseDates({ kind: 'clinic-default', doses: 8, weeks: 2 }, '2026-06-01')).toHaveLength(8);
  });

  it('lays the esketamine label out as twice weekly in weeks 1-4 and weekly in weeks 5-8', () => {
    expect(suggestedCourseDates(ESKETAMINE, '2026-03-02')).toEqual([
      ...['2026-03-02', '2026-03-05', '2026-03-09', '2026-03-12', '2026-03-16', '2026-03-19', '2026-03-23', '2026-03-26'],
      ...['2026-03-30', '2026-04-06', '2026-04-13', '2026-04-20'],
    ]);
  });

  it('crosses month and year ends, and 29 February in a leap year', () => {
    expect(suggestedCourseDates(DEFAULT, '2026-12-28')).toEqual(['2026-12-28', '2026-12-31', '2027-01-04', '2027-01-07', '2027-01-11', '2027-01-14']);
    expect(suggestedCourseDates(DEFAULT, '2028-02-26')).toEqual(['2028-02-26', '2028-02-29', '2028-03-04', '2028-03-07', '2028-03-11', '2028-03-14']);
    expect(suggestedCourseDates(DEFAULT, '2027-02-26')).toEqual(['2027-02-26', '2027-03-01', '2027-03-05', '2027-03-08', '2027-03-12', '2027-03-15']);
    expect(suggestedCourseDates(ESKETAMINE, '2026-11-30').at(-1)).toBe('2027-01-18');
  });

  // Each start is the Thursday before a 2026 change: US spring (8 March), EU spring (29 March), EU autumn (25 October), US autumn (1 November).
  const CHANGES = [
    { zone: 'America/New_York', start: '2026-03-05', dates: ['2026-03-05', '2026-03-08', '2026-03-12', '2026-03-15', '2026-03-19', '2026-03-22'] },
    { zone: 'Europe/Berlin', start: '2026-03-26', dates: ['2026-03-26', '2026-03-29', '2026-04-02', '2026-04-05', '2026-04-09', '2026-04-12'] },
    { zone: 'Europe/London', start: '2026-10-22', dates: ['2026-10-22', '2026-10-25', '2026-10-29', '2026-11-01', '2026-11-05', '2026-11-08'] },
    { zone: 'America/Los_Angeles', start: '2026-10-29', dates: ['2026-10-29', '2026-11-01', '2026-11-05', '2026-11-08', '2026-11-12', '2026-11-15'] },
  ];
  for (const { zone, start, dates } of CHANGES) {
    it(`keeps each dose on its day across the daylight-saving change in ${zone}`, () => {
      inZone(zone, () => {
        const suggested = suggestedCourseDates(DEFAULT, start);
        expect(suggested).toEqual(dates);
        // Each date is a whole local day there, and the doses keep their weekdays (Thursday, Sunday) either side of the change.
        for (const date of suggested) expect(localCalendarDate(localMidnight(date))).toBe(date);
        expect(suggested.map((date) => new Date(localMidnight(date)).getDay())).toEqual([4, 0, 4, 0, 4, 0]);
      });
    });
  }
});

describe('movePlannedDate', () => {
  const planned = ['2026-06-01', '2026-06-04', '2026-06-08'];

  it('moves one date and keeps the rest', () => {
    expect(movePlannedDate(planned, 1, '2026-06-05')).toEqual(['2026-06-01', '2026-06-05', '2026-06-08']);
    expect(planned).toEqual(['2026-06-01', '2026-06-04', '2026-06-08']);
  });

  it('keeps the dates in calendar order when one moves past another', () => {
    expect(movePlannedDate(planned, 0, '2026-06-06')).toEqual(['2026-06-04', '2026-06-06', '2026-06-08']);
  });

  it('refuses a position that has no planned dose', () => {
    expect(() => movePlannedDate(planned, 3, '2026-06-09')).toThrow(RangeError);
  });
});
