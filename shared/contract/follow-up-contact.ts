import { z } from 'zod';
import { FOLLOW_UP_STATUSES } from '../follow-up/follow-up-ladder';
import { epochMillisSchema, idSchema } from './fields';

/**
 * A contact proposed after a dose: the ladder's rung, its date (the therapist may move it), and
 * what came of it. Apart from follow-ups.ts, which imports the export contract, because the record
 * export holds contacts too.
 */
export const followUpContactSchema = z.strictObject({
  id: idSchema,
  sessionId: idSchema,
  clientId: idSchema,
  offsetDays: z.number().int(),
  label: z.string(),
  dueDate: z.string(),
  /** True once the therapist chose another day; a corrected dose time then leaves the date alone. */
  dateMoved: z.boolean(),
  status: z.enum(FOLLOW_UP_STATUSES),
  doneAt: epochMillisSchema.nullable(),
  skipReason: z.string().nullable(),
  /** The note written about the contact, when the therapist linked one. */
  noteId: idSchema.nullable(),
});
export type FollowUpContact = z.infer<typeof followUpContactSchema>;
