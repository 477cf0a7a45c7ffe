import { isCalendarDate, utcMidnightOf } from '../../../shared/calendar-date';
import { formatElapsed } from '../../../shared/session/session-clock';

const MINUTE = 60_000;
const clockTime = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
// A calendar date is a day, not an instant: read and shown in UTC so no zone moves it.
const calendarDateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const calendarDayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "14:05", local time of day. */
export function formatClockTime(epochMs: number): string {
  return clockTime.format(epochMs);
}

/** "24 Nov 2026", local. */
export function formatDate(epochMs: number): string {
  return dateFormat.format(epochMs);
}

/** "1 Dec 2026, 14:05", local: when something was written, signed or backed up. */
export function formatDateTime(epochMs: number): string {
  return dateTimeFormat.format(epochMs);
}

/** "2 May 1980" from "1980-05-02"; anything that is not a calendar date is shown as it is. */
export function formatCalendarDate(isoDate: string): string {
  return isCalendarDate(isoDate) ? calendarDateFormat.format(utcMidnightOf(isoDate)) : isoDate;
}

/** "Wed, 2 Dec 2026" from "2026-12-02": a planned day, where the weekday matters; anything else as it is. */
export function formatCalendarDay(isoDate: string): string {
  return isCalendarDate(isoDate) ? calendarDayFormat.format(utcMidnightOf(isoDate)) : isoDate;
}

/** Where an entry sits relative to the dose: "T+12:05", "T−03:10", or the time of day before any dose. */
export function formatSinceDose(at: number, dosedAt: number | null): string {
  if (dosedAt === null) return formatClockTime(at);
  // Before the dose, round away from T0, so a reading taken seconds earlier never reads as "T−00:00".
  return at >= dosedAt ? `T+${formatElapsed(at - dosedAt)}` : `T−${formatElapsed(Math.ceil((dosedAt - at) / 1000) * 1000)}`;
}

/** "45 min", "2 h 05 min". */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h ${String(rest).padStart(2, '0')} min`;
}

/** How long until something: whole minutes from a minute away, seconds in the last one. */
export function formatCountdown(remainingMs: number): string {
  if (remainingMs <= 0) return 'now';
  if (remainingMs < MINUTE) return `in ${Math.ceil(remainingMs / 1000)} s`;
  return `in ${formatMinutes(Math.ceil(remainingMs / MINUTE))}`;
}

/** How long ago a due cue came due: "due now" for the first minute. */
export function formatOverdue(remainingMs: number): string {
  const minutes = Math.floor(-remainingMs / MINUTE);
  return minutes < 1 ? 'due now' : `due ${formatMinutes(minutes)} ago`;
}
