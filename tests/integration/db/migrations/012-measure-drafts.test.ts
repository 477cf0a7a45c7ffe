import type Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, readSchemaVersion } from '../../../../db/migrate';
import { MIGRATIONS } from '../../../../db/migrations';
import { migration012 } from '../../../../db/migrations/012-measure-drafts';
import { openMigratedMemoryDatabase } from '../../../support/raw-database';

const blanks = (count: number) => JSON.stringify(Array<null>(count).fill(null));

describe('migration 012: measure drafts and the hand-over PIN', () => {
  let db: Database.Database;
  let insert: Database.Statement;

  beforeEach(() => {
    db = openMigratedMemoryDatabase(MIGRATIONS.filter((migration) => migration.version < migration012.version));
    db.prepare(
      "INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES ('c1', 'One', 'one', 1, 1), ('c2', 'Two', 'two', 1, 1)",
    ).run();
    migrate(
      db,
      MIGRATIONS.filter((migration) => migration.version <= migration012.version),
    );
    db.prepare(
      `INSERT INTO sessions (id, client_id, route, protocol_snapshot, planned_dose_mg, course_session_number, status, readiness, discharge_checklist, created_at, updated_at)
       VALUES ('s2', 'c2', 'im', '{}', 50, 1, 'planned', '{}', '{}', 1, 1)`,
    ).run();
    insert = db.prepare(
      `INSERT INTO measure_drafts (id, client_id, session_id, kind, answers, difficulty, started_at, updated_at)
       VALUES (@id, @client, @session, @kind, @answers, @difficulty, 1, 1)`,
    );
  });
  afterEach(() => db.close());

  const row = (values: Record<string, unknown> = {}) => ({
    id: 'd1',
    client: 'c1',
    session: null,
    kind: 'phq-9',
    answers: blanks(9),
    difficulty: null,
    ...values,
  });

  it('adds drafts at version 12 that hold one slot per item, each unanswered or 0-3', () => {
    expect(readSchemaVersion(db)).toBe(migration012.version);
    insert.run(row());
    insert.run(row({ id: 'd2', kind: 'gad-7', answers: JSON.stringify([0, 3, null, null, null, null, null]) }));
    expect(() => insert.run(row({ id: 'd3', answers: blanks(7) }))).toThrow(/CHECK constraint/);
    expect(() => insert.run(row({ id: 'd3', answers: JSON.stringify([4, ...Array(8).fill(null)]) }))).toThrow(/null or 0-3/);
    expect(() => insert.run(row({ id: 'd3', answers: JSON.stringify(['1', ...Array(8).fill(null)]) }))).toThrow(/null or 0-3/);
    expect(() => db.prepare("UPDATE measure_drafts SET answers = json_set(answers, '$[0]', 1.5) WHERE id = 'd1'").run()).toThrow(/null or 0-3/);
    db.prepare("UPDATE measure_drafts SET answers = json_set(answers, '$[0]', 2), updated_at = 2 WHERE id = 'd1'").run();
    expect(db.prepare("SELECT answers ->> '$[0]' FROM measure_drafts WHERE id = 'd1'").pluck().get()).toBe(2);
  });

  it('asks the difficulty question on the PHQ-9 only, links only a session of its own client, and keeps its questionnaire', () => {
    expect(() => insert.run(row({ kind: 'gad-7', answers: blanks(7), difficulty: 1 }))).toThrow(/CHECK constraint/);
    expect(() => insert.run(row({ session: 's2' }))).toThrow(/own client/);
    insert.run(row({ client: 'c2', session: 's2', difficulty: 3 }));
    expect(() => db.prepare("UPDATE measure_drafts SET kind = 'gad-7' WHERE id = 'd1'").run()).toThrow(/keeps its client/);
    expect(() => db.prepare("UPDATE measure_drafts SET client_id = 'c1' WHERE id = 'd1'").run()).toThrow(/keeps its client/);
    db.prepare("DELETE FROM measure_drafts WHERE id = 'd1'").run();
    expect(db.prepare('SELECT count(*) FROM measure_drafts').pluck().get()).toBe(0);
  });

  it('holds at most one hand-over PIN, only as a hash with its salt and bounded scrypt parameters', () => {
    const put = db.prepare('INSERT INTO handover_pin (id, salt, hash, cost, block_size, parallelization, set_at) VALUES (@id, @salt, @hash, @cost, 8, 1, 1)');
    const pin = { id: 1, salt: Buffer.alloc(16, 1), hash: Buffer.alloc(32, 2), cost: 32768 };
    put.run(pin);
    expect(() => put.run({ ...pin, id: 2 })).toThrow(/CHECK constraint/);
    db.prepare('DELETE FROM handover_pin').run();
    expect(() => put.run({ ...pin, hash: Buffer.alloc(4) })).toThrow(/CHECK constraint/);
    expect(() => put.run({ ...pin, salt: Buffer.alloc(4) })).toThrow(/CHECK constraint/);
    expect(() => put.run({ ...pin, cost: 2 })).toThrow(/CHECK constraint/);
  });
});
