import type { RecordStore } from '../../../db/record-store';
import { RpcFailure } from '../../../shared/contract/errors';
import { NOTE_KIND_LABELS } from '../../../shared/notes/note-kinds';
import type { NoteKind } from '../../../shared/notes/note-kinds';
import { NOTE_TEMPLATES } from '../../../shared/notes/note-templates';
import { prefillFromSession } from '../../../shared/notes/session-note-prefill';
import { effectiveOfKind, resolveTimeline } from '../../../shared/session/timeline';
import { countWords, extractNoteText } from '../../../shared/notes/note-text';
import type { FeatureHandlers } from '../../rpc/handler-types';
import { readSettings } from '../settings/settings-handlers';
import { assertEditable, homeworkAsLinked, indexNoteNow, noteLinkRows, requireNote, requireNoteHead, writeNoteContent } from './note-content';
import { hashSignedAddendum, hashSignedNote, signatureHolds, signedNoteFacts } from './note-signature';
import { CANONICAL_NOTE_FORMAT } from '../../../shared/notes/canonical-note';
import { localCalendarDate } from '../../../shared/calendar-date';

type NotesMethod =
  | 'notes.listForClient'
  | 'notes.get'
  | 'notes.create'
  | 'notes.save'
  | 'notes.setServiceDate'
  | 'notes.sign'
  | 'notes.addAddendum'
  | 'notes.revisions'
  | 'notes.revision'
  | 'notes.restoreRevision'
  | 'notes.discardDraft'
  | 'notes.toFinish';

const DAY_MS = 24 * 60 * 60_000;

function requireClient(store: RecordStore, clientId: string) {
  const client = store.clients.get(clientId);
  if (!client) throw new RpcFailure('NOT_FOUND', 'That client does not exist.');
  return client;
}

/** A note names a session only of its own client; a session note must name one. */
function checkSessionLink(store: RecordStore, clientId: string, kind: string, sessionId: string | null): void {
  if (sessionId === null) {
    if (kind === 'session') throw new RpcFailure('INVALID', 'sessionId: a session note belongs to a session.');
    return;
  }
  const session = store.sessions.get(sessionId);
  if (!session || session.clientId !== clientId) throw new RpcFailure('INVALID', "sessionId: not one of this client's sessions.");
}

/** A new note starts from its kind's template, filled in with what its session recorded (if it names one). */
function startingDocument(store: RecordStore, kind: NoteKind, sessionId: string | null) {
  const template = NOTE_TEMPLATES[kind]();
  const session = sessionId === null ? null : store.sessions.get(sessionId);
  if (!session) return template;
  const quotes = effectiveOfKind(resolveTimeline(store.sessions.events(session.id)), 'quote').map((event) => event.entry.text);
  const prompts = store.prompts.sessionPlan(session.id).map(({ id, text }) => ({ id, text }));
  return prefillFromSession(template, { intention: session.intention, quotes, prompts });
}

export const notesHandlers: FeatureHandlers<NotesMethod> = {
  'notes.listForClient': ({ clientId }, { records }) => {
    const store = records();
    requireClient(store, clientId);
    return { notes: store.notes.listForClient(clientId) };
  },

  'notes.get': ({ id }, { records }) => requireNote(records(), id),

  'notes.create': ({ clientId, kind, sessionId, isPrivate, title }, { records, newId, now }) => {
    const store = records();
    requireClient(store, clientId);
    checkSessionLink(store, clientId, kind, sessionId ?? null);
    const doc = startingDocument(store, kind, sessionId ?? null);
    const id = newId();
    return store.transaction(() => {
      const time = now();
      const head = { id, clientId, sessionId: sessionId ?? null, kind, status: 'draft' as const, revision: 1 };
      const noteTitle = title || NOTE_KIND_LABELS[kind];
      const text = extractNoteText(doc);
      store.notes.create(
        { id, clientId, sessionId: head.sessionId, kind, title: noteTitle, isPrivate: isPrivate ?? false, doc, words: countWords(text) },
        time,
      );
      store.notes.replaceLinks(id, noteLinkRows(store, head, doc));
      indexNoteNow(store, { ...head, title: noteTitle, isPrivate: isPrivate ?? false, doc, signedHomework: [], addenda: [] }, time);
      return requireNote(store, id);
    });
  },

  'notes.save': ({ id, baseRevision, content, title, isPrivate }, { records, now }) => {
    const store = records();
    return store.transaction(() => writeNoteContent(store, requireNoteHead(store, id), baseRevision, { doc: content, title, isPrivate }, now()));
  },

  'notes.setServiceDate': ({ id, serviceDate }, { records, now }) => {
    const store = records();
    const time = now();
    // Main and the window share the machine's zone: care cannot have happened after today.
    if (serviceDate > localCalendarDate(time)) throw new RpcFailure('INVALID', 'serviceDate: must not be after today.');
    return store.transaction(() => {
      if (requireNoteHead(store, id).status === 'signed')
        throw new RpcFailure('SIGNED', 'This note is signed and keeps its date of service. Add an addendum instead.');
      store.notes.setServiceDate(id, serviceDate, time);
      return requireNote(store, id);
    });
  },

  'notes.sign': ({ id, baseRevision, signerName }, { records, now }) => {
    const store = records();
    return store.transaction(() => {
      const note = requireNote(store, id);
      assertEditable(note, baseRevision);
      const signedAt = now();
      const homework = homeworkAsLinked(store, note.doc);
      const contentHash = hashSignedNote(signedNoteFacts(note, { homework, signedBy: signerName, signedAt }));
      if (!store.notes.sign(id, { baseRevision, signedAt, signedBy: signerName, contentHash, signedFormat: CANONICAL_NOTE_FORMAT }, homework)) {
        throw new RpcFailure('CONFLICT', 'This note was changed elsewhere since it was opened. Reopen it to see the latest version.');
      }
      // Remembered for the next signature.
      store.settings.put('clinicianName', signerName);
      const signedNote = requireNote(store, id);
      // What is stored must be what was hashed; otherwise nothing is signed.
      if (!signatureHolds(signedNote)) throw new RpcFailure('INTERNAL', 'The signed note could not be verified.');
      indexNoteNow(store, signedNote, signedAt);
      store.audit.append({ at: signedAt, kind: 'note-signed', subjectId: id, detail: { contentHash } });
      return signedNote;
    });
  },

  'notes.addAddendum': ({ noteId, text }, { records, newId, now }) => {
    const store = records();
    return store.transaction(() => {
      const note = requireNote(store, noteId);
      if (note.status !== 'signed' || note.contentHash === null) throw new RpcFailure('CONFLICT', 'Only a signed note takes addenda; edit the draft instead.');
      const signedBy = readSettings(store).clinicianName ?? note.signedBy!;
      const id = newId();
      const createdAt = now();
      const contentHash = hashSignedAddendum({ addendumId: id, noteId, noteHash: note.contentHash, text, signedBy, signedAt: createdAt });
      store.notes.addAddendum({ id, noteId, text, signedBy, contentHash, createdAt });
      const withAddendum = requireNote(store, noteId);
      indexNoteNow(store, withAddendum, createdAt);
      store.audit.append({ at: createdAt, kind: 'addendum-signed', subjectId: noteId, detail: { addendumId: id, contentHash } });
      return withAddendum;
    });
  },

  'notes.revisions': ({ noteId }, { records }) => {
    const store = records();
    requireNoteHead(store, noteId);
    return { revisions: store.notes.revisions(noteId) };
  },

  'notes.revision': ({ noteId, revisionId }, { records }) => {
    const revision = records().notes.revision(noteId, revisionId);
    if (!revision) throw new RpcFailure('NOT_FOUND', 'That version of the note does not exist.');
    return revision;
  },

  'notes.restoreRevision': ({ noteId, revisionId, baseRevision }, { records, now }) => {
    const store = records();
    return store.transaction(() => {
      const note = requireNote(store, noteId);
      const revision = store.notes.revision(noteId, revisionId);
      if (!revision) throw new RpcFailure('NOT_FOUND', 'That version of the note does not exist.');
      writeNoteContent(store, note, baseRevision, { doc: revision.doc, title: revision.title, isPrivate: note.isPrivate }, now(), true);
      return requireNote(store, noteId);
    });
  },

  'notes.discardDraft': ({ id }, { records }) => {
    const store = records();
    return store.transaction(() => {
      const head = requireNoteHead(store, id);
      if (head.status === 'signed') throw new RpcFailure('SIGNED', 'A signed note cannot be discarded. Add an addendum instead.');
      store.search.remove('note', id);
      store.notes.discardDraft(id);
      return { id };
    });
  },

  'notes.toFinish': (_input, { records, now }) => {
    const store = records();
    const afterDays = readSettings(store).notesToFinishAfterDays;
    return { afterDays, notes: store.notes.unsignedCreatedBefore(now() - afterDays * DAY_MS) };
  },
};
