import type { Course, CourseView } from '../../../../shared/contract';
import type { CoursePhase } from '../../../../shared/course/course-progress';
import { COURSE_KIND_LABELS } from '../../../../shared/course/course-types';
import { formatCalendarDate, formatCalendarDay } from '../../ui/time-text';

/** "Dose 2 of 6", or where the course stands once no dose is left to give. */
export function courseStanding({ progress }: CourseView): string {
  if (progress.nextDose !== null) return `Dose ${progress.nextDose} of ${progress.total}`;
  const given = `${progress.given} of ${progress.total} doses given`;
  const phase: Record<CoursePhase, string> = {
    dosing: given,
    'post-dose-cbt': `Post-dose CBT phase · ${given}`,
    maintenance: `Maintenance · ${given}`,
    complete: `Complete · ${given}`,
    ended: `Ended · ${given}`,
  };
  return phase[progress.phase];
}

/** What the therapist does next, in words: the next suggested date, or nothing to plan. */
export function nextText({ progress }: CourseView): string | null {
  if (progress.nextDate === null) return null;
  const what = progress.nextDose !== null ? `Dose ${progress.nextDose}` : 'Next maintenance dose';
  return `${what} suggested for ${formatCalendarDay(progress.nextDate)}`;
}

/**
 * The heading of a group of records by course (shared/course/course-groups.ts): "Induction course
 * from 5 Mar 2026", "Booster course, 1 May 2026 to 20 May 2026", or, for the records outside every
 * course, "Outside a course".
 */
export function courseGroupTitle(course: Pick<Course, 'kind' | 'startDate' | 'endedOn'> | null): string {
  if (course === null) return 'Outside a course';
  const kind = COURSE_KIND_LABELS[course.kind];
  return course.endedOn === null
    ? `${kind} from ${formatCalendarDate(course.startDate)}`
    : `${kind}, ${formatCalendarDate(course.startDate)} to ${formatCalendarDate(course.endedOn)}`;
}
