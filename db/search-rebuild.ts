import type Database from 'better-sqlite3-multiple-ciphers';
import { noteSearchBody } from '../shared/notes/note-search-text';
import { NotesRepository } from './notes-repository';
import { SearchRepository } from './search-repository';

/**
 * Writes every search entry again as the app now writes it: notes from their content (homework
 * titles in place, addenda after), homework from its stored text, both folded and scoped anew.
 * Run by a migration when what is indexed changes; one pass, inside the migration's transaction.
 */
export function rebuildSearchIndex(db: Database.Database): void {
  const search = new SearchRepository(db);
  const notes = new NotesRepository(db);
  const homeworkTitle = db.prepare<[string], string>('SELECT title FROM homework WHERE id = ?').pluck();
  for (const document of search.documents()) {
    if (document.target === 'homework') {
      search.index(document);
      continue;
    }
    const note = notes.get(document.targetId);
    if (note) search.index({ ...document, body: noteSearchBody(note, (id) => homeworkTitle.get(id)) });
  }
}
