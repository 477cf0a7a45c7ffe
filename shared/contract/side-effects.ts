import { z } from 'zod';
import { COURSE_KINDS } from '../course/course-types';
import { hasRepeatedLabel, SIDE_EFFECT_ANSWERS_MAX, SIDE_EFFECT_LEVELS, SIDE_EFFECT_LIMITS, sideEffectLabelSchema } from '../side-effects/side-effect-items';
import { epochMillisSchema, idSchema, optionalText } from './fields';

/** One item of a checklist: its label as it read when recorded, and the level chosen. */
export const sideEffectAnswerSchema = z.strictObject({ label: sideEffectLabelSchema, level: z.enum(SIDE_EFFECT_LEVELS) });
export type SideEffectAnswer = z.output<typeof sideEffectAnswerSchema>;

/** The side effects after one dose. Saving again replaces the answers and the note; `firstRecordedAt` stays. */
export const sideEffectChecklistSchema = z.strictObject({
  sessionId: idSchema,
  answers: z.array(z.strictObject({ label: z.string(), level: z.enum(SIDE_EFFECT_LEVELS) })),
  note: z.string().nullable(),
  firstRecordedAt: epochMillisSchema,
  recordedAt: epochMillisSchema,
});
export type SideEffectChecklist = z.infer<typeof sideEffectChecklistSchema>;

/** A dose of the client (a session's first dose, on its calendar day in the therapist's zone) and its checklist, if recorded. */
export const sideEffectDoseSchema = z.strictObject({
  sessionId: idSchema,
  date: z.string(),
  dosedAt: epochMillisSchema,
  checklist: sideEffectChecklistSchema.nullable(),
});
export type SideEffectDose = z.infer<typeof sideEffectDoseSchema>;

/** The course a group of doses belongs to; null for the doses outside every course. */
export const sideEffectGroupSchema = z.strictObject({
  course: z.strictObject({ id: idSchema, kind: z.enum(COURSE_KINDS), startDate: z.string(), endedOn: z.string().nullable() }).nullable(),
  doses: z.array(sideEffectDoseSchema),
});
export type SideEffectGroup = z.infer<typeof sideEffectGroupSchema>;

const recordInput = z
  .strictObject({
    sessionId: idSchema,
    answers: z.array(sideEffectAnswerSchema).max(SIDE_EFFECT_ANSWERS_MAX),
    note: optionalText(SIDE_EFFECT_LIMITS.note),
  })
  .refine(({ answers }) => !hasRepeatedLabel(answers.map(({ label }) => label)), { path: ['answers'], message: 'Each item is answered once' })
  .refine(({ answers, note }) => answers.length > 0 || note !== null, { path: ['answers'], message: 'Choose a level for an item or write a note' });

export const sideEffectsMethods = {
  /** The checklist recorded after a session's dose; null until one is. */
  'sideEffects.get': {
    input: z.strictObject({ sessionId: idSchema }),
    output: z.strictObject({ checklist: sideEffectChecklistSchema.nullable() }),
    whileLocked: false,
  },
  /** Records (or replaces) the checklist of a dosed session; refused before the dose and for a cancelled session. */
  'sideEffects.record': { input: recordInput, output: sideEffectChecklistSchema, whileLocked: false },
  /**
   * Every dose of the client with its checklist, grouped by course: the courses newest first, each
   * with its doses oldest first, then the doses outside every course. `items` is the clinic's list
   * today, which orders the grid's rows.
   */
  'sideEffects.listForClient': {
    input: z.strictObject({ clientId: idSchema }),
    output: z.strictObject({ items: z.array(z.string()), groups: z.array(sideEffectGroupSchema) }),
    whileLocked: false,
  },
} as const;
