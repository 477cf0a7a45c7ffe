import { type CourseDates, isDoseInCourse } from './course-progress';

/** What a course holds of a client's dated records; `course` is null for the records outside every course. */
export interface CourseGroup<C, T> {
  course: C | null;
  items: T[];
}

/**
 * A client's dated records (doses, measures...) grouped by the course whose dates hold them
 * (decision 0046): one group per course, in the order given, then the records outside every course
 * as a last group when there are any. Records keep their order within a group. Courses of a client
 * never overlap, so a record lands in one group at most.
 */
export function groupByCourse<C extends Pick<CourseDates, 'startDate' | 'endedOn'>, T>(
  courses: readonly C[],
  items: readonly T[],
  dateOf: (item: T) => string,
): CourseGroup<C, T>[] {
  const groups: CourseGroup<C, T>[] = courses.map((course) => ({ course, items: items.filter((item) => isDoseInCourse(course, dateOf(item))) }));
  const outside = items.filter((item) => !courses.some((course) => isDoseInCourse(course, dateOf(item))));
  return outside.length > 0 ? [...groups, { course: null, items: outside }] : groups;
}
