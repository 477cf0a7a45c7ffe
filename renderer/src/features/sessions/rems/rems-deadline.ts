import { daysUntil } from '../../../../../shared/calendar-date';

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
