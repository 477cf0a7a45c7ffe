import { addCalendarDays } from '../calendar-date';
import { type CourseKind, type CourseSchedule, type CourseStatus, MAINTENANCE_INTERVAL_DAYS } from './course-types';

/** Where a course stands: dosing, the CBT phase after the last induction dose, esketamine maintenance, a finished booster course, or ended. */
export const COURSE_PHASES = ['dosing', 'post-dose-cbt', 'maintenance', 'complete', 'ended'] as const;
export type CoursePhase = (typeof COURSE_PHASES)[number];

export interface CourseDates {
  kind: CourseKind;
  schedule: CourseSchedule;
  startDate: string;
  plannedDates: readonly string[];
  status: CourseStatus;
  /** The day it ended; null while active. */
  endedOn: string | null;
}

export interface CourseProgress {
  /** Doses given in this course. */
  given: number;
  /** Doses planned. */
  total: number;
  /** The dose that comes next ("dose k of N"); null once every planned dose is given or the course ended. */
  nextDose: number | null;
  /** The suggested date of what comes next (the next dose, or the next maintenance dose); null when nothing is suggested. */
  nextDate: string | null;
  /** Planned dates not yet given that are past, with no dose in the course on or after them. */
  overdue: string[];
  phase: CoursePhase;
}

/** Whether a dose given on `date` belongs to the course: on or after its start, and no later than the day it ended. */
export function isDoseInCourse(course: Pick<CourseDates, 'startDate' | 'endedOn'>, date: string): boolean {
  return date >= course.startDate && (course.endedOn === null || date <= course.endedOn);
}

function finishedPhase(course: CourseDates): CoursePhase {
  if (course.kind === 'booster') return 'complete';
  return course.schedule.kind === 'esketamine-label' ? 'maintenance' : 'post-dose-cbt';
}

/**
 * Dose k of N, what comes next and what is overdue, from the course's planned dates, the calendar
 * dates its doses were given on (in any order) and today. The j-th dose given answers the j-th
 * planned date; a dose given late still counts for every date before it, so only dates nothing was
 * given on or after are overdue.
 */
export function courseProgress(course: CourseDates, doseDates: readonly string[], today: string): CourseProgress {
  const doses = doseDates.filter((date) => isDoseInCourse(course, date)).sort();
  const given = doses.length;
  const total = course.plannedDates.length;
  const lastDose = doses.at(-1) ?? null;
  if (course.status === 'ended') return { given, total, nextDose: null, nextDate: null, overdue: [], phase: 'ended' };

  const pending = course.plannedDates.slice(given);
  const overdue = pending.filter((date) => date < today && (lastDose === null || lastDose < date));
  if (pending.length > 0) return { given, total, nextDose: given + 1, nextDate: pending[0]!, overdue, phase: 'dosing' };

  const phase = finishedPhase(course);
  const nextDate =
    phase === 'maintenance' && course.schedule.kind === 'esketamine-label' && lastDose !== null
      ? addCalendarDays(lastDose, MAINTENANCE_INTERVAL_DAYS[course.schedule.maintenance])
      : null;
  return { given, total, nextDose: null, nextDate, overdue: nextDate !== null && nextDate < today ? [nextDate] : [], phase };
}
