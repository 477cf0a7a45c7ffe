import { describe, expect, it } from 'vitest';
import { migrate, readSchemaVersion } from '../../../../db/migrate';
import { MIGRATIONS } from '../../../../db/migrations';
import { migration013 } from '../../../../db/migrations/013-side-effects';
import { SIDE_EFFECT_LIMITS } from '../../../../shared/side-effects/side-effect-items';
import { openMigratedMemoryDatabase } from '../../../support/raw-database';

const before = MIGRATIONS.filter((migration) => migration.version < migration013.version);

describe('migration 013, side effects after each dose', () => {
  function migrated() {
    const db = openMigratedMemoryDatabase(before);
    migrate(db, [...before, migration013]);
    db.exec(`
      INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES ('c1', 'Named', 'named', 1, 1);
      INSERT INTO sessions (id, client_id, route, protocol_snapshot, planned_dose_mg, course_session_number, status, check_in_at, dosed_at, ended_at, created_at, updated_at)
      VALUES ('dosed', 'c1', 'im', '{}', 50, 1, 'dosed', 5, 10, NULL, 1, 1),
             ('planned', 'c1', 'im', '{}', 50, 2, 'planned', NULL, NULL, NULL, 1, 1),
             ('cancelled', 'c1', 'im', '{}', 50, 3, 'cancelled', NULL, NULL, 20, 1, 1);
    `);
    return db;
  }
  const checklist = 'INSERT INTO side_effect_checklists (session_id, note, first_recorded_at, recorded_at) VALUES (?, ?, 100, 100)';
  const answer = 'INSERT INTO side_effect_answers (session_id, position, label, level) VALUES (?, ?, ?, ?)';

  it('adds the two tables and their triggers, and leaves the sessions table as it was', () => {
    const db = openMigratedMemoryDatabase(before);
    const sessions = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'sessions'").pluck().get();
    migrate(db, [...before, migration013]);
    expect(readSchemaVersion(db)).toBe(migration013.version);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'sessions'").pluck().get()).toBe(sessions);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE tbl_name LIKE 'side_effect_%' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all()).toEqual([
      'side_effect_answers',
      'side_effect_answers_one_per_item',
      'side_effect_checklists',
      'side_effect_checklists_after_dose',
      'side_effect_checklists_first_kept',
      'side_effect_checklists_no_delete',
    ]);
    db.close();
  });

  it('takes a checklist only for a session with a dose: never a planned or a cancelled one', () => {
    const db = migrated();
    const add = db.prepare(checklist);
    expect(() => add.run('planned', null)).toThrow(/recorded after a dose/);
    expect(() => add.run('cancelled', null)).toThrow(/recorded after a dose/);
    expect(() => add.run('nowhere', null)).toThrow(/recorded after a dose/);
    add.run('dosed', 'Tired the next day');
    expect(db.prepare('SELECT session_id FROM side_effect_checklists').pluck().all()).toEqual(['dosed']);
    db.close();
  });

  it('checks levels, labels and the note, answers each item once, and keeps when the checklist was first recorded', () => {
    const db = migrated();
    db.prepare(checklist).run('dosed', null);
    const add = db.prepare(answer);
    add.run('dosed', 0, 'Nausea', 'mild');
    expect(() => add.run('dosed', 1, 'Headache', 'Mild')).toThrow(/CHECK/);
    expect(() => add.run('dosed', 1, 'Headache', 'present')).toThrow(/CHECK/);
    expect(() => add.run('dosed', 1, '', 'none')).toThrow(/CHECK/);
    expect(() => add.run('dosed', 1, 'x'.repeat(SIDE_EFFECT_LIMITS.label + 1), 'none')).toThrow(/CHECK/);
    expect(() => add.run('dosed', 1, 'NAUSEA', 'severe')).toThrow(/UNIQUE/);
    expect(() => add.run('planned', 0, 'Nausea', 'none')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE side_effect_checklists SET note = '' WHERE session_id = 'dosed'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE side_effect_checklists SET recorded_at = 50 WHERE session_id = 'dosed'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE side_effect_checklists SET first_recorded_at = 90 WHERE session_id = 'dosed'").run()).toThrow(/first recorded/);
    expect(() => db.prepare("DELETE FROM side_effect_checklists WHERE session_id = 'dosed'").run()).toThrow(/never deleted/);
    db.prepare("UPDATE side_effect_checklists SET note = 'Better by evening', recorded_at = 200 WHERE session_id = 'dosed'").run();
    expect(db.prepare('SELECT note, first_recorded_at, recorded_at FROM side_effect_checklists').get()).toEqual({
      note: 'Better by evening',
      first_recorded_at: 100,
      recorded_at: 200,
    });
    db.close();
  });
});
