import type { AssignedFrom, ListedHomework } from '../../../../shared/contract';
import { HOMEWORK_STATUS_LABELS, HOMEWORK_TYPE_LABELS } from '../../../../shared/homework/homework-types';
import { ActionButton } from '../../ui/ActionButton';
import { formatDate } from '../../ui/time-text';
import { localMidnight } from '../../../../shared/calendar-date';
import { noteName } from './HomeworkBacklinks';
import { dueSummary } from './homework-due';

/** "From Integration note of 3 Nov 2026, session 2": the note that assigned it, and its session's number in the course. */
function assignedFromText(from: AssignedFrom): string {
  return `From ${noteName(from)}${from.sessionNumber !== null ? `, session ${from.sessionNumber}` : ''}`;
}

/** One homework: what it is, where it stands, where it was assigned, and when it is due (overdue said in words, not only in colour). */
export function HomeworkItem({ homework, now, onOpen }: { homework: ListedHomework; now: number; onOpen: (id: string) => void }) {
  const due = homework.dueDate ? dueSummary(homework.dueDate, homework.status, now) : null;
  return (
    <li className="homework-item" data-status={homework.status}>
      <div className="homework-item-text">
        <span className="homework-item-title">
          {due?.overdue ? <span className="homework-overdue-flag">Overdue</span> : null}
          {homework.title}
        </span>
        <span className="homework-item-details">
          {HOMEWORK_TYPE_LABELS[homework.fields.type]} · <span className="homework-status">{HOMEWORK_STATUS_LABELS[homework.status]}</span>
          {homework.dueDate ? (
            <>
              {' · '}
              <span className="homework-due" data-overdue={due?.overdue || undefined}>
                Due {formatDate(localMidnight(homework.dueDate))}
                {due?.relative ? `, ${due.relative}` : null}
              </span>
            </>
          ) : null}
        </span>
        {homework.assignedFrom ? <span className="homework-item-details">{assignedFromText(homework.assignedFrom)}</span> : null}
      </div>
      <ActionButton variant="quiet" aria-label={`Open ${homework.title}`} onPress={() => onOpen(homework.id)}>
        Open
      </ActionButton>
    </li>
  );
}
