import type { Course, Measure, SessionSummary } from '../../../../shared/contract';
import { groupByCourse } from '../../../../shared/course/course-groups';
import { highestTotal, QUESTIONNAIRES } from '../../../../shared/measures/questionnaires';
import { SEVERITY_BAND_LABELS } from '../../../../shared/measures/scoring';
import { ActionButton } from '../../ui/ActionButton';
import { RECORD_LIST_FIRST_ITEMS, useFirstItems } from '../../ui/use-first-items';
import { formatCalendarDate } from '../../ui/time-text';
import { courseGroupTitle } from '../course';
import { measureFlags, measureOutcomeText } from './measure-text';

interface MeasuresTableProps {
  measures: readonly Measure[];
  sessions: readonly SessionSummary[];
  /** The client's courses, newest first: the rows are grouped by the course their day falls in. */
  courses: readonly Course[];
  /** Absent for an archived client: nothing changes in their record. */
  onWithdraw?: (measure: Measure) => void;
}

/**
 * The measures, newest first and grouped by course once there is one, with their flags in words; a
 * withdrawn one stays, struck, with its reason. The latest are shown, every one on "Show all".
 */
export function MeasuresTable({ measures, sessions, courses, onWithdraw }: MeasuresTableProps) {
  const { shown, toggle, listId: tableId } = useFirstItems(measures, RECORD_LIST_FIRST_ITEMS, 'Measures');
  const sessionNumber = new Map(sessions.map((session) => [session.id, session.courseSessionNumber]));
  const groups = groupByCourse(courses, shown, (measure) => measure.takenOn).filter((group) => group.items.length > 0);
  return (
    <>
      <table className="data-table measures-table" id={tableId}>
        <caption className="visually-hidden">Measures, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Measure</th>
            <th scope="col">Total</th>
            <th scope="col">Severity</th>
            <th scope="col">Flags</th>
            <th scope="col">Course</th>
            <th scope="col">Session</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.course?.id ?? 'outside'}>
            {courses.length > 0 ? (
              <tr>
                <th scope="rowgroup" colSpan={8}>
                  {courseGroupTitle(group.course)}
                </th>
              </tr>
            ) : null}
            {group.items.map((measure) => {
              const withdrawn = measure.withdrawnAt !== null;
              const session = measure.sessionId !== null ? sessionNumber.get(measure.sessionId) : undefined;
              const name = `${QUESTIONNAIRES[measure.kind].name} of ${formatCalendarDate(measure.takenOn)}`;
              return (
                <tr key={measure.id} data-withdrawn={withdrawn ? '' : undefined}>
                  <th scope="row">{formatCalendarDate(measure.takenOn)}</th>
                  <td>
                    {QUESTIONNAIRES[measure.kind].name}
                    {measure.enteredBy === 'client' ? <span className="hint"> (by the client)</span> : null}
                  </td>
                  <td>
                    {measure.total} of {highestTotal(measure.kind)}
                  </td>
                  <td>{SEVERITY_BAND_LABELS[measure.band]}</td>
                  <td>
                    <ul className="measure-flags">
                      {withdrawn ? <li>Withdrawn: {measure.withdrawalReason}</li> : null}
                      {measureFlags(measure).map((flag) => (
                        <li key={flag} className="measure-flag">
                          {flag}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{measureOutcomeText(measure).join('; ')}</td>
                  <td>{session !== undefined ? `Session ${session}` : '–'}</td>
                  <td>
                    {onWithdraw && !withdrawn ? (
                      <ActionButton variant="quiet" onPress={() => onWithdraw(measure)} aria-label={`Withdraw the ${name}`}>
                        Withdraw
                      </ActionButton>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
      {toggle}
    </>
  );
}
