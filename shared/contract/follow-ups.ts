import { z } from 'zod';
import { FOLLOW_UP_LIMITS } from '../follow-up/follow-up-ladder';
import { HIGHLIGHT_KINDS } from '../follow-up/session-highlights';
import { HOMEWORK_STATUSES } from '../homework/homework-types';
import { NOTE_KINDS, NOTE_STATUSES } from '../notes/note-kinds';
import { ROUTES } from '../session/routes';
import { exportPassphraseSchema, exportResultSchema } from './exports';
import { followUpContactSchema } from './follow-up-contact';
import { calendarDateSchema, epochMillisSchema, idSchema, requiredText } from './fields';
import { measureSchema } from './measures';
import { promptSchema } from './prompts';
import { SESSION_STATUSES } from './sessions';

/** What the room recorded that the follow-up starts from: the client's words, adverse events, sedation scores and the phase times. */
export const followUpHighlightSchema = z.strictObject({
  eventId: idSchema,
  at: epochMillisSchema,
  kind: z.enum(HIGHLIGHT_KINDS),
  /** The entry in the timeline's own words (describeEntry). */
  text: z.string(),
  lateWrittenAt: epochMillisSchema.nullable(),
});

/** A note as the preparation lists it: never its text, so a private note shows its title only. */
export const followUpNoteSchema = z.strictObject({
  id: idSchema,
  sessionId: idSchema.nullable(),
  kind: z.enum(NOTE_KINDS),
  title: z.string(),
  status: z.enum(NOTE_STATUSES),
  isPrivate: z.boolean(),
  createdAt: epochMillisSchema,
});
export type FollowUpNote = z.infer<typeof followUpNoteSchema>;

export const followUpHomeworkSchema = z.strictObject({
  id: idSchema,
  title: z.string(),
  status: z.enum(HOMEWORK_STATUSES),
  dueDate: z.string().nullable(),
  outcome: z.string().nullable(),
});

/** Everything the follow-up after the client's last dose needs, in one answer; `lastSession` is null before any dose. */
export const followUpPreparationSchema = z.strictObject({
  client: z.strictObject({ id: idSchema, displayName: z.string() }),
  lastSession: z
    .strictObject({
      id: idSchema,
      courseSessionNumber: z.number().int(),
      route: z.enum(ROUTES),
      status: z.enum(SESSION_STATUSES),
      dosedAt: epochMillisSchema,
      endedAt: epochMillisSchema.nullable(),
      intention: z.string().nullable(),
    })
    .nullable(),
  contacts: z.array(followUpContactSchema),
  highlights: z.array(followUpHighlightSchema),
  /** Notes of that session or written since its dose, oldest first. */
  notes: z.array(followUpNoteSchema),
  /** Homework a note of that session links, or given or due since its dose. */
  homework: z.array(followUpHomeworkSchema),
  /** The prompts planned for this follow-up, in order. */
  prompts: z.array(promptSchema),
  /** Every standing and withdrawn measure of the client, newest first, scored: the trend and its flags. */
  measures: z.array(measureSchema),
  /** REMS forms of this client not yet marked submitted, with their due dates. */
  remsPending: z.array(z.strictObject({ sessionId: idSchema, courseSessionNumber: z.number().int(), dueDate: z.string() })),
  /** Every unsigned note of the client, whenever written. */
  unsignedNotes: z.array(followUpNoteSchema),
});
export type FollowUpPreparation = z.infer<typeof followUpPreparationSchema>;

const byContact = { id: idSchema };

export const followUpsMethods = {
  /** The contacts one dosing session proposed, by day after the dose (the session's page lists them). */
  'followUps.listForSession': {
    input: z.strictObject({ sessionId: idSchema }),
    output: z.strictObject({ contacts: z.array(followUpContactSchema) }),
    whileLocked: false,
  },
  /** The preparation screen's one read. */
  'followUps.prepare': { input: z.strictObject({ clientId: idSchema }), output: followUpPreparationSchema, whileLocked: false },
  /** Marks a planned contact done, optionally naming the note written about it (the client's own). */
  'followUps.markDone': {
    input: z.strictObject({ ...byContact, noteId: idSchema.nullable() }),
    output: followUpContactSchema,
    whileLocked: false,
  },
  /** Skips a planned contact; the reason stays with it. */
  'followUps.skip': {
    input: z.strictObject({ ...byContact, reason: requiredText(FOLLOW_UP_LIMITS.skipReason) }),
    output: followUpContactSchema,
    whileLocked: false,
  },
  /** Moves a planned contact to another day, never before the dose day. */
  'followUps.move': { input: z.strictObject({ ...byContact, dueDate: calendarDateSchema }), output: followUpContactSchema, whileLocked: false },
  /**
   * The preparation as a PDF, after the passphrase (WRONG_SECRET, nothing written). Private
   * psychotherapy notes appear by title only; no note's text is ever in it.
   */
  'followUps.exportPdf': {
    input: z.strictObject({ clientId: idSchema, passphrase: exportPassphraseSchema }),
    output: exportResultSchema,
    whileLocked: false,
  },
} as const;
