import type { Homework } from '../../../../shared/contract';
import type { HomeworkStatus } from '../../../../shared/homework/homework-types';
import { daysUntil } from '../../../../shared/calendar-date';

/** Homework still with the client; finished, reviewed or not-done homework is never "overdue". */
export function isOpen(status: HomeworkStatus): boolean {
  return status === 'assigned' || status === 'in-progress';
}

export interface DueSummary {
  /** "in 5 days", "tomorrow", "today", "3 days overdue"; null once the homework is no longer open. */
  relative: string | null;
  overdue: boolean;
}

/** When open homework is due, in words (colour alone never says "overdue"). */
export function dueSummary(dueDate: string, status: HomeworkStatus, now: number): DueSummary {
  if (!isOpen(status)) return { relative: null, overdue: false };
  const days = daysUntil(dueDate, now);
  if (days < 0) return { relative: `${-days} ${days === -1 ? 'day' : 'days'} overdue`, overdue: true };
  if (days === 0) return { relative: 'today', overdue: false };
  if (days === 1) return { relative: 'tomorrow', overdue: false };
  return { relative: `in ${days} days`, overdue: false };
}

/**
 * Open homework first, soonest due first (undated after dated), then the rest, latest change
 * first: what to ask about next session is at the top.
 */
export function orderForList(homework: readonly Homework[]): Homework[] {
  const open = homework.filter((one) => isOpen(one.status));
  const closed = homework.filter((one) => !isOpen(one.status));
  open.sort((a, b) => (a.dueDate ?? '9999-99-99').localeCompare(b.dueDate ?? '9999-99-99') || b.createdAt - a.createdAt);
  closed.sort((a, b) => b.statusChangedAt - a.statusChangedAt);
  return [...open, ...closed];
}
