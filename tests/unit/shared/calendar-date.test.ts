import { afterEach, describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarDaysBetween,
  daysUntil,
  isCalendarDate,
  localCalendarDate,
  localCalendarMonth,
  localMidnight,
  utcMidnightOf,
} from '../../../shared/calendar-date';
import { remsDueDate } from '../../../shared/session/rems-form';

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

const HOUR = 3_600_000;
const ZONES = [
  'UTC',
  'Europe/London',
  'America/New_York',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Asia/Kolkata',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
];

describe('calendar dates', () => {
  it('accepts real dates only, written YYYY-MM-DD', () => {
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2024-12-31')).toBe(true);
    expect(isCalendarDate('2001-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2001-13-01')).toBe(false);
    expect(isCalendarDate('2001-04-31')).toBe(false);
    expect(isCalendarDate('2001-04-00')).toBe(false);
    expect(isCalendarDate('2001-4-01')).toBe(false);
    expect(isCalendarDate('1/2/2001')).toBe(false);
    expect(isCalendarDate('2001-02-03T00:00')).toBe(false);
  });

  it('adds days across months, years and 29 February', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addCalendarDays('2025-12-29', 7)).toBe('2026-01-05');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(calendarDaysBetween('2025-12-29', '2026-01-05')).toBe(7);
    expect(calendarDaysBetween('2026-01-05', '2025-12-29')).toBe(-7);
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('takes the day a moment falls on where the caller is', () => {
    const instant = Date.UTC(2026, 11, 2, 23, 30);
    inZone('UTC', () => expect(localCalendarDate(instant)).toBe('2026-12-02'));
    inZone('Pacific/Auckland', () => expect(localCalendarDate(instant)).toBe('2026-12-03'));
    inZone('America/New_York', () => expect(localCalendarDate(instant)).toBe('2026-12-02'));
    inZone('America/New_York', () => expect(localCalendarDate(Date.UTC(2026, 11, 3, 3, 30))).toBe('2026-12-02'));
    inZone('Asia/Kolkata', () => expect(localCalendarMonth(Date.UTC(2026, 11, 31, 19, 0))).toBe('2027-01'));
  });

  for (const zone of ZONES) {
    it(`keeps dates whole across daylight-saving changes in ${zone}`, () => {
      inZone(zone, () => {
        // The nights either side of the 2026 changes in both hemispheres, late and early in the day.
        for (const [year, month, day] of [
          [2026, 2, 7],
          [2026, 2, 28],
          [2026, 3, 4],
          [2026, 8, 26],
          [2026, 9, 24],
          [2026, 10, 31],
        ] as const) {
          for (const hour of [0, 1, 2, 3, 12, 23]) {
            const moment = new Date(year, month, day, hour, 30).getTime();
            const date = localCalendarDate(moment);
            // A week later, as the REMS deadline counts it, and as many days as the calendar says.
            const week = remsDueDate(moment);
            expect(calendarDaysBetween(date, week), `${zone} ${date} ${hour}:30`).toBe(7);
            expect(week).toBe(localCalendarDate(new Date(year, month, day + 7, 12).getTime()));
            // Counting from any moment of the day gives the same answer, even on a 23- or 25-hour day.
            expect(daysUntil(week, localMidnight(date))).toBe(7);
            expect(daysUntil(week, localMidnight(date) + 23 * HOUR - 1)).toBe(7);
            // Local midnight of a date is on that date.
            expect(localCalendarDate(localMidnight(date))).toBe(date);
          }
        }
      });
    });
  }

  it('reads a stored date as the same day wherever it is shown', () => {
    for (const zone of ZONES) {
      inZone(zone, () => {
        expect(new Date(utcMidnightOf('1980-05-02')).toISOString()).toBe('1980-05-02T00:00:00.000Z');
        expect(localCalendarDate(localMidnight('1980-05-02'))).toBe('1980-05-02');
      });
    }
  });
});
