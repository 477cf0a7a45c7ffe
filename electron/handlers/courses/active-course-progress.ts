import type { Course } from '../../../shared/contract/courses';
import type { RecordStore } from '../../../db/record-store';
import { localCalendarDate } from '../../../shared/calendar-date';
import { type CourseProgress, courseProgress, isDoseInCourse } from '../../../shared/course/course-progress';

/**
 * Every active course of an active client with its progress on `today`, from two grouped reads.
 * Dose days are taken in this machine's time zone, which is the therapist's, as in the course handlers.
 */
export function activeCourseProgress(store: RecordStore, today: string): { course: Course; clientName: string; progress: CourseProgress }[] {
  const doseDates = new Map<string, string[]>();
  for (const { clientId, dosedAt } of store.today.courseDoses()) {
    doseDates.set(clientId, [...(doseDates.get(clientId) ?? []), localCalendarDate(dosedAt)]);
  }
  return store.today.activeCourses().map(({ course, clientName }) => {
    const dates = (doseDates.get(course.clientId) ?? []).filter((date) => isDoseInCourse(course, date));
    return { course, clientName, progress: courseProgress(course, dates, today) };
  });
}
