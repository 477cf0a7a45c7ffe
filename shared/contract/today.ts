import { z } from 'zod';
import { NOTE_KINDS } from '../notes/note-kinds';
import { calendarDateSchema, epochMillisSchema, idSchema } from './fields';
import { SESSION_STATUSES } from './sessions';

/** A dosing session ready or under way: planned, checked in, or dosed and not yet discharged. */
export const todaySessionSchema = z.strictObject({
  sessionId: idSchema,
  clientId: idSchema,
  clientName: z.string(),
  status: z.enum(SESSION_STATUSES),
  courseSessionNumber: z.number().int(),
});

/** The next dose of an active course whose suggested date is today or past. `dose` is null for an esketamine maintenance dose. */
export const todayCourseDoseSchema = z.strictObject({
  courseId: idSchema,
  clientId: idSchema,
  clientName: z.string(),
  dose: z.number().int().nullable(),
  total: z.number().int(),
  date: z.string(),
  overdue: z.boolean(),
});

/** Homework the client completed that the therapist has not reviewed yet. */
export const todayHomeworkSchema = z.strictObject({
  homeworkId: idSchema,
  clientId: idSchema,
  clientName: z.string(),
  title: z.string(),
  completedAt: epochMillisSchema,
});

/** An unsigned note still within the clinic's days to finish (older ones are the notes to finish). */
export const todayDraftSchema = z.strictObject({
  noteId: idSchema,
  clientId: idSchema,
  clientName: z.string(),
  kind: z.enum(NOTE_KINDS),
  title: z.string(),
  createdAt: epochMillisSchema,
});

/** A planned follow-up contact after a dose, opening the preparation screen. */
export const todayFollowUpSchema = z.strictObject({
  contactId: idSchema,
  sessionId: idSchema,
  clientId: idSchema,
  clientName: z.string(),
  label: z.string(),
  dueDate: z.string(),
  overdue: z.boolean(),
});

/** A client whose course dose is due or was given today with no PHQ-9 since the dose before (shared/follow-up/measures-due.ts). */
export const todayMeasureDueSchema = z.strictObject({
  clientId: idSchema,
  clientName: z.string(),
  lastPhq9On: z.string().nullable(),
});

export const todayOverviewSchema = z.strictObject({
  sessions: z.array(todaySessionSchema),
  courseDoses: z.array(todayCourseDoseSchema),
  homeworkToReview: z.array(todayHomeworkSchema),
  drafts: z.array(todayDraftSchema),
  /** Follow-up contacts due today or overdue, and those due tomorrow to prepare. */
  followUpsDue: z.array(todayFollowUpSchema),
  followUpsToPrepare: z.array(todayFollowUpSchema),
  measuresDue: z.array(todayMeasureDueSchema),
  /** How many REMS forms and overdue notes the panels of their own features list, so "nothing due" is true. */
  remsPending: z.number().int(),
  notesToFinish: z.number().int(),
});
export type TodayOverview = z.infer<typeof todayOverviewSchema>;

export const todayMethods = {
  /** What the home screen gathers across the active caseload. `today` is the therapist's calendar date. */
  'today.overview': { input: z.strictObject({ today: calendarDateSchema }), output: todayOverviewSchema, whileLocked: false },
} as const;
