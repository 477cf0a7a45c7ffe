import { DamagedRecordError } from './json-column';
import { indexNote } from './note-search';
import type { RecordStore } from './record-store';
import type { StaleEntry } from './search-repository';
import { indexSession } from './session-search';

export type CatchUpStore = Pick<RecordStore, 'search' | 'notes' | 'sessions' | 'homework' | 'transaction'>;

/**
 * Writes the search entry of every record marked stale (SearchRepository.markStale) from what the
 * record holds now, dated when its text last changed, in one transaction; a record that is gone
 * loses its entry. Run before the index is read and when the vault opens, so no search sees an
 * entry behind its record, and a crash between a save and its catch-up loses nothing (decision 0061).
 * A record too damaged to read keeps its mark and its last entry: the record itself reports the
 * damage where it is opened, and one bad row must not stop every search. Answers how many entries it wrote.
 */
export function catchUpSearch(store: CatchUpStore): number {
  // Read outside the transaction: a search with nothing marked (the usual case) opens none.
  const marked = store.search.staleEntries();
  if (marked.length === 0) return 0;
  return store.transaction(() => {
    const homeworkTitleOf = (id: string) => store.homework.get(id)?.title;
    let written = 0;
    for (const stale of marked) {
      try {
        writeEntry(store, stale, homeworkTitleOf);
        written += 1;
      } catch (error) {
        if (!(error instanceof DamagedRecordError)) throw error;
      }
    }
    return written;
  });
}

function writeEntry(store: CatchUpStore, { target, targetId, changedAt }: StaleEntry, homeworkTitleOf: (id: string) => string | undefined): void {
  if (target === 'note') {
    const note = store.notes.get(targetId);
    if (note) indexNote(store.search, note, homeworkTitleOf, changedAt);
    else store.search.remove('note', targetId);
    return;
  }
  const session = store.sessions.get(targetId);
  if (session) indexSession(store.search, session, store.sessions.events(targetId), changedAt);
  else store.search.remove('session', targetId);
}
