import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import {
  type Addendum,
  type Backlink,
  type Note,
  noteDocumentSchema,
  type NoteRevision,
  type NoteRevisionSummary,
  type NoteSummary,
} from '../shared/contract/index';
import type { CanonicalNoteFormat, SignedHomeworkLink } from '../shared/notes/canonical-note';
import type { NoteKind, NoteStatus } from '../shared/notes/note-kinds';
import { parseJsonColumn } from './json-column';

interface NoteSummaryRow {
  id: string;
  client_id: string;
  session_id: string | null;
  kind: NoteKind;
  title: string;
  is_private: number;
  status: NoteStatus;
  words: number;
  created_at: number;
  updated_at: number;
  signed_at: number | null;
  service_date: string;
}

interface NoteRow extends NoteSummaryRow {
  doc: string;
  revision: number;
  signed_by: string | null;
  content_hash: string | null;
  signed_format: CanonicalNoteFormat | null;
}

interface NoteHeadRow {
  id: string;
  client_id: string;
  session_id: string | null;
  kind: NoteKind;
  status: NoteStatus;
  revision: number;
}

/** What a save needs to know of a note, without reading its content. */
export interface NoteHead {
  id: string;
  clientId: string;
  sessionId: string | null;
  kind: NoteKind;
  status: NoteStatus;
  revision: number;
}

interface AddendumRow {
  id: string;
  text: string;
  signed_by: string;
  content_hash: string;
  created_at: number;
}

const SUMMARY_COLUMNS = 'id, client_id, session_id, kind, title, is_private, status, words, created_at, updated_at, signed_at, service_date';
/** The same columns, named through the notes table, for queries that join it. */
const NOTES_SUMMARY_COLUMNS = SUMMARY_COLUMNS.split(', ')
  .map((column) => `notes.${column}`)
  .join(', ');

function toSummary(row: NoteSummaryRow): NoteSummary {
  return {
    id: row.id,
    clientId: row.client_id,
    sessionId: row.session_id,
    kind: row.kind,
    title: row.title,
    isPrivate: row.is_private === 1,
    status: row.status,
    words: row.words,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    signedAt: row.signed_at,
    serviceDate: row.service_date,
  };
}

function toAddendum(row: AddendumRow): Addendum {
  return { id: row.id, text: row.text, signedBy: row.signed_by, contentHash: row.content_hash, createdAt: row.created_at };
}

export type NewNote = Pick<Note, 'id' | 'clientId' | 'sessionId' | 'kind' | 'title' | 'isPrivate' | 'doc' | 'words'>;

/** What a save writes: the note's content and the fields beside it. */
export type NoteContent = Pick<Note, 'title' | 'isPrivate' | 'doc' | 'words'>;

export interface NoteLinkRow {
  kind: 'homework' | 'prompt' | 'session';
  id: string;
}

/** How long an editing stretch lasts: saves within it refresh one revision instead of adding one. */
export const REVISION_STRETCH_MS = 10 * 60_000;

export class NotesRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      listForClient: db.prepare<[string], NoteSummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM notes WHERE client_id = ? ORDER BY created_at DESC, id`),
      get: db.prepare<[string], NoteRow>('SELECT * FROM notes WHERE id = ?'),
      signedIds: db.prepare<[], { id: string }>("SELECT id FROM notes WHERE status = 'signed' ORDER BY signed_at, id"),
      head: db.prepare<[string], NoteHeadRow>('SELECT id, client_id, session_id, kind, status, revision FROM notes WHERE id = ?'),
      addenda: db.prepare<[string], AddendumRow>(
        'SELECT id, text, signed_by, content_hash, created_at FROM note_addenda WHERE note_id = ? ORDER BY created_at, id',
      ),
      insert: db.prepare(
        `INSERT INTO notes (id, client_id, session_id, kind, title, is_private, doc, words, revision, status, created_at, updated_at,
           stretch_revision_id, stretch_started_at, stretch_saved_at)
         VALUES (@id, @clientId, @sessionId, @kind, @title, @isPrivate, @doc, @words, 1, 'draft', @now, @now, @revisionId, @now, @now)`,
      ),
      // A save after a pause (or a restore) starts a new stretch; the schema then files the old one's content (notes_stretch_ended).
      save: db.prepare(
        `UPDATE notes SET title = @title, is_private = @isPrivate, doc = @doc, words = @words, revision = revision + 1, updated_at = @now,
           stretch_revision_id = CASE WHEN @startRevision OR @now - stretch_saved_at >= @stretchMs THEN @revisionId ELSE stretch_revision_id END,
           stretch_started_at = CASE WHEN @startRevision OR @now - stretch_saved_at >= @stretchMs THEN @now ELSE stretch_started_at END,
           stretch_saved_at = @now
         WHERE id = @id AND revision = @baseRevision AND status = 'draft'`,
      ),
      sign: db.prepare(
        `UPDATE notes SET status = 'signed', signed_at = @signedAt, signed_by = @signedBy, content_hash = @contentHash, signed_format = @signedFormat,
           updated_at = @signedAt
         WHERE id = @id AND revision = @baseRevision AND status = 'draft'`,
      ),
      // A draft only: a signed note's date is part of what was signed off (and the trigger refuses it anyway).
      setServiceDate: db.prepare("UPDATE notes SET service_date = @serviceDate, updated_at = @now WHERE id = @id AND status = 'draft'"),
      signedHomework: db.prepare<[string], SignedHomeworkLink>(
        'SELECT homework_id AS id, title, status FROM note_signed_homework WHERE note_id = ? ORDER BY position',
      ),
      insertSignedHomework: db.prepare(
        'INSERT INTO note_signed_homework (note_id, homework_id, position, title, status) VALUES (@noteId, @id, @position, @title, @status)',
      ),
      insertAddendum: db.prepare(
        'INSERT INTO note_addenda (id, note_id, text, signed_by, content_hash, created_at) VALUES (@id, @noteId, @text, @signedBy, @contentHash, @createdAt)',
      ),
      // The current stretch (in the note) first, then the ended ones, newest first.
      revisions: db.prepare<{ noteId: string }, { id: string; title: string; words: number; started_at: number; saved_at: number }>(
        `SELECT id, title, words, started_at, saved_at FROM (
           SELECT stretch_revision_id AS id, title, words, stretch_started_at AS started_at, stretch_saved_at AS saved_at, 1 AS current, 0 AS position
           FROM notes WHERE id = @noteId
           UNION ALL
           SELECT id, title, words, started_at, saved_at, 0, rowid FROM note_revisions WHERE note_id = @noteId
         ) ORDER BY current DESC, saved_at DESC, position DESC`,
      ),
      revision: db.prepare<{ noteId: string; revisionId: string }, { id: string; title: string; doc: string; saved_at: number }>(
        `SELECT stretch_revision_id AS id, title, doc, stretch_saved_at AS saved_at FROM notes WHERE id = @noteId AND stretch_revision_id = @revisionId
         UNION ALL
         SELECT id, title, doc, saved_at FROM note_revisions WHERE note_id = @noteId AND id = @revisionId`,
      ),
      links: db.prepare<[string], { kind: NoteLinkRow['kind']; id: string }>('SELECT target_kind AS kind, target_id AS id FROM note_links WHERE note_id = ?'),
      deleteLink: db.prepare('DELETE FROM note_links WHERE note_id = ? AND target_kind = ? AND target_id = ?'),
      deleteLinks: db.prepare('DELETE FROM note_links WHERE note_id = ?'),
      insertLink: db.prepare('INSERT OR IGNORE INTO note_links (note_id, target_kind, target_id) VALUES (?, ?, ?)'),
      backlinks: db.prepare<[string, string], NoteSummaryRow>(
        `SELECT ${NOTES_SUMMARY_COLUMNS} FROM note_links JOIN notes ON notes.id = note_links.note_id
         WHERE note_links.target_kind = ? AND note_links.target_id = ? ORDER BY notes.created_at DESC`,
      ),
      toFinish: db.prepare<[number], NoteSummaryRow & { client_name: string }>(
        `SELECT ${NOTES_SUMMARY_COLUMNS}, clients.display_name AS client_name
         FROM notes JOIN clients ON clients.id = notes.client_id
         WHERE notes.status = 'draft' AND notes.created_at < ? ORDER BY notes.created_at`,
      ),
      deleteRevisions: db.prepare('DELETE FROM note_revisions WHERE note_id = ?'),
      deleteDraft: db.prepare("DELETE FROM notes WHERE id = ? AND status = 'draft'"),
    };
  }

  listForClient(clientId: string): NoteSummary[] {
    return this.statements.listForClient.all(clientId).map(toSummary);
  }

  get(id: string): Note | null {
    const row = this.statements.get.get(id);
    if (!row) return null;
    return {
      ...toSummary(row),
      doc: parseJsonColumn(noteDocumentSchema, row.doc, 'note'),
      revision: row.revision,
      signedBy: row.signed_by,
      contentHash: row.content_hash,
      signedFormat: row.signed_format,
      signedHomework: this.statements.signedHomework.all(id),
      addenda: this.statements.addenda.all(id).map(toAddendum),
    };
  }

  /** Every signed note's id, oldest signature first: what "Check records" verifies. */
  signedIds(): string[] {
    return this.statements.signedIds.all().map((row) => row.id);
  }

  head(id: string): NoteHead | null {
    const row = this.statements.head.get(id);
    return row ? { id: row.id, clientId: row.client_id, sessionId: row.session_id, kind: row.kind, status: row.status, revision: row.revision } : null;
  }

  create(note: NewNote, now: number): void {
    // A random revision id: two revisions can start in the same millisecond (a restore right after a save).
    this.statements.insert.run({ ...note, isPrivate: note.isPrivate ? 1 : 0, doc: JSON.stringify(note.doc), now, revisionId: randomUUID() });
  }

  /** False when the note is not a draft (signed, or gone). */
  setServiceDate(id: string, serviceDate: string, now: number): boolean {
    return this.statements.setServiceDate.run({ id, serviceDate, now }).changes > 0;
  }

  /**
   * False when the note is not a draft at `baseRevision` (changed elsewhere, or signed). Within
   * an editing stretch the latest revision is the note itself, so only the note row is written; a
   * save after a pause, or `startRevision` (a restore, so the content being replaced stays in the
   * history as it was), starts a new stretch and the schema files the old content as a revision.
   */
  save(id: string, baseRevision: number, content: NoteContent, now: number, startRevision = false): boolean {
    const { changes } = this.statements.save.run({
      id,
      baseRevision,
      title: content.title,
      isPrivate: content.isPrivate ? 1 : 0,
      doc: JSON.stringify(content.doc),
      words: content.words,
      now,
      startRevision: startRevision ? 1 : 0,
      stretchMs: REVISION_STRETCH_MS,
      revisionId: randomUUID(),
    });
    return changes > 0;
  }

  /**
   * Signs a draft at `baseRevision` with what its homework links said, written just before it
   * turns signed (the schema refuses them after). False when it is not that draft; the caller's
   * transaction then rolls the links back.
   */
  sign(
    id: string,
    values: { baseRevision: number; signedAt: number; signedBy: string; contentHash: string; signedFormat: CanonicalNoteFormat },
    homework: readonly SignedHomeworkLink[],
  ): boolean {
    homework.forEach((link, position) => this.statements.insertSignedHomework.run({ noteId: id, ...link, position }));
    return this.statements.sign.run({ id, ...values }).changes === 1;
  }

  addAddendum(addendum: { id: string; noteId: string; text: string; signedBy: string; contentHash: string; createdAt: number }): void {
    this.statements.insertAddendum.run(addendum);
  }

  revisions(noteId: string): NoteRevisionSummary[] {
    return this.statements.revisions
      .all({ noteId })
      .map((row) => ({ id: row.id, title: row.title, words: row.words, startedAt: row.started_at, savedAt: row.saved_at }));
  }

  revision(noteId: string, revisionId: string): NoteRevision | null {
    const row = this.statements.revision.get({ noteId, revisionId });
    return row ? { id: row.id, title: row.title, savedAt: row.saved_at, doc: parseJsonColumn(noteDocumentSchema, row.doc, 'note revision') } : null;
  }

  /** Writes only the link rows that changed: most saves change none, and each row touches two b-trees. */
  replaceLinks(noteId: string, links: readonly NoteLinkRow[]): void {
    const key = (link: NoteLinkRow) => `${link.kind}:${link.id}`;
    const wanted = new Set(links.map(key));
    const stored = this.statements.links.all(noteId);
    const have = new Set(stored.map(key));
    for (const link of stored) if (!wanted.has(key(link))) this.statements.deleteLink.run(noteId, link.kind, link.id);
    for (const link of links) if (!have.has(key(link))) this.statements.insertLink.run(noteId, link.kind, link.id);
  }

  backlinks(kind: NoteLinkRow['kind'], targetId: string): Backlink[] {
    return this.statements.backlinks
      .all(kind, targetId)
      .map((row) => ({ noteId: row.id, kind: row.kind, title: row.title, status: row.status, createdAt: row.created_at }));
  }

  unsignedCreatedBefore(time: number): (NoteSummary & { clientName: string })[] {
    return this.statements.toFinish.all(time).map((row) => ({ ...toSummary(row), clientName: row.client_name }));
  }

  /** Removes a draft with its history and links; false when it is not a draft (signed notes stay). */
  discardDraft(id: string): boolean {
    const note = this.statements.get.get(id);
    if (!note || note.status !== 'draft') return false;
    this.statements.deleteLinks.run(id);
    this.statements.deleteRevisions.run(id);
    return this.statements.deleteDraft.run(id).changes === 1;
  }
}
