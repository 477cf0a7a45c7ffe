import type Database from 'better-sqlite3-multiple-ciphers';
import { DamagedRecordError } from './json-column';
import { indexNote } from './note-search';
import { NotesRepository } from './notes-repository';
import { type SearchDocument, SearchRepository } from './search-repository';
import { indexSession } from './session-search';
import { SessionsRepository } from './sessions-repository';

/**
 * Writes every search entry again as the app now writes it: notes from the note (indexNote, as a
 * save does: title, privacy, words, homework titles in place, addenda), homework from its stored
 * text, both folded and scoped anew; and every session from its intention and timeline. Entries
 * marked stale are caught up by the same pass, dated by their mark. A record too damaged to read
 * keeps its entry as stored and its mark, as a catch-up leaves it: one bad row must not stop the
 * vault opening. An entry whose note is missing is left as it is (a rebuild changes how entries are
 * written, not which exist). Run after the migrations when one changed what is indexed
 * (db/migrate.ts); one pass, in one transaction.
 */
export function rebuildSearchIndex(db: Database.Database): void {
  const search = new SearchRepository(db);
  const stored = storedEntries(db);
  const staleSince = new Map(search.staleEntries().map((entry) => [entryKey(entry.target, entry.targetId), entry.changedAt]));
  const keepAsStored = (document: SearchDocument) => {
    search.index(document);
    const mark = staleSince.get(entryKey(document.target, document.targetId));
    if (mark !== undefined && document.target !== 'homework') search.markStale(document.target, document.targetId, mark);
  };
  const rewriteOrKeep = (document: SearchDocument | undefined, rewrite: () => void) => {
    try {
      rewrite();
    } catch (error) {
      if (!(error instanceof DamagedRecordError)) throw error;
      if (document) keepAsStored(document);
    }
  };

  const notes = new NotesRepository(db);
  const homeworkTitle = db.prepare<[string], string>('SELECT title FROM homework WHERE id = ?').pluck();
  const homeworkTitleOf = (id: string) => homeworkTitle.get(id);
  for (const document of stored.values()) {
    if (document.target === 'homework') search.index(document);
    if (document.target !== 'note') continue;
    rewriteOrKeep(document, () => {
      const note = notes.get(document.targetId);
      if (note) indexNote(search, note, homeworkTitleOf, staleSince.get(entryKey('note', note.id)) ?? document.updatedAt);
    });
  }
  const sessions = new SessionsRepository(db);
  for (const id of db.prepare<[], string>('SELECT id FROM sessions').pluck().all()) {
    rewriteOrKeep(stored.get(entryKey('session', id)), () => {
      const session = sessions.get(id);
      if (session) indexSession(search, session, sessions.events(id), staleSince.get(entryKey('session', id)) ?? session.updatedAt);
    });
  }
}

/** One record's entry among the stored entries and the marks. */
function entryKey(target: SearchDocument['target'], targetId: string): string {
  return `${target}:${targetId}`;
}

/** Every entry as stored, by entryKey, in the order written: a migration's pass, not a statement the app runs. */
function storedEntries(db: Database.Database): Map<string, SearchDocument> {
  const rows = db
    .prepare<
      [],
      {
        target: SearchDocument['target'];
        target_id: string;
        client_id: string;
        kind: string;
        is_private: number;
        title: string;
        body: string;
        updated_at: number;
      }
    >('SELECT target, target_id, client_id, kind, is_private, title, body, updated_at FROM search_documents ORDER BY id')
    .all();
  return new Map(
    rows.map((row): [string, SearchDocument] => [
      entryKey(row.target, row.target_id),
      {
        target: row.target,
        targetId: row.target_id,
        clientId: row.client_id,
        kind: row.kind,
        isPrivate: row.is_private === 1,
        title: row.title,
        body: row.body,
        updatedAt: row.updated_at,
      },
    ]),
  );
}
