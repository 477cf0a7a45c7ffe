import { indexNote } from './note-search';
import type { RecordStore } from './record-store';
import { indexSession } from './session-search';

export type CatchUpStore = Pick<RecordStore, 'search' | 'notes' | 'sessions' | 'homework' | 'transaction'>;

/**
 * Writes the search entry of every record marked stale (SearchRepository.markStale) from what the
 * record holds now, dated when its text last changed, in one transaction; a record that is gone
 * loses its entry. Run before the index is read and when the vault opens, so no search sees an
 * entry behind its record, and a crash between a save and its catch-up loses nothing (decision 0061).
 * Answers how many entries it wrote.
 */
export function catchUpSearch(store: CatchUpStore): number {
  if (!store.search.hasStale()) return 0;
  return store.transaction(() => {
    const stale = store.search.staleEntries();
    const homeworkTitleOf = (id: string) => store.homework.get(id)?.title;
    for (const { target, targetId, changedAt } of stale) {
      if (target === 'note') {
        const note = store.notes.get(targetId);
        if (note) indexNote(store.search, note, homeworkTitleOf, changedAt);
        else store.search.remove('note', targetId);
      } else {
        const session = store.sessions.get(targetId);
        if (session) indexSession(store.search, session, store.sessions.events(targetId), changedAt);
        else store.search.remove('session', targetId);
      }
    }
    return stale.length;
  });
}
