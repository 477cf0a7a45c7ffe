import type { SessionSummary } from '../../../../shared/contract';
import { describeAdverseEvents } from '../../../../shared/session/describe-entry';
import { ROUTE_LABELS } from '../../../../shared/session/routes';
import { ActionButton } from '../../ui/ActionButton';
import { RECORD_LIST_FIRST_ITEMS, useFirstItems } from '../../ui/use-first-items';
import { describeDeadline } from '../sessions';
import { formatDate, formatMinutes } from '../../ui/time-text';

const STATUS_LABELS: Record<SessionSummary['status'], string> = {
  planned: 'Planned',
  'checked-in': 'Checked in',
  dosed: 'In progress',
  discharged: 'Discharged',
  cancelled: 'Cancelled, not dosed',
};

function remsStatus(session: SessionSummary, now: number): string {
  if (session.remsDueDate === null) return session.route === 'esketamine' ? 'After the dose' : 'Not needed';
  if (session.remsSubmittedAt !== null) return 'Submitted';
  const deadline = describeDeadline(session.remsDueDate, now);
  return deadline.charAt(0).toUpperCase() + deadline.slice(1);
}

interface SessionHistoryTableProps {
  sessions: readonly SessionSummary[];
  now: number;
  onOpen: (sessionId: string) => void;
}

/** The client's sessions, newest first: route, dose, length, adverse events and the REMS form's state; the latest shown, every one on "Show all". */
export function SessionHistoryTable({ sessions, now, onOpen }: SessionHistoryTableProps) {
  const newestFirst = [...sessions].sort((a, b) => b.courseSessionNumber - a.courseSessionNumber || (b.dosedAt ?? 0) - (a.dosedAt ?? 0));
  const { shown, toggle, listId: tableId } = useFirstItems(newestFirst, RECORD_LIST_FIRST_ITEMS, 'Sessions');
  return (
    <>
      <table className="data-table history-table" id={tableId}>
        <caption className="visually-hidden">Sessions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Session</th>
            <th scope="col">Date</th>
            <th scope="col">Route</th>
            <th scope="col">Dose</th>
            <th scope="col">Length</th>
            <th scope="col">Adverse events</th>
            <th scope="col">REMS form</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((session) => (
            <tr key={session.id}>
              <th scope="row">{session.courseSessionNumber}</th>
              <td>{session.dosedAt !== null ? formatDate(session.dosedAt) : session.endedAt !== null ? formatDate(session.endedAt) : '–'}</td>
              <td>{ROUTE_LABELS[session.route]}</td>
              <td>{session.dosedAt !== null ? `${session.totalDoseMg} mg` : `${session.plannedDoseMg} mg planned`}</td>
              <td>{session.durationMinutes !== null ? formatMinutes(session.durationMinutes) : '–'}</td>
              <td>{describeAdverseEvents(session.adverseEvents, session.adverseEventDetails)}</td>
              <td data-due={session.remsDueDate !== null && session.remsSubmittedAt === null ? '' : undefined}>{remsStatus(session, now)}</td>
              <td>
                {STATUS_LABELS[session.status]}
                {session.cancellationReason ? <span>: {session.cancellationReason}</span> : null}
                {session.lateEntries > 0 ? <span> · {session.lateEntries === 1 ? '1 late entry' : `${session.lateEntries} late entries`}</span> : null}
              </td>
              <td>
                <ActionButton variant="quiet" onPress={() => onOpen(session.id)} aria-label={`Open session ${session.courseSessionNumber}`}>
                  Open
                </ActionButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {toggle}
    </>
  );
}
