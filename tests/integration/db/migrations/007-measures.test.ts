import type Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRecords } from '../../../../db/backup-copy';
import { readSchemaVersion } from '../../../../db/migrate';
import { migration001 } from '../../../../db/migrations/001-clients-and-settings';
import { migration002 } from '../../../../db/migrations/002-dosing-sessions';
import { migration003 } from '../../../../db/migrations/003-notes-homework-prompts';
import { migration007 } from '../../../../db/migrations/007-measures';
import { MEASURE_LIMITS } from '../../../../shared/contract/measures';
import { itemCount, MEASURE_KINDS } from '../../../../shared/measures/questionnaires';
import { openMigratedMemoryDatabase } from '../../../support/raw-database';

const zeros = (count: number) => JSON.stringify(Array<number>(count).fill(0));

describe('migration 007: measures', () => {
  let db: Database.Database;
  let insert: Database.Statement;

  beforeEach(() => {
    db = openMigratedMemoryDatabase([migration001, migration002, migration003, migration007]);
    db.prepare(
      "INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES ('c1', 'One', 'one', 1, 1), ('c2', 'Two', 'two', 1, 1)",
    ).run();
    db.prepare(
      `INSERT INTO sessions (id, client_id, route, protocol_snapshot, planned_dose_mg, course_session_number, status, readiness, discharge_checklist, created_at, updated_at)
       VALUES ('s2', 'c2', 'im', '{}', 50, 1, 'planned', '{}', '{}', 1, 1)`,
    ).run();
    insert = db.prepare(
      `INSERT INTO measures (id, client_id, session_id, kind, answers, difficulty, total, taken_on, entered_by, created_at)
       VALUES (@id, @client, @session, @kind, @answers, @difficulty, @total, @takenOn, @enteredBy, 1)`,
    );
  });
  afterEach(() => db.close());

  const row = (values: Record<string, unknown> = {}) => ({
    id: 'm1',
    client: 'c1',
    session: null,
    kind: 'phq-9',
    answers: zeros(9),
    difficulty: null,
    total: 0,
    takenOn: '2026-11-24',
    enteredBy: 'therapist',
    ...values,
  });

  it('adds the measures table at version 7', () => {
    expect(readSchemaVersion(db)).toBe(7);
    insert.run(row());
    insert.run(row({ id: 'm2', kind: 'gad-7', answers: JSON.stringify([1, 2, 3, 0, 0, 0, 0]), total: 6, enteredBy: 'client' }));
    expect(db.prepare('SELECT count(*) FROM measures').pluck().get()).toBe(2);
    // A backup's manifest counts them, and its verification compares the count.
    expect(countRecords(db).measures).toBe(2);
  });

  it('holds one answer per item of each kind, as in shared/measures', () => {
    for (const kind of MEASURE_KINDS) {
      const count = itemCount(kind);
      insert.run(row({ id: `${kind}-ok`, kind, answers: zeros(count) }));
      expect(() => insert.run(row({ id: `${kind}-short`, kind, answers: zeros(count - 1) }))).toThrow(/CHECK/);
      expect(() => insert.run(row({ id: `${kind}-long`, kind, answers: zeros(count + 1) }))).toThrow(/CHECK/);
    }
    expect(() => insert.run(row({ answers: '{"a":0}' }))).toThrow(/CHECK/);
  });

  it('refuses answers outside 0-3 and a total that is not their sum', () => {
    expect(() => insert.run(row({ answers: JSON.stringify([4, 0, 0, 0, 0, 0, 0, 0, 0]), total: 4 }))).toThrow(/0-3/);
    expect(() => insert.run(row({ answers: JSON.stringify(['1', 0, 0, 0, 0, 0, 0, 0, 0]), total: 1 }))).toThrow(/0-3/);
    expect(() => insert.run(row({ answers: JSON.stringify([1, 0, 0, 0, 0, 0, 0, 0, 0]), total: 0 }))).toThrow(/sum/);
  });

  it('asks the difficulty question of the PHQ-9 only', () => {
    insert.run(row({ difficulty: 3 }));
    expect(() => insert.run(row({ id: 'm2', difficulty: 4 }))).toThrow(/CHECK/);
    expect(() => insert.run(row({ id: 'm3', kind: 'gad-7', answers: zeros(7), difficulty: 0 }))).toThrow(/CHECK/);
  });

  it("links only a session of the measure's own client", () => {
    expect(() => insert.run(row({ session: 's2' }))).toThrow(/own client/);
    insert.run(row({ client: 'c2', session: 's2' }));
    expect(() => insert.run(row({ id: 'm2', session: 'missing' }))).toThrow();
  });

  it('is withdrawn once, with a reason, and never changed or deleted', () => {
    insert.run(row());
    expect(() => db.prepare("UPDATE measures SET withdrawn_at = 5 WHERE id = 'm1'").run()).toThrow(/CHECK/);
    db.prepare("UPDATE measures SET withdrawn_at = 5, withdrawal_reason = 'typed twice' WHERE id = 'm1'").run();
    expect(() => db.prepare("UPDATE measures SET withdrawn_at = 6, withdrawal_reason = 'again' WHERE id = 'm1'").run()).toThrow(/stays withdrawn/);
    expect(() => db.prepare("UPDATE measures SET taken_on = '2026-11-01' WHERE id = 'm1'").run()).toThrow(/cannot change/);
    expect(() => db.prepare("DELETE FROM measures WHERE id = 'm1'").run()).toThrow(/cannot be deleted/);
    const tooLong = 'x'.repeat(MEASURE_LIMITS.withdrawalReason + 1);
    insert.run(row({ id: 'm2' }));
    expect(() => db.prepare("UPDATE measures SET withdrawn_at = 5, withdrawal_reason = ? WHERE id = 'm2'").run(tooLong)).toThrow(/CHECK/);
  });
});
