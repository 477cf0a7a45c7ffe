import { describe, expect, it } from 'vitest';
import { migrate, readSchemaVersion } from '../../../../db/migrate';
import { MIGRATIONS } from '../../../../db/migrations/index';
import { migration014 } from '../../../../db/migrations/014-evaluations';
import { openMigratedMemoryDatabase } from '../../../support/raw-database';

const before = MIGRATIONS.filter((migration) => migration.version < migration014.version);

describe('migration 014, evaluations', () => {
  function migrated() {
    const db = openMigratedMemoryDatabase(before);
    db.exec("INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES ('c1', 'Named', 'named', 1, 1)");
    migrate(db, [...before, migration014]);
    return db;
  }
  const insert = `INSERT INTO evaluations (id, client_id, evaluated_on, presenting_symptoms, medication_trials, contraindications, candidacy, candidacy_reason,
                    consent_date, psychoeducation_date, rems_enrolled, rems_enrolled_on, created_at, updated_at)
                  VALUES (@id, @client, @on, NULL, @trials, @contraindications, @candidacy, @reason, @consent, NULL, @rems, @remsOn, 1, @updated)`;
  const row: Record<string, string | number | null> = {
    id: 'e1',
    client: 'c1',
    on: '2026-03-01',
    trials: '[]',
    contraindications: '[]',
    candidacy: 'candidate',
    reason: null,
    consent: null,
    rems: 0,
    remsOn: null,
    updated: 1,
  };

  it('creates the evaluations table on a vault of the version before', () => {
    const db = migrated();
    expect(readSchemaVersion(db)).toBe(migration014.version);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'evaluations' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all()).toEqual([
      'evaluations',
      'evaluations_by_client',
    ]);
    db.close();
  });

  it('refuses a bad candidacy, a missing reason, a REMS date without enrolment and malformed dates or lists', () => {
    const db = migrated();
    const add = db.prepare(insert);
    const fails = (changes: typeof row) => expect(() => add.run({ ...row, id: 'bad', ...changes })).toThrow(/CHECK/);
    fails({ candidacy: 'maybe' });
    fails({ candidacy: 'Candidate' });
    fails({ candidacy: 'deferred' });
    fails({ candidacy: 'deferred', reason: '   ' });
    fails({ candidacy: 'not-a-candidate' });
    fails({ remsOn: '2026-03-02' });
    fails({ rems: 2 });
    fails({ on: '1 March' });
    fails({ consent: '2026/03/01' });
    fails({ trials: '{"drug":"x"}' });
    fails({ contraindications: 'not json' });
    fails({ updated: 0 });
    add.run(row);
    add.run({ ...row, id: 'e2', candidacy: 'deferred', reason: 'Blood pressure to be reviewed', rems: 1, remsOn: '2026-03-02' });
    add.run({ ...row, id: 'e3', candidacy: 'not-a-candidate', reason: 'History of psychosis' });
    expect(db.prepare('SELECT count(*) FROM evaluations').pluck().get()).toBe(3);
    expect(() => db.prepare("UPDATE evaluations SET candidacy_reason = NULL WHERE id = 'e2'").run()).toThrow(/CHECK/);
    expect(() => add.run({ ...row, id: 'e4', client: 'nobody' })).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
