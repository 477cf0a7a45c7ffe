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

export const HOMEWORK_GROUPS = ['to-review', 'open', 'done', 'not-done'] as const;
export type HomeworkGroupName = (typeof HOMEWORK_GROUPS)[number];

export const HOMEWORK_GROUP_LABELS: Record<HomeworkGroupName, string> = {
  'to-review': 'To review',
  open: 'Open',
  done: 'Done',
  'not-done': 'Not done',
};

const GROUP_OF: Record<HomeworkStatus, HomeworkGroupName> = {
  completed: 'to-review',
  assigned: 'open',
  'in-progress': 'open',
  reviewed: 'done',
  'not-done': 'not-done',
};

type ListOrder = (a: Homework, b: Homework) => number;

const soonestDueFirst: ListOrder = (a, b) => (a.dueDate ?? '9999-99-99').localeCompare(b.dueDate ?? '9999-99-99') || b.createdAt - a.createdAt;
const latestChangeFirst: ListOrder = (a, b) => b.statusChangedAt - a.statusChangedAt;

/**
 * Within a group: what waits longest for review first; open homework soonest due first, so the
 * overdue lead, undated last; finished homework latest change first.
 */
const GROUP_ORDER: Record<HomeworkGroupName, ListOrder> = {
  'to-review': (a, b) => a.statusChangedAt - b.statusChangedAt,
  open: soonestDueFirst,
  done: latestChangeFirst,
  'not-done': latestChangeFirst,
};

export interface HomeworkGroup<T extends Homework> {
  name: HomeworkGroupName;
  items: T[];
}

/** The client's homework by where it stands, in the order of HOMEWORK_GROUPS, leaving out empty groups: what to ask about next session is at the top. */
export function groupForList<T extends Homework>(homework: readonly T[]): HomeworkGroup<T>[] {
  return HOMEWORK_GROUPS.map((name) => ({ name, items: homework.filter((one) => GROUP_OF[one.status] === name).sort(GROUP_ORDER[name]) })).filter(
    (group) => group.items.length > 0,
  );
}
