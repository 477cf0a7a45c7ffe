import { describe, expect, it } from 'vitest';
import { migrate, readSchemaVersion } from '../../../../db/migrate';
import { MIGRATIONS } from '../../../../db/migrations/index';
import { migration015 } from '../../../../db/migrations/015-prescriber-summaries';
import { PrescriberSummariesRepository } from '../../../../db/prescriber-summaries-repository';
import { openMigratedMemoryDatabase } from '../../../support/raw-database';

const before = MIGRATIONS.filter((migration) => migration.version < migration015.version);

describe('migration 015, prescriber summaries', () => {
  function migrated() {
    const db = openMigratedMemoryDatabase(before);
    migrate(db, [...before, migration015]);
    db.exec(`
      INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES ('c1', 'Named', 'named', 1, 1);
      INSERT INTO sessions (id, client_id, route, protocol_snapshot, planned_dose_mg, course_session_number, status, check_in_at, dosed_at, ended_at, created_at, updated_at)
      VALUES ('planned', 'c1', 'im', '{}', 50, 1, 'planned', NULL, NULL, NULL, 1, 1),
             ('running', 'c1', 'iv', '{}', 40, 2, 'dosed', 2, 3, NULL, 1, 3),
             ('cancelled', 'c1', 'im', '{}', 50, 3, 'cancelled', 2, NULL, 5, 1, 5),
             ('ended', 'c1', 'esketamine', '{}', 84, 4, 'discharged', 2, 3, 9, 1, 9);
    `);
    return db;
  }
  const insert = 'INSERT INTO prescriber_summaries (id, session_id, summary, made_at) VALUES (?, ?, ?, ?)';

  it('keeps each summary made for a discharged, dosed session, and answers the latest', () => {
    const db = migrated();
    expect(readSchemaVersion(db)).toBe(migration015.version);
    const summaries = new PrescriberSummariesRepository(db);
    expect(summaries.latest('ended')).toBeNull();
    summaries.record({ id: 'p1', sessionId: 'ended', summary: 'Tolerated well.', madeAt: 100 });
    summaries.record({ id: 'p2', sessionId: 'ended', summary: 'Tolerated well; BP settled by T+60.', madeAt: 200 });
    expect(summaries.latest('ended')).toEqual({ summary: 'Tolerated well; BP settled by T+60.', madeAt: 200 });
    db.close();
  });

  it('refuses a summary for a session not discharged, never dosed or unknown, and blank or overlong words', () => {
    const db = migrated();
    for (const session of ['planned', 'running', 'cancelled', 'nowhere']) {
      expect(() => db.prepare(insert).run(`x-${session}`, session, 'Words', 1)).toThrow(/discharged, dosed session|FOREIGN KEY/);
    }
    expect(() => db.prepare(insert).run('blank', 'ended', '   ', 1)).toThrow(/CHECK constraint/);
    expect(() => db.prepare(insert).run('long', 'ended', 'x'.repeat(2001), 1)).toThrow(/CHECK constraint/);
    expect(db.prepare('SELECT count(*) FROM prescriber_summaries').pluck().get()).toBe(0);
    db.close();
  });

  it('never changes or removes a summary once made', () => {
    const db = migrated();
    db.prepare(insert).run('p1', 'ended', 'As made', 1);
    expect(() => db.prepare("UPDATE prescriber_summaries SET summary = 'Rewritten'").run()).toThrow(/does not change/);
    expect(() => db.prepare('DELETE FROM prescriber_summaries').run()).toThrow(/is kept/);
    expect(db.prepare('SELECT summary FROM prescriber_summaries').pluck().all()).toEqual(['As made']);
    db.close();
  });
});
