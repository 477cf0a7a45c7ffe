import { describe, expect, it } from 'vitest';
import { migrate, readSchemaVersion } from '../../../../db/migrate';
import { MIGRATIONS } from '../../../../db/migrations';
import { migration021 } from '../../../../db/migrations/021-search-entries-caught-up';
import { SearchRepository } from '../../../../db/search-repository';
import { openMigratedMemoryDatabase } from '../../../support/raw-database';
import { searchNote } from '../../../support/search-documents';

const T0 = Date.UTC(2026, 11, 3, 9);

/** A vault just before 021, with one note indexed. */
function vaultBefore021() {
  const db = openMigratedMemoryDatabase(MIGRATIONS.filter((migration) => migration.version < migration021.version));
  db.prepare("INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES ('c1', 'Named', 'named', 1, 1)").run();
  // As 020's app wrote it (today's SearchRepository needs the table this migration adds).
  db.prepare(
    `INSERT INTO search_documents (target, target_id, client_id, kind, is_private, title, body, scope, updated_at, placed_at)
     VALUES ('note', 'n1', 'c1', 'general', 0, '', 'harbour', '_c6331 _tnote _kgeneral', ?, ?)`,
  ).run(T0, T0);
  return db;
}

describe('migration 021: records whose search entry is behind are marked', () => {
  it('adds an empty search_stale that keeps one mark per record, for notes and sessions only, and leaves the entries alone', () => {
    const db = vaultBefore021();
    migrate(db);
    expect(readSchemaVersion(db)).toBeGreaterThanOrEqual(migration021.version);
    expect(db.prepare('SELECT count(*) FROM search_stale').pluck().get()).toBe(0);
    expect(db.prepare("SELECT body, updated_at FROM search_documents WHERE target_id = 'n1'").get()).toEqual({ body: 'harbour', updated_at: T0 });

    const search = new SearchRepository(db);
    search.markStale('note', 'n1', T0 + 2);
    // A later mark for the same record keeps the newer time, whichever lands last.
    search.markStale('note', 'n1', T0 + 1);
    search.markStale('session', 's1', T0 + 3);
    expect(search.staleEntries()).toEqual([
      { target: 'note', targetId: 'n1', changedAt: T0 + 2 },
      { target: 'session', targetId: 's1', changedAt: T0 + 3 },
    ]);
    expect(() => db.prepare("INSERT INTO search_stale (target, target_id, changed_at) VALUES ('homework', 'h1', 1)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO search_stale (target, target_id, changed_at) VALUES ('note', 'n2', 'soon')").run()).toThrow(/cannot store TEXT/);

    // Writing or removing an entry clears its mark.
    search.index(searchNote('n1', 'harbour caught up', { updatedAt: T0 + 2 }));
    search.remove('session', 's1');
    expect(search.staleEntries()).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
