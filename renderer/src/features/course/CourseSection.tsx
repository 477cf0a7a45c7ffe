import { useState } from 'react';
import { localCalendarDate } from '../../../../shared/calendar-date';
import type { CourseKind } from '../../../../shared/course/course-types';
import { Heading } from '../../ui/aria-primitives';
import { ActionButton } from '../../ui/ActionButton';
import { QueryView } from '../../ui/QueryView';
import { ActiveCourse } from './ActiveCourse';
import { useClientCourses } from './course-queries';
import { EndedCourses } from './EndedCourses';
import { StartCourseDialog } from './StartCourseDialog';
import './course.css';

/** The client's treatment course on their page: the one under way, or a way to start one, then the earlier ones. */
export function CourseSection({ clientId, archived }: { clientId: string; archived: boolean }) {
  // Overdue counts whole days: the day the page opened is precise enough.
  const [today] = useState(() => localCalendarDate(Date.now()));
  const courses = useClientCourses(clientId, today);
  const [starting, setStarting] = useState<CourseKind | null>(null);

  return (
    <section className="record-section" aria-labelledby="course-title">
      <Heading level={2} id="course-title" className="section-title">
        Course
      </Heading>
      <QueryView query={courses} loading="Loading the course…">
        {(views) => {
          const active = views.find((view) => view.course.status === 'active');
          const ended = views.filter((view) => view.course.status === 'ended');
          return (
            <>
              {active ? (
                <ActiveCourse view={active} archived={archived} />
              ) : (
                <div className="course-actions">
                  {views.length === 0 ? <p className="hint">No course yet.</p> : null}
                  <ActionButton onPress={() => setStarting('induction')} isDisabled={archived}>
                    Start an induction course
                  </ActionButton>
                  {ended.length > 0 ? (
                    <ActionButton onPress={() => setStarting('booster')} isDisabled={archived}>
                      Start a booster course
                    </ActionButton>
                  ) : null}
                </div>
              )}
              {ended.length > 0 ? <EndedCourses views={ended} /> : null}
            </>
          );
        }}
      </QueryView>
      {starting ? <StartCourseDialog clientId={clientId} kind={starting} onClose={() => setStarting(null)} /> : null}
    </section>
  );
}
