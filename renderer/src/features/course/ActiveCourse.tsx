import { useState } from 'react';
import type { CourseView } from '../../../../shared/contract';
import { COURSE_KIND_LABELS, scheduleText } from '../../../../shared/course/course-types';
import { ActionButton } from '../../ui/ActionButton';
import { formatCalendarDate, formatCalendarDay } from '../../ui/time-text';
import { courseStanding, nextText } from './course-text';
import { EndCourseDialog } from './EndCourseDialog';
import { MoveDateDialog } from './MoveDateDialog';

/** The course under way: dose k of N, what comes next, what is overdue, and each planned date with a way to move it. */
export function ActiveCourse({ view, archived }: { view: CourseView; archived: boolean }) {
  const { course, doses, progress } = view;
  const [moving, setMoving] = useState<number | null>(null);
  const [ending, setEnding] = useState(false);
  const next = nextText(view);
  const overdue = new Set(progress.overdue);

  return (
    <div className="course-card">
      <p className="course-heading">
        <span className="course-standing">{courseStanding(view)}</span>
        <span className="course-meta">
          {COURSE_KIND_LABELS[course.kind]} · {scheduleText(course.schedule)} · from {formatCalendarDate(course.startDate)}
        </span>
      </p>
      {next ? <p>{next}</p> : null}
      {progress.phase === 'post-dose-cbt' ? <p className="hint">All induction doses are given: integration and CBT sessions continue without a dose.</p> : null}
      {progress.overdue.length > 0 ? <p className="course-overdue">Overdue: {progress.overdue.map(formatCalendarDate).join(', ')}</p> : null}
      <ol className="course-dates" aria-label="Planned doses">
        {course.plannedDates.map((date, index) => {
          const given = doses[index];
          return (
            <li key={`${index}-${date}`} className="course-date" data-overdue={overdue.has(date) && !given ? '' : undefined}>
              <span className="course-date-dose">Dose {index + 1}</span>
              <span>{formatCalendarDay(date)}</span>
              <span className="course-date-state">{given ? `Given ${formatCalendarDate(given.date)}` : overdue.has(date) ? 'Overdue' : ''}</span>
              {given || archived ? null : (
                <ActionButton variant="quiet" onPress={() => setMoving(index)} aria-label={`Move dose ${index + 1}`}>
                  Move…
                </ActionButton>
              )}
            </li>
          );
        })}
      </ol>
      {doses.length > course.plannedDates.length ? (
        <p>
          Further doses in this course:{' '}
          {doses
            .slice(course.plannedDates.length)
            .map((dose) => formatCalendarDate(dose.date))
            .join(', ')}
        </p>
      ) : null}
      <div className="course-actions">
        <ActionButton onPress={() => setEnding(true)}>End course…</ActionButton>
      </div>
      {moving !== null ? (
        <MoveDateDialog courseId={course.id} index={moving} date={course.plannedDates[moving]!} startDate={course.startDate} onClose={() => setMoving(null)} />
      ) : null}
      {ending ? <EndCourseDialog courseId={course.id} onClose={() => setEnding(false)} /> : null}
    </div>
  );
}
