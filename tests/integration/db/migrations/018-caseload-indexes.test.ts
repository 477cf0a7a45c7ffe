import { describe, expect, it } from 'vitest';
import { CaseloadRepository } from '../../../../db/caseload-repository';
import { migrate, readSchemaVersion } from '../../../../db/migrate';
import { MIGRATIONS } from '../../../../db/migrations';
import { migration018 } from '../../../../db/migrations/018-caseload-indexes';
import { TodayRepository } from '../../../../db/today-repository';
import { DEFAULT_PROTOCOLS } from '../../../../shared/session/default-protocols';
import { openMigratedMemoryDatabase } from '../../../support/raw-database';

const NEW_INDEXES = ['sessions_unfinished', 'homework_to_review', 'sessions_dose_by_client', 'notes_drafts_by_client', 'homework_status_by_client'];

/** A vault just before 018: two clients with sessions in every state, drafts and signed notes, homework in every status. */
function vaultBefore018() {
  const db = openMigratedMemoryDatabase(MIGRATIONS.filter((migration) => migration.version < migration018.version));
  db.exec("INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES ('c1', 'Ada', 'ada', 1, 1), ('c2', 'Bea', 'bea', 1, 1)");
  const session = db.prepare(
    `INSERT INTO sessions (id, client_id, route, protocol_snapshot, planned_dose_mg, course_session_number, status, check_in_at, dosed_at, ended_at, created_at, updated_at)
     VALUES (?, ?, 'im', ?, 50, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const protocol = JSON.stringify(DEFAULT_PROTOCOLS.im);
  session.run('s1', 'c1', protocol, 1, 'discharged', 100, 200, 300, 10);
  session.run('s2', 'c1', protocol, 2, 'planned', null, null, null, 20);
  session.run('s3', 'c2', protocol, 1, 'dosed', 400, 500, null, 30);
  const note = db.prepare(
    `INSERT INTO notes (id, client_id, session_id, kind, title, is_private, status, doc, words, revision, created_at, updated_at)
     VALUES (?, ?, NULL, 'general', '', 0, 'draft', '{"type":"doc","content":[]}', 0, 1, ?, 1)`,
  );
  note.run('n1', 'c1', 10);
  note.run('n2', 'c1', 20);
  note.run('n3', 'c2', 30);
  const homework = db.prepare(
    `INSERT INTO homework (id, client_id, type, title, fields, status, due_date, outcome, status_changed_at, created_at, updated_at)
     VALUES (?, ?, 'custom', 'Practice', '{"type":"custom","instructions":"Notice"}', ?, NULL, NULL, ?, 1, 1)`,
  );
  homework.run('h1', 'c1', 'assigned', 5);
  homework.run('h2', 'c1', 'completed', 7);
  homework.run('h3', 'c2', 'completed', 6);
  homework.run('h4', 'c2', 'reviewed', 8);
  return db;
}

describe('migration 018: caseload indexes', () => {
  it('adds the indexes to an existing vault, and the caseload and Today read the same rows through them', () => {
    const db = vaultBefore018();
    const before = { facts: new CaseloadRepository(db).facts(), today: todayOf(db) };
    migrate(db);
    expect(readSchemaVersion(db)).toBeGreaterThanOrEqual(migration018.version);
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(NEW_INDEXES));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(new CaseloadRepository(db).facts()).toEqual(before.facts);
    expect(todayOf(db)).toEqual(before.today);
    expect(before.today.homeworkToReview.map((row) => row.homeworkId)).toEqual(['h3', 'h2']);
    expect(before.today.openSessions.map((row) => row.sessionId)).toEqual(['s3', 's2']);
    db.close();
  });

  it('keeps a draft in its index only while it exists, and homework in the review index only while completed', () => {
    const db = vaultBefore018();
    migrate(db);
    const draftsOfAda = () =>
      db.prepare("SELECT count(*) FROM notes INDEXED BY notes_drafts_by_client WHERE client_id = 'c1' AND status = 'draft'").pluck().get();
    expect(draftsOfAda()).toBe(2);
    db.exec("DELETE FROM notes WHERE id = 'n1'");
    expect(draftsOfAda()).toBe(1);
    const toReview = () =>
      db.prepare("SELECT id FROM homework INDEXED BY homework_to_review WHERE status = 'completed' ORDER BY status_changed_at").pluck().all();
    expect(toReview()).toEqual(['h3', 'h2']);
    db.exec("UPDATE homework SET status = 'reviewed', status_changed_at = 9 WHERE id = 'h3'");
    expect(toReview()).toEqual(['h2']);
    db.close();
  });
});

function todayOf(db: ReturnType<typeof vaultBefore018>) {
  const today = new TodayRepository(db);
  return { openSessions: today.openSessions(), homeworkToReview: today.homeworkToReview(), drafts: today.draftsSince(0), courseDoses: today.courseDoses() };
}
