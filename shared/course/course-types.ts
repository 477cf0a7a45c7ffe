import { z } from 'zod';

/** An induction course first; booster courses after it (CLINICAL.md, "The treatment pathway"). */
export const COURSE_KINDS = ['induction', 'booster'] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];

export const COURSE_KIND_LABELS: Record<CourseKind, string> = { induction: 'Induction course', booster: 'Booster course' };

export const COURSE_STATUSES = ['active', 'ended'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

/** How the suggested dates are laid out: evenly over a number of weeks, or Spravato's labelled schedule. */
export const SCHEDULE_KINDS = ['clinic-default', 'esketamine-label'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

/** After the labelled weeks 1-8, esketamine continues weekly or every two weeks. */
export const MAINTENANCE_INTERVALS = ['weekly', 'every-two-weeks'] as const;
export type MaintenanceInterval = (typeof MAINTENANCE_INTERVALS)[number];

export const MAINTENANCE_INTERVAL_DAYS: Record<MaintenanceInterval, number> = { weekly: 7, 'every-two-weeks': 14 };

/** Bounds of what a therapist can type; wide enough for any course, narrow enough to catch a slip. */
export const COURSE_LIMITS = { doses: { min: 1, max: 24 }, weeks: { min: 1, max: 12 }, plannedDates: 24 } as const;

/**
 * The seed clinic's induction: 6 dosing sessions over 3 weeks (Wilkinson et al. 2021: 6 IV infusions
 * over 3 weeks, then CBT). A booster course defaults to one dose. Both are starting points the
 * therapist edits.
 */
export const DEFAULT_COURSE_SHAPE: Record<CourseKind, { doses: number; weeks: number }> = {
  induction: { doses: 6, weeks: 3 },
  booster: { doses: 1, weeks: 1 },
};

const doses = z.number().int().min(COURSE_LIMITS.doses.min).max(COURSE_LIMITS.doses.max);
const weeks = z.number().int().min(COURSE_LIMITS.weeks.min).max(COURSE_LIMITS.weeks.max);

export const courseScheduleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('clinic-default'), doses, weeks }),
  z.strictObject({ kind: z.literal('esketamine-label'), maintenance: z.enum(MAINTENANCE_INTERVALS) }),
]);
export type CourseSchedule = z.output<typeof courseScheduleSchema>;

/** "6 doses over 3 weeks", or the esketamine label with its maintenance interval: the screen's words and the PDF's. */
export function scheduleText(schedule: CourseSchedule): string {
  if (schedule.kind === 'clinic-default')
    return `${schedule.doses} ${schedule.doses === 1 ? 'dose' : 'doses'} over ${schedule.weeks} ${schedule.weeks === 1 ? 'week' : 'weeks'}`;
  return `Esketamine label, then ${schedule.maintenance === 'weekly' ? 'weekly' : 'every two weeks'}`;
}
