import type { CourseView } from '../../../../shared/contract';
import { COURSE_KIND_LABELS } from '../../../../shared/course/course-types';
import { formatCalendarDate } from '../../ui/time-text';

/** Earlier courses, newest first, each with its doses: the dose history grouped by course. */
export function EndedCourses({ views }: { views: readonly CourseView[] }) {
  return (
    <ul className="plain-list" aria-label="Earlier courses">
      {views.map(({ course, doses, progress }) => (
        <li key={course.id}>
          <p>
            <strong>{COURSE_KIND_LABELS[course.kind]}</strong>, {formatCalendarDate(course.startDate)} to{' '}
            {formatCalendarDate(course.endedOn ?? course.startDate)} · {progress.given} of {progress.total} doses given · re-evaluation{' '}
            {formatCalendarDate(course.reEvaluationDate ?? '')}
          </p>
          {doses.length > 0 ? <p className="hint">Doses: {doses.map((dose) => formatCalendarDate(dose.date)).join(', ')}</p> : null}
        </li>
      ))}
    </ul>
  );
}
