import { z } from 'zod';
import { NOTE_LIMITS, type NoteDocument, NoteDocumentError, parseNoteDocument } from '../notes/note-document';
import { NOTE_KINDS, NOTE_STATUSES } from '../notes/note-kinds';
import { CANONICAL_NOTE_FORMATS } from '../notes/canonical-note';
import { HOMEWORK_STATUSES } from '../homework/homework-types';
import { calendarDateSchema, epochMillisSchema, FIELD_LIMITS, idSchema, requiredText } from './fields';

/** The editor's JSON, checked against the notes schema (see note-document.ts). */
export const noteDocumentSchema = z.custom<NoteDocument>().transform((value, context) => {
  try {
    return parseNoteDocument(value);
  } catch (error) {
    if (!(error instanceof NoteDocumentError)) throw error;
    context.addIssue({ code: 'custom', message: error.message });
    return z.NEVER;
  }
});

/**
 * The editor's JSON as text. Sent as a string so that depth and size are bounded before it is
 * parsed; the boundary's own nesting guard stays tight for every other method.
 */
const noteContentText = z
  .string()
  .max(NOTE_LIMITS.contentJsonChars)
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'Not a note document' });
      return z.NEVER;
    }
  })
  .pipe(noteDocumentSchema);

const noteTitle = z
  .string()
  .max(NOTE_LIMITS.title)
  .transform((value) => value.trim());

export const noteSummarySchema = z.strictObject({
  id: idSchema,
  clientId: idSchema,
  sessionId: idSchema.nullable(),
  kind: z.enum(NOTE_KINDS),
  title: z.string(),
  isPrivate: z.boolean(),
  status: z.enum(NOTE_STATUSES),
  words: z.number().int().min(0),
  createdAt: epochMillisSchema,
  updatedAt: epochMillisSchema,
  signedAt: epochMillisSchema.nullable(),
  /** The calendar day the care happened; by default the session's day, else the day the note was written. */
  serviceDate: z.string(),
});
export type NoteSummary = z.infer<typeof noteSummarySchema>;

export const addendumSchema = z.strictObject({
  id: idSchema,
  text: z.string(),
  signedBy: z.string(),
  contentHash: z.string(),
  createdAt: epochMillisSchema,
});
export type Addendum = z.infer<typeof addendumSchema>;

/** A homework link as it read when the note was signed. */
export const signedHomeworkLinkSchema = z.strictObject({ id: idSchema, title: z.string(), status: z.enum(HOMEWORK_STATUSES) });

export const noteSchema = noteSummarySchema.extend({
  doc: noteDocumentSchema,
  /** Bumped by every save; a save names the revision it started from. */
  revision: z.number().int().min(1),
  signedBy: z.string().nullable(),
  /** SHA-256 (hex) of the canonical form of the signed note. */
  contentHash: z.string().nullable(),
  /** The canonical form the hash was computed over (shared/notes/canonical-note.ts); null for a draft. */
  signedFormat: z.enum(CANONICAL_NOTE_FORMATS).nullable(),
  /** Each linked homework's title and status at signing, covered by the hash; empty for drafts and for notes signed as kap-note/1. */
  signedHomework: z.array(signedHomeworkLinkSchema),
  addenda: z.array(addendumSchema),
});
export type Note = z.infer<typeof noteSchema>;

export const noteRevisionSummarySchema = z.strictObject({
  id: idSchema,
  startedAt: epochMillisSchema,
  savedAt: epochMillisSchema,
  title: z.string(),
  words: z.number().int().min(0),
});
export type NoteRevisionSummary = z.infer<typeof noteRevisionSummarySchema>;

/** One saved revision of a draft, as the history dialog shows it and a restore takes it back. */
export const noteRevisionSchema = z.strictObject({ id: idSchema, savedAt: epochMillisSchema, title: z.string(), doc: noteDocumentSchema });
export type NoteRevision = z.infer<typeof noteRevisionSchema>;

const savedNote = z.strictObject({ id: idSchema, revision: z.number().int(), updatedAt: epochMillisSchema, words: z.number().int() });
export type SavedNote = z.infer<typeof savedNote>;

const baseRevision = z.number().int().min(1);
const signerName = requiredText(FIELD_LIMITS.name);

export const notesMethods = {
  'notes.listForClient': {
    input: z.strictObject({ clientId: idSchema }),
    output: z.strictObject({ notes: z.array(noteSummarySchema) }),
    whileLocked: false,
  },
  'notes.get': { input: z.strictObject({ id: idSchema }), output: noteSchema, whileLocked: false },
  /** A new draft from the kind's template. A session note names its session. */
  'notes.create': {
    input: z.strictObject({
      clientId: idSchema,
      kind: z.enum(NOTE_KINDS),
      sessionId: idSchema.nullable().optional(),
      isPrivate: z.boolean().optional(),
      title: noteTitle.optional(),
    }),
    output: noteSchema,
    whileLocked: false,
  },
  /** Autosave. Answers only once the transaction (note, revision, links, search index) has committed. */
  'notes.save': {
    input: z.strictObject({ id: idSchema, baseRevision, content: noteContentText, title: noteTitle, isPrivate: z.boolean() }),
    output: savedNote,
    whileLocked: false,
  },
  /** A draft's date of service; a signed note keeps the one it was signed with. */
  'notes.setServiceDate': {
    input: z.strictObject({ id: idSchema, serviceDate: calendarDateSchema }),
    output: noteSchema,
    whileLocked: false,
  },
  'notes.sign': {
    input: z.strictObject({ id: idSchema, baseRevision, signerName }),
    output: noteSchema,
    whileLocked: false,
  },
  'notes.addAddendum': {
    input: z.strictObject({ noteId: idSchema, text: requiredText(NOTE_LIMITS.addendum) }),
    output: noteSchema,
    whileLocked: false,
  },
  'notes.revisions': {
    input: z.strictObject({ noteId: idSchema }),
    output: z.strictObject({ revisions: z.array(noteRevisionSummarySchema) }),
    whileLocked: false,
  },
  'notes.revision': {
    input: z.strictObject({ noteId: idSchema, revisionId: idSchema }),
    output: noteRevisionSchema,
    whileLocked: false,
  },
  /** The chosen revision becomes the note's content; the content it replaces stays in the history. */
  'notes.restoreRevision': {
    input: z.strictObject({ noteId: idSchema, revisionId: idSchema, baseRevision }),
    output: noteSchema,
    whileLocked: false,
  },
  /** A draft can be discarded; a signed note never can. */
  'notes.discardDraft': {
    input: z.strictObject({ id: idSchema }),
    output: z.strictObject({ id: idSchema }),
    whileLocked: false,
  },
  /** Unsigned notes older than the "notes to finish" setting, oldest first. */
  'notes.toFinish': {
    input: z.strictObject({}),
    output: z.strictObject({
      afterDays: z.number().int(),
      notes: z.array(noteSummarySchema.extend({ clientName: z.string() })),
    }),
    whileLocked: false,
  },
} as const;
