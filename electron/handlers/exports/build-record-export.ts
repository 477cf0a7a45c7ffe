import type { RecordStore } from '../../../db/record-store';
import type { Client } from '../../../shared/contract/clients';
import type { Prompt } from '../../../shared/contract/prompts';
import {
  type ExportedClientRecord,
  type ExportedNote,
  RECORD_EXPORT_FORMAT,
  RECORD_EXPORT_VERSION,
  type RecordExport,
  recordExportSchema,
} from '../../../shared/exports/record-export';
import { NOTE_NODES, walkNote } from '../../../shared/notes/note-document';
import { extractNoteLinks } from '../../../shared/notes/note-links';
import { extractNoteText } from '../../../shared/notes/note-text';
import { RpcFailure } from '../../../shared/contract/errors';
import { scoredMeasures } from '../measures/scored-measures';
import { readSettings } from '../settings/settings-handlers';

export interface ExportChoice {
  includePrivateNotes: boolean;
  exportedAt: number;
}

function exportedNote(store: RecordStore, noteId: string): ExportedNote | null {
  const note = store.notes.get(noteId);
  if (!note) return null;
  const promptBlocks = [...walkNote(note.doc)]
    .filter((node) => node.type === NOTE_NODES.promptBlock)
    .map((node) => ({
      promptId: typeof node.attrs?.promptId === 'string' ? node.attrs.promptId : null,
      question: typeof node.attrs?.question === 'string' ? node.attrs.question : '',
    }));
  return {
    id: note.id,
    sessionId: note.sessionId,
    kind: note.kind,
    title: note.title,
    serviceDate: note.serviceDate,
    isPrivate: note.isPrivate,
    status: note.status,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
    signedAt: note.signedAt,
    signedBy: note.signedBy,
    contentHash: note.contentHash,
    signedFormat: note.signedFormat,
    signedHomework: note.signedHomework,
    revision: note.revision,
    text: extractNoteText(note.doc),
    doc: note.doc,
    promptBlocks,
    homeworkIds: extractNoteLinks(note.doc).homeworkIds,
    addenda: note.addenda,
  };
}

/** One client's whole record. Private notes are never read unless chosen. */
function clientRecord(store: RecordStore, client: Client, includePrivateNotes: boolean): ExportedClientRecord {
  const notes = store.notes
    .listForClient(client.id)
    .filter((summary) => includePrivateNotes || !summary.isPrivate)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .flatMap((summary) => exportedNote(store, summary.id) ?? []);
  const exportedNoteIds = new Set(notes.map((note) => note.id));
  const sideEffects = store.sideEffects.listForClient(client.id);
  const sessions = store.sessions.listForClient(client.id).map((session) => ({
    session,
    timeline: store.sessions.events(session.id),
    promptPlan: store.prompts.sessionPlan(session.id).map((prompt) => prompt.id),
    sideEffects: sideEffects.get(session.id) ?? null,
    // A contact's note is named only when the note is in the file: a private one left out is not even hinted at.
    followUps: store.followUps
      .forSession(session.id)
      .map((contact) => (contact.noteId === null || exportedNoteIds.has(contact.noteId) ? contact : { ...contact, noteId: null })),
  }));
  const promptIds = new Set([
    ...sessions.flatMap((session) => session.promptPlan),
    ...notes.flatMap((note) => note.promptBlocks.flatMap((block) => block.promptId ?? [])),
  ]);
  const prompts = [...promptIds].flatMap((id): Prompt[] => {
    const prompt = store.prompts.get(id);
    return prompt ? [prompt] : [];
  });
  const homework = store.homework.listForClient(client.id).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const evaluations = store.evaluations.listForClient(client.id).reverse();
  const measures = scoredMeasures(store.measures.listForClient(client.id)).reverse();
  const courses = store.courses.listForClient(client.id).reverse();
  return { client, sessions, notes, homework, evaluations, measures, courses, prompts };
}

/**
 * Reads the record(s) in one transaction, so the export is one consistent moment, and validates
 * the result against the published schema before anyone writes it. INTERNAL (naming no value)
 * if the stored record does not fit: better no file than a file a reader will reject.
 */
export function buildRecordExport(store: RecordStore, scope: { clientId: string } | 'practice', choice: ExportChoice): RecordExport {
  const draft = store.transaction(() => {
    const clients =
      scope === 'practice' ? [...store.clients.list(), ...store.clients.list({ archived: true })] : [store.clients.get(scope.clientId) ?? notFound()];
    const settings = readSettings(store);
    return {
      format: RECORD_EXPORT_FORMAT,
      version: RECORD_EXPORT_VERSION,
      scope: scope === 'practice' ? 'practice' : 'client',
      exportedAt: choice.exportedAt,
      includesPrivateNotes: choice.includePrivateNotes,
      clinic: { clinicName: settings.clinicName, clinicianName: settings.clinicianName },
      clients: clients.map((client) => clientRecord(store, client, choice.includePrivateNotes)),
    };
  });
  const checked = recordExportSchema.safeParse(draft);
  if (!checked.success) {
    const where = checked.error.issues[0]?.path.filter((part) => typeof part === 'string').join('.') ?? '';
    throw new RpcFailure('INTERNAL', `The record did not fit the export format (${where || 'top level'}); nothing was written.`);
  }
  return checked.data;
}

function notFound(): never {
  throw new RpcFailure('NOT_FOUND', 'That client no longer exists.');
}
