import { localDate } from '../../../../../shared/session/rems-form';

const DAY = 86_400_000;

/** Whole calendar days from today to a YYYY-MM-DD date; negative once past. */
export function daysUntil(isoDate: string, now: number): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  const [todayYear, todayMonth, todayDay] = localDate(now).split('-').map(Number);
  return Math.round((Date.UTC(year!, month! - 1, day!) - Date.UTC(todayYear!, todayMonth! - 1, todayDay!)) / DAY);
}

/** "due 1 Dec (in 7 days)", "due today", "3 days overdue". */
export function describeDeadline(isoDate: string, now: number): string {
  const days = daysUntil(isoDate, now);
  if (days < 0) return `${-days} ${-days === 1 ? 'day' : 'days'} overdue (was due ${isoDate})`;
  if (days === 0) return `due today (${isoDate})`;
  return `due by ${isoDate}, in ${days} ${days === 1 ? 'day' : 'days'}`;
}

/** A default PDF name that carries the date only, never the client's name (file names end up in recent-files lists). */
export function remsFileName(sessionDate: string | null): string {
  return `REMS monitoring form ${sessionDate ?? 'undated'}.pdf`;
}
