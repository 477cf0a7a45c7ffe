import { lazy, Suspense, useId, useState } from 'react';
import { Button, Disclosure, DisclosurePanel, Heading } from '../../ui/aria-primitives';
import type { SessionSummary } from '../../../../shared/contract';
import { localCalendarDate } from '../../../../shared/calendar-date';
import { groupByCourse } from '../../../../shared/course/course-groups';
import { ROUTE_LABELS } from '../../../../shared/session/routes';
import { formatDate } from '../../ui/time-text';
import { courseGroupTitle, useClientCourses } from '../course';
import { doseCourse } from './dose-course';

const DoseChart = lazy(() => import('./DoseChart'));

/** The dose across the course: a chart for the eye and the same numbers as a table, its rows grouped by course once there is one. */
export function DoseHistory({ clientId, sessions }: { clientId: string; sessions: readonly SessionSummary[] }) {
  const headingId = useId();
  const [today] = useState(() => localCalendarDate(Date.now()));
  const courses = useClientCourses(clientId, today);
  const points = doseCourse(sessions);
  if (points.length === 0) return null;
  // Oldest course first, like the rows; the day of a dose is this machine's, as main counts it.
  const oldestFirst = [...(courses.data ?? [])].reverse().map((view) => view.course);
  const groups = groupByCourse(oldestFirst, points, (point) => localCalendarDate(point.dosedAt)).filter((group) => group.items.length > 0);
  return (
    <section className="dose-history" aria-labelledby={headingId}>
      <Heading level={2} id={headingId} className="section-title">
        Dose across the course
      </Heading>
      <Suspense fallback={<div className="dose-chart dose-chart-loading" />}>
        <DoseChart points={points} />
      </Suspense>
      <Disclosure className="dose-table-disclosure">
        <Heading level={3} className="disclosure-heading">
          <Button slot="trigger" className="button button-quiet disclosure-trigger">
            <span className="disclosure-chevron" aria-hidden="true" />
            The same doses as a table
          </Button>
        </Heading>
        <DisclosurePanel>
          <table className="data-table dose-table">
            <caption className="visually-hidden">Dose given at each session of the course</caption>
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">Date</th>
                <th scope="col">Route</th>
                <th scope="col">Dose given</th>
              </tr>
            </thead>
            {groups.map((group) => (
              <tbody key={group.course?.id ?? 'outside'}>
                {oldestFirst.length > 0 ? (
                  <tr>
                    <th scope="rowgroup" colSpan={4}>
                      {courseGroupTitle(group.course)}
                    </th>
                  </tr>
                ) : null}
                {group.items.map((point) => (
                  <tr key={`${point.courseSessionNumber}-${point.dosedAt}`}>
                    <td>{point.courseSessionNumber}</td>
                    <td>{formatDate(point.dosedAt)}</td>
                    <td>{ROUTE_LABELS[point.route]}</td>
                    <td>{point.totalDoseMg} mg</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </DisclosurePanel>
      </Disclosure>
    </section>
  );
}
