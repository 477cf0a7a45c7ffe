import { describe, expect, it } from 'vitest';
import { migrate, readSchemaVersion } from '../../../../db/migrate';
import { MIGRATIONS } from '../../../../db/migrations';
import { migration020 } from '../../../../db/migrations/020-search-place-kept-while-typing';
import { SEARCH_PLACE_KEPT_MS, SearchRepository } from '../../../../db/search-repository';
import { toFtsQuery } from '../../../../shared/search/search-query';
import { openMigratedMemoryDatabase } from '../../../support/raw-database';
import { searchNote } from '../../../support/search-documents';

const T0 = Date.UTC(2026, 9, 20, 12);

/** A vault just before 020: two notes indexed the way 019's app indexed them, the older first. */
function vaultBefore020() {
  const db = openMigratedMemoryDatabase(MIGRATIONS.filter((migration) => migration.version < migration020.version));
  db.prepare("INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES ('c1', 'Named', 'named', 1, 1)").run();
  const insert = db.prepare(
    `INSERT INTO search_documents (target, target_id, client_id, kind, is_private, title, body, scope, updated_at)
     VALUES ('note', ?, 'c1', 'general', 0, '', ?, ?, ?)`,
  );
  // The scope tokens as SearchRepository writes them: client 'c1' in hex, the target, the kind.
  const scope = '_c6331 _tnote _kgeneral';
  insert.run('older', 'harbour older', scope, T0);
  insert.run('newer', 'harbour newer', scope, T0 + 1000);
  return db;
}

describe('migration 020: a search document keeps its place while it keeps changing', () => {
  it('adds placed_at, and a row written before it takes its place from its updated_at', () => {
    const db = vaultBefore020();
    migrate(db);
    expect(readSchemaVersion(db)).toBeGreaterThanOrEqual(migration020.version);
    const columns = db.prepare<[], { name: string; notnull: number }>('SELECT name, "notnull" FROM pragma_table_info(\'search_documents\')').all();
    expect(columns).toContainEqual({ name: 'placed_at', notnull: 0 });
    expect(db.prepare('SELECT placed_at FROM search_documents').pluck().all()).toEqual([null, null]);

    const search = new SearchRepository(db);
    const newestFirst = () =>
      search.search({ match: toFtsQuery('harbour')!, clientId: 'c1', includePrivate: false, limit: 20 }).results.map((result) => result.id);
    expect(newestFirst()).toEqual(['newer', 'older']);
    // Saved within the window of its updated_at: it stays behind 'newer', and its place is now written down.
    search.index(searchNote('older', 'harbour older typed', { updatedAt: T0 + SEARCH_PLACE_KEPT_MS - 1 }));
    expect(newestFirst()).toEqual(['newer', 'older']);
    expect(db.prepare("SELECT placed_at FROM search_documents WHERE target_id = 'older'").pluck().get()).toBe(T0);
    // Saved a full window after: it moves to the front and records when.
    search.index(searchNote('older', 'harbour older later', { updatedAt: T0 + SEARCH_PLACE_KEPT_MS }));
    expect(newestFirst()).toEqual(['older', 'newer']);
    expect(db.prepare("SELECT placed_at FROM search_documents WHERE target_id = 'older'").pluck().get()).toBe(T0 + SEARCH_PLACE_KEPT_MS);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
