import { z } from 'zod';
import { localCalendarDate } from '../calendar-date';
import { clientSchema } from '../contract/clients';
import { courseSchema } from '../contract/courses';
import { evaluationSchema } from '../contract/evaluations';
import { followUpContactSchema } from '../contract/follow-up-contact';
import { calendarDateSchema, epochMillisSchema, idSchema } from '../contract/fields';
import { homeworkSchema } from '../contract/homework';
import { measureSchema } from '../contract/measures';
import { addendumSchema, noteDocumentSchema, signedHomeworkLinkSchema } from '../contract/notes';
import { CANONICAL_NOTE_FORMATS } from '../notes/canonical-note';
import { promptSchema } from '../contract/prompts';
import { sessionSchema } from '../contract/sessions';
import { sideEffectChecklistSchema } from '../contract/side-effects';
import { timelineEventSchema } from '../session/timeline';
import { NOTE_KINDS, NOTE_STATUSES } from '../notes/note-kinds';

/**
 * The structured record export, version 6 (documented in docs/record-export.md). Main validates
 * every export against this schema before a byte is written, and the tests validate the files.
 * A change that a reader of this version could not follow needs the next version and a new schema here.
 * Version 2 added `signedFormat` and `signedHomework` to notes.
 * Version 3: timeline rows carry `writtenLate` (an entry added after discharge).
 * Version 4: each client record carries its `evaluations`.
 * Version 5: each note carries its `serviceDate`; each client record its `measures`.
 * Version 6: each session carries its `sideEffects` and `followUps`; each client record its `courses`.
 */
export const RECORD_EXPORT_FORMAT = 'kap-companion-record-export';
export const RECORD_EXPORT_VERSION = 6;

/** A prompt block as the note holds it: the question as asked and the library prompt it came from (null if typed freely). */
export const exportedPromptBlockSchema = z.strictObject({
  promptId: idSchema.nullable(),
  question: z.string(),
});

export const exportedNoteSchema = z.strictObject({
  id: idSchema,
  sessionId: idSchema.nullable(),
  kind: z.enum(NOTE_KINDS),
  title: z.string(),
  /** The calendar day the care it records was given (the therapist's zone), which may differ from when it was written. */
  serviceDate: calendarDateSchema,
  /** A private psychotherapy note; present only when the export says `includesPrivateNotes`. */
  isPrivate: z.boolean(),
  status: z.enum(NOTE_STATUSES),
  createdAt: epochMillisSchema,
  updatedAt: epochMillisSchema,
  signedAt: epochMillisSchema.nullable(),
  signedBy: z.string().nullable(),
  /** SHA-256 (hex) over the canonical signed note (shared/notes/canonical-note.ts); null for a draft. */
  contentHash: z.string().nullable(),
  /** The canonical form the hash covers: kap-note/1 (homework links by id) or kap-note/2 (with their title and status at signing); null for a draft. */
  signedFormat: z.enum(CANONICAL_NOTE_FORMATS).nullable(),
  /** What each homework link said when the note was signed (covered by the hash); empty for drafts and kap-note/1 notes. */
  signedHomework: z.array(signedHomeworkLinkSchema),
  revision: z.number().int().min(1),
  /** One line per paragraph or heading, prompt questions included. */
  text: z.string(),
  /** The editor's JSON, the source of truth (the notes schema of shared/notes/note-document.ts). */
  doc: noteDocumentSchema,
  promptBlocks: z.array(exportedPromptBlockSchema),
  /** Homework the note links to, by id (see `homework`). */
  homeworkIds: z.array(idSchema),
  /** Append-only, each hash chained to the note's. */
  addenda: z.array(addendumSchema),
});
export type ExportedNote = z.infer<typeof exportedNoteSchema>;

export const exportedSessionSchema = z.strictObject({
  session: sessionSchema,
  /** Every row of the append-only timeline in order of `sequence`: originals, corrections (`supersedesId`) and retractions (`retractsId`) as written. */
  timeline: z.array(timelineEventSchema),
  /** The prompts planned for the session's follow-up, in order (ids into `prompts`). */
  promptPlan: z.array(idSchema),
  /** The side effects recorded after the dose, under the labels they were asked with; null if none were recorded. */
  sideEffects: sideEffectChecklistSchema.nullable(),
  /**
   * The follow-up contacts proposed after the dose, in the ladder's order (days after the dose), with what came of them. `noteId`
   * names the note written about a contact when that note is in the file, and is null otherwise
   * (a private note left out).
   */
  followUps: z.array(followUpContactSchema),
});
export type ExportedSession = z.infer<typeof exportedSessionSchema>;

export const exportedClientRecordSchema = z.strictObject({
  client: clientSchema,
  sessions: z.array(exportedSessionSchema),
  notes: z.array(exportedNoteSchema),
  homework: z.array(homeworkSchema),
  /** Every evaluation, oldest first, its checklist under the labels it was asked with. */
  evaluations: z.array(evaluationSchema),
  /** Every PHQ-9 and GAD-7, oldest first, scored; withdrawn ones too, with their reason. */
  measures: z.array(measureSchema),
  /** Every treatment course (induction, booster), oldest first: its schedule, planned dates and how it ended. */
  courses: z.array(courseSchema),
  /** Every library prompt this record uses (session plans and the exported notes' prompt blocks), with its text. */
  prompts: z.array(promptSchema),
});
export type ExportedClientRecord = z.infer<typeof exportedClientRecordSchema>;

export const recordExportSchema = z
  .strictObject({
    format: z.literal(RECORD_EXPORT_FORMAT),
    version: z.literal(RECORD_EXPORT_VERSION),
    /** One client's record, or every client (moving the whole practice). */
    scope: z.enum(['client', 'practice']),
    exportedAt: epochMillisSchema,
    /** Whether private psychotherapy notes were chosen; when false none are in the file. */
    includesPrivateNotes: z.boolean(),
    clinic: z.strictObject({ clinicName: z.string().nullable(), clinicianName: z.string().nullable() }),
    clients: z.array(exportedClientRecordSchema),
  })
  .superRefine((value, context) => {
    if (value.scope === 'client' && value.clients.length !== 1)
      context.addIssue({ code: 'custom', path: ['clients'], message: 'A client export holds one client' });
    value.clients.forEach((record, clientIndex) => {
      const noteIds = new Set(record.notes.map((note) => note.id));
      record.sessions.forEach((session, sessionIndex) =>
        session.followUps.forEach((contact, contactIndex) => {
          if (contact.noteId !== null && !noteIds.has(contact.noteId))
            context.addIssue({
              code: 'custom',
              path: ['clients', clientIndex, 'sessions', sessionIndex, 'followUps', contactIndex, 'noteId'],
              message: 'A follow-up names a note that is not in the file',
            });
        }),
      );
      if (value.includesPrivateNotes) return;
      record.notes.forEach((note, noteIndex) => {
        if (note.isPrivate)
          context.addIssue({ code: 'custom', path: ['clients', clientIndex, 'notes', noteIndex], message: 'A private note in an export without them' });
      });
    });
  });
export type RecordExport = z.infer<typeof recordExportSchema>;

export const EXPORT_FORMATS = ['json', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The file name offered for an export: never the client's name (file names end up in recent-file
 * lists, backups and mail), only the first characters of the client's id and the date.
 */
export function exportFileName(scope: { clientId: string } | 'practice', format: ExportFormat, exportedAt: number): string {
  const date = localCalendarDate(exportedAt);
  if (scope === 'practice') return `practice-export-${date}.${format}`;
  const shortId =
    scope.clientId
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 8)
      .toLowerCase() || 'client';
  return `record-export-${shortId}-${date}.${format}`;
}
