import type { Homework } from '../../../../shared/contract';
import { HOMEWORK_STATUS_LABELS, HOMEWORK_TYPE_LABELS } from '../../../../shared/homework/homework-types';
import { ActionButton } from '../../ui/ActionButton';
import { formatDate } from '../../ui/time-text';
import { localMidnight } from '../../../../shared/calendar-date';
import { dueSummary } from './homework-due';

/** One homework: what it is, where it stands, and when it is due (overdue said in words, not only in colour). */
export function HomeworkItem({ homework, now, onOpen }: { homework: Homework; now: number; onOpen: (id: string) => void }) {
  const due = homework.dueDate ? dueSummary(homework.dueDate, homework.status, now) : null;
  return (
    <li className="homework-item" data-status={homework.status}>
      <div className="homework-item-text">
        <span className="homework-item-title">{homework.title}</span>
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
      </div>
      <ActionButton variant="quiet" aria-label={`Open ${homework.title}`} onPress={() => onOpen(homework.id)}>
        Open
      </ActionButton>
    </li>
  );
}
