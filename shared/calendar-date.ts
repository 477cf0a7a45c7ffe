/**
 * Calendar dates: a day written YYYY-MM-DD (a date of birth, a due date, the day of a session), not
 * a moment. The one place that turns moments into days and back, and counts days between them.
 * Arithmetic on days runs in UTC, where every day has 24 hours, so daylight-saving changes in the
 * local zone never move a date.
 */

const DAY_MS = 86_400_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface DayParts {
  year: number;
  /** 1-12. */
  month: number;
  day: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function format({ year, month, day }: DayParts): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Built from a leap year and then moved to `year`, so years before 100 stay themselves and 29 February rolls over when it does not exist. */
function utcMidnight({ year, month, day }: DayParts): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getTime();
}

/** The parts of a date written YYYY-MM-DD that exists (no 31 February), else null. */
function parse(value: string): DayParts | null {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(utcMidnight({ year, month, day }));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day } : null;
}

function required(value: string): DayParts {
  const parts = parse(value);
  if (!parts) throw new RangeError(`Not a calendar date: ${value}`);
  return parts;
}

/** A calendar date written YYYY-MM-DD that exists (no 31 February). */
export function isCalendarDate(value: string): boolean {
  return parse(value) !== null;
}

/** The day a moment falls on in the local time zone of whoever calls it. */
export function localCalendarDate(time: number): string {
  const date = new Date(time);
  return format({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

/** The month (YYYY-MM) a moment falls in, locally. */
export function localCalendarMonth(time: number): string {
  return localCalendarDate(time).slice(0, 7);
}

/** The date `days` calendar days later (earlier when negative). */
export function addCalendarDays(date: string, days: number): string {
  const moved = new Date(utcMidnight(required(date)) + days * DAY_MS);
  return format({ year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() });
}

/** Whole calendar days from one date to another; negative when `to` comes first. */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(required(to)) - utcMidnight(required(from))) / DAY_MS);
}

/** Local midnight at the start of the date, for formatting it as a local day. */
export function localMidnight(date: string): number {
  const { year, month, day } = required(date);
  const moment = new Date(2000, month - 1, day);
  moment.setFullYear(year);
  return moment.getTime();
}

/** UTC midnight at the start of the date, for formatting it with `timeZone: 'UTC'` wherever the reader is. */
export function utcMidnightOf(date: string): number {
  return utcMidnight(required(date));
}

/** Whole calendar days from today (where the caller is) to a date; negative once past. */
export function daysUntil(date: string, now: number): number {
  return calendarDaysBetween(localCalendarDate(now), date);
}
