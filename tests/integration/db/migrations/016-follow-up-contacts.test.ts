import { describe, expect, it } from 'vitest';
import { migrate, readSchemaVersion } from '../../../../db/migrate';
import { MIGRATIONS } from '../../../../db/migrations';
import { migration016 } from '../../../../db/migrations/016-follow-up-contacts';
import { openMigratedMemoryDatabase } from '../../../support/raw-database';

function seeded() {
  const db = openMigratedMemoryDatabase(MIGRATIONS.filter((migration) => migration.version < migration016.version));
  db.exec(`
    INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES ('c1', 'Ada', 'ada', 1, 1), ('c2', 'Bea', 'bea', 1, 1);
  `);
  return db;
}

const insertSession = (db: ReturnType<typeof seeded>, id: string, clientId: string) =>
  db
    .prepare(
      `INSERT INTO sessions (id, client_id, route, protocol_id, protocol_snapshot, planned_dose_mg, course_session_number, status, readiness, discharge_checklist, created_at, updated_at)
       VALUES (?, ?, 'im', NULL, '{}', 50, 1, 'planned', '{}', '{}', 1, 1)`,
    )
    .run(id, clientId);

const insertContact = (db: ReturnType<typeof seeded>, id: string, clientId = 'c1', offset = 1) =>
  db
    .prepare(
      `INSERT INTO follow_up_contacts (id, session_id, client_id, offset_days, label, due_date, created_at, updated_at) VALUES (?, 's1', ?, ?, 'Next day', '2026-03-02', 1, 1)`,
    )
    .run(id, clientId, offset);

describe('migration 016: follow-up contacts', () => {
  it('creates the table on an existing vault, planned by default, and keeps a contact with its session’s client', () => {
    const db = seeded();
    migrate(
      db,
      MIGRATIONS.filter((migration) => migration.version <= migration016.version),
    );
    insertSession(db, 's1', 'c1');
    expect(readSchemaVersion(db)).toBe(migration016.version);
    insertContact(db, 'f1');
    expect(db.prepare("SELECT status, date_moved, done_at FROM follow_up_contacts WHERE id = 'f1'").get()).toEqual({
      status: 'planned',
      date_moved: 0,
      done_at: null,
    });
    expect(() => insertContact(db, 'f2', 'c2', 7)).toThrow(/its session's client/);
    expect(() => insertContact(db, 'f3', 'c1', 1)).toThrow(/UNIQUE/);
    db.close();
  });

  it('ties done to its time, skipped to its reason, a note to done, and links only the client’s own note', () => {
    const db = seeded();
    migrate(db);
    insertSession(db, 's1', 'c1');
    insertContact(db, 'f1');
    db.exec(`INSERT INTO notes (id, client_id, session_id, kind, title, is_private, status, doc, words, revision, created_at, updated_at)
             VALUES ('n2', 'c2', NULL, 'general', '', 0, 'draft', '{"type":"doc","content":[]}', 0, 1, 1, 1)`);
    expect(() => db.exec("UPDATE follow_up_contacts SET status = 'done' WHERE id = 'f1'")).toThrow(/CHECK/);
    expect(() => db.exec("UPDATE follow_up_contacts SET status = 'skipped' WHERE id = 'f1'")).toThrow(/CHECK/);
    expect(() => db.exec("UPDATE follow_up_contacts SET note_id = 'n2', status = 'done', done_at = 5 WHERE id = 'f1'")).toThrow(/note of its own client/);
    expect(() => db.exec("UPDATE follow_up_contacts SET status = 'finished' WHERE id = 'f1'")).toThrow(/CHECK/);
    db.exec("UPDATE follow_up_contacts SET status = 'skipped', skip_reason = 'Client away' WHERE id = 'f1'");
    db.close();
  });

  it('keeps done and skipped contacts as they are, and lets a planned one be removed', () => {
    const db = seeded();
    migrate(db);
    insertSession(db, 's1', 'c1');
    insertContact(db, 'f1', 'c1', 1);
    insertContact(db, 'f7', 'c1', 7);
    db.exec("UPDATE follow_up_contacts SET status = 'done', done_at = 5 WHERE id = 'f1'");
    expect(() => db.exec("UPDATE follow_up_contacts SET due_date = '2026-03-09' WHERE id = 'f1'")).toThrow(/does not change/);
    expect(() => db.exec("DELETE FROM follow_up_contacts WHERE id = 'f1'")).toThrow(/is kept/);
    db.exec("DELETE FROM follow_up_contacts WHERE id = 'f7'");
    expect(db.prepare('SELECT id FROM follow_up_contacts').all()).toEqual([{ id: 'f1' }]);
    db.close();
  });
});
