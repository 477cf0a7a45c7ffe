import { z } from 'zod';
import { COURSE_PHASES } from '../course/course-progress';
import { COURSE_KINDS, COURSE_LIMITS, COURSE_STATUSES, courseScheduleSchema } from '../course/course-types';
import { calendarDateSchema, epochMillisSchema, idSchema } from './fields';

export const courseSchema = z.strictObject({
  id: idSchema,
  clientId: idSchema,
  kind: z.enum(COURSE_KINDS),
  schedule: courseScheduleSchema,
  startDate: z.string(),
  /** The date of each dose as suggested and then moved by the therapist, in calendar order. */
  plannedDates: z.array(z.string()),
  status: z.enum(COURSE_STATUSES),
  endedOn: z.string().nullable(),
  reEvaluationDate: z.string().nullable(),
  createdAt: epochMillisSchema,
  updatedAt: epochMillisSchema,
});
export type Course = z.infer<typeof courseSchema>;

/** A dosing session of the course: the day of its first dose, where the therapist works. */
export const courseDoseSchema = z.strictObject({ sessionId: idSchema, date: z.string(), dosedAt: epochMillisSchema });
export type CourseDose = z.infer<typeof courseDoseSchema>;

export const courseProgressSchema = z.strictObject({
  given: z.number().int(),
  total: z.number().int(),
  nextDose: z.number().int().nullable(),
  nextDate: z.string().nullable(),
  overdue: z.array(z.string()),
  phase: z.enum(COURSE_PHASES),
});

/** A course with its doses and where it stands today. */
export const courseViewSchema = z.strictObject({ course: courseSchema, doses: z.array(courseDoseSchema), progress: courseProgressSchema });
export type CourseView = z.infer<typeof courseViewSchema>;

export const coursesMethods = {
  /** The client's courses, newest first. `today` is the therapist's calendar date, for what is overdue. */
  'courses.listForClient': {
    input: z.strictObject({ clientId: idSchema, today: calendarDateSchema }),
    output: z.strictObject({ courses: z.array(courseViewSchema) }),
    whileLocked: false,
  },
  /** Starts a course with the suggested dates of its schedule. */
  'courses.start': {
    input: z.strictObject({ clientId: idSchema, kind: z.enum(COURSE_KINDS), schedule: courseScheduleSchema, startDate: calendarDateSchema }),
    output: courseSchema,
    whileLocked: false,
  },
  /** Moves one planned dose (by its position in the list) to another day. */
  'courses.movePlannedDate': {
    input: z.strictObject({
      courseId: idSchema,
      index: z
        .number()
        .int()
        .min(0)
        .max(COURSE_LIMITS.plannedDates - 1),
      date: calendarDateSchema,
    }),
    output: courseSchema,
    whileLocked: false,
  },
  /** Ends the course on `endedOn` (the therapist's today) with the date the client is re-evaluated. */
  'courses.end': {
    input: z
      .strictObject({ courseId: idSchema, endedOn: calendarDateSchema, reEvaluationDate: calendarDateSchema })
      .refine(({ endedOn, reEvaluationDate }) => reEvaluationDate >= endedOn, {
        path: ['reEvaluationDate'],
        message: 'Must be on or after the day the course ends',
      }),
    output: courseSchema,
    whileLocked: false,
  },
} as const;
