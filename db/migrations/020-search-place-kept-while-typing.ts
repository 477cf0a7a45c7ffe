import type { Migration } from './migration';

/**
 * A search document remembers when it took its place in the index's order (placed_at). Newest
 * first reads rowids backwards, and a document moved to the front (a new rowid) whenever it
 * changed: every autosave deleted and re-inserted its 10 KB row, a third of a save's pages. Now it
 * moves only when its place is older than SEARCH_PLACE_KEPT_MS, so a stretch of typing updates the
 * row in place. Rows written before this migration have no placed_at and read it as updated_at.
 */
export const migration020: Migration = {
  version: 20,
  name: 'search place kept while typing',
  up(db) {
    db.exec('ALTER TABLE search_documents ADD COLUMN placed_at INTEGER');
  },
};
