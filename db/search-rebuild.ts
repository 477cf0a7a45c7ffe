import type Database from 'better-sqlite3-multiple-ciphers';
import { noteSearchBody } from '../shared/notes/note-search-text';
import { NotesRepository } from './notes-repository';
import { type SearchDocument, SearchRepository } from './search-repository';
import { indexSession } from './session-search';
import { SessionsRepository } from './sessions-repository';

/**
 * Writes every search entry again as the app now writes it: notes from their content (homework
 * titles in place, addenda after), homework from its stored text, both folded and scoped anew;
 * and every session from its intention and timeline. Entries marked stale are caught up by the same pass.
 * Run after the migrations when one changed what is indexed (db/migrate.ts); one pass, in one transaction.
 */
export function rebuildSearchIndex(db: Database.Database): void {
  const search = new SearchRepository(db);
  // Every row, once: a migration's pass, not a statement the app runs.
  const stored = db
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
    .all()
    .map((row): SearchDocument => ({
      target: row.target,
      targetId: row.target_id,
      clientId: row.client_id,
      kind: row.kind,
      isPrivate: row.is_private === 1,
      title: row.title,
      body: row.body,
      updatedAt: row.updated_at,
    }));
  // An entry still marked stale is dated when its record last changed, as its catch-up would have dated it.
  const staleSince = new Map(search.staleEntries().map((entry) => [`${entry.target}:${entry.targetId}`, entry.changedAt]));
  const notes = new NotesRepository(db);
  const homeworkTitle = db.prepare<[string], string>('SELECT title FROM homework WHERE id = ?').pluck();
  for (const document of stored) {
    if (document.target !== 'note') {
      search.index(document);
      continue;
    }
    const note = notes.get(document.targetId);
    const updatedAt = staleSince.get(`note:${document.targetId}`) ?? document.updatedAt;
    if (note) search.index({ ...document, body: noteSearchBody(note, (id) => homeworkTitle.get(id)), updatedAt });
  }
  const sessions = new SessionsRepository(db);
  for (const id of db.prepare<[], string>('SELECT id FROM sessions').pluck().all()) {
    const session = sessions.get(id);
    if (session) indexSession(search, session, sessions.events(id), staleSince.get(`session:${id}`) ?? session.updatedAt);
  }
}
