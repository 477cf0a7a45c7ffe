import { z } from 'zod';
import { HOMEWORK_LIMITS, HOMEWORK_STATUSES, homeworkFieldsSchema } from '../homework/homework-types';
import { NOTE_KINDS, NOTE_STATUSES } from '../notes/note-kinds';
import { calendarDateSchema, epochMillisSchema, idSchema, optionalText, requiredText } from './fields';

export const homeworkSchema = z.strictObject({
  id: idSchema,
  clientId: idSchema,
  title: z.string(),
  fields: homeworkFieldsSchema,
  status: z.enum(HOMEWORK_STATUSES),
  dueDate: z.string().nullable(),
  /** What the client reported, recorded at review. */
  outcome: z.string().nullable(),
  statusChangedAt: epochMillisSchema,
  createdAt: epochMillisSchema,
  updatedAt: epochMillisSchema,
});
export type Homework = z.infer<typeof homeworkSchema>;

/**
 * Where homework was assigned: the earliest note that links it, with that note's dosing session
 * (its number in the course) when the note belongs to one.
 */
export const assignedFromSchema = z.strictObject({
  noteId: idSchema,
  kind: z.enum(NOTE_KINDS),
  title: z.string(),
  createdAt: epochMillisSchema,
  sessionNumber: z.number().int().nullable(),
});
export type AssignedFrom = z.infer<typeof assignedFromSchema>;

/** Homework as the client's list shows it: with where it was assigned, null when no note links it. */
export const listedHomeworkSchema = homeworkSchema.extend({ assignedFrom: assignedFromSchema.nullable() });
export type ListedHomework = z.infer<typeof listedHomeworkSchema>;

/** A note that mentions the homework. */
export const backlinkSchema = z.strictObject({
  noteId: idSchema,
  kind: z.enum(NOTE_KINDS),
  title: z.string(),
  status: z.enum(NOTE_STATUSES),
  createdAt: epochMillisSchema,
});
export type Backlink = z.infer<typeof backlinkSchema>;

const homeworkFields = {
  title: requiredText(HOMEWORK_LIMITS.title),
  dueDate: calendarDateSchema
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  fields: homeworkFieldsSchema,
};

export const homeworkMethods = {
  'homework.listForClient': {
    input: z.strictObject({ clientId: idSchema }),
    output: z.strictObject({ homework: z.array(listedHomeworkSchema) }),
    whileLocked: false,
  },
  'homework.get': {
    input: z.strictObject({ id: idSchema }),
    output: z.strictObject({ homework: homeworkSchema, backlinks: z.array(backlinkSchema) }),
    whileLocked: false,
  },
  'homework.create': {
    input: z.strictObject({ clientId: idSchema, ...homeworkFields }),
    output: homeworkSchema,
    whileLocked: false,
  },
  'homework.update': {
    input: z.strictObject({
      id: idSchema,
      ...homeworkFields,
      status: z.enum(HOMEWORK_STATUSES),
      outcome: optionalText(HOMEWORK_LIMITS.outcome),
    }),
    output: homeworkSchema,
    whileLocked: false,
  },
} as const;
