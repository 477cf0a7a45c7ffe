import type { RecordStore } from '../../../db/record-store';
import { localCalendarDate } from '../../../shared/calendar-date';
import { RpcFailure } from '../../../shared/contract/errors';
import type { Course, CourseView } from '../../../shared/contract/courses';
import { movePlannedDate, suggestedCourseDates } from '../../../shared/course/course-dates';
import { courseProgress, isDoseInCourse } from '../../../shared/course/course-progress';
import type { FeatureHandlers } from '../../rpc/handler-types';

type CoursesMethod = 'courses.listForClient' | 'courses.start' | 'courses.movePlannedDate' | 'courses.end';

function activeCourse(store: RecordStore, id: string): Course {
  const course = store.courses.get(id);
  if (!course) throw new RpcFailure('NOT_FOUND', 'That course does not exist.');
  if (course.status !== 'active') throw new RpcFailure('CONFLICT', 'This course has ended and no longer changes.');
  return course;
}

/**
 * Each course with the doses given between its start and its end and where it stands today. The day
 * of a dose is taken in this machine's time zone, which is the therapist's: main and the window run
 * on the same computer.
 */
function courseViews(store: RecordStore, clientId: string, today: string): CourseView[] {
  const doses = store.courses.dosesForClient(clientId).map((dose) => ({ ...dose, date: localCalendarDate(dose.dosedAt) }));
  return store.courses.listForClient(clientId).map((course) => {
    const own = doses.filter((dose) => isDoseInCourse(course, dose.date));
    return {
      course,
      doses: own,
      progress: courseProgress(
        course,
        own.map((dose) => dose.date),
        today,
      ),
    };
  });
}

export const coursesHandlers: FeatureHandlers<CoursesMethod> = {
  'courses.listForClient': ({ clientId, today }, { records }) => {
    const store = records();
    if (!store.clients.get(clientId)) throw new RpcFailure('NOT_FOUND', 'That client does not exist.');
    return { courses: courseViews(store, clientId, today) };
  },

  'courses.start': ({ clientId, kind, schedule, startDate }, { records, newId, now }) => {
    const store = records();
    return store.transaction(() => {
      const client = store.clients.get(clientId);
      if (!client) throw new RpcFailure('NOT_FOUND', 'That client does not exist.');
      if (client.archivedAt !== null) throw new RpcFailure('CONFLICT', 'This client is archived. Restore them before starting a course.');
      const latest = store.courses.latestForClient(clientId);
      if (latest?.status === 'active') throw new RpcFailure('CONFLICT', 'This client already has a course under way. End it before starting another.');
      if (latest?.endedOn && latest.endedOn >= startDate) throw new RpcFailure('CONFLICT', 'A new course starts after the day the last one ended.');
      return store.courses.create(newId(), { clientId, kind, schedule, startDate, plannedDates: suggestedCourseDates(schedule, startDate) }, now());
    });
  },

  'courses.movePlannedDate': ({ courseId, index, date }, { records, now }) => {
    const store = records();
    return store.transaction(() => {
      const course = activeCourse(store, courseId);
      if (index >= course.plannedDates.length) throw new RpcFailure('INVALID', 'index: this course has no planned dose at that position.');
      if (date < course.startDate) throw new RpcFailure('INVALID', 'date: a planned dose falls on or after the day the course starts.');
      return store.courses.setPlannedDates(courseId, movePlannedDate(course.plannedDates, index, date), now())!;
    });
  },

  'courses.end': ({ courseId, endedOn, reEvaluationDate }, { records, now }) => {
    const store = records();
    return store.transaction(() => {
      activeCourse(store, courseId);
      return store.courses.end(courseId, endedOn, reEvaluationDate, now())!;
    });
  },
};
