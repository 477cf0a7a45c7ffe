import { describe, expect, it } from 'vitest';
import { migrate, readSchemaVersion } from '../../../../db/migrate';
import { migration009 } from '../../../../db/migrations/009-courses';
import { MIGRATIONS } from '../../../../db/migrations/index';
import { COURSE_LIMITS } from '../../../../shared/course/course-types';
import { openMigratedMemoryDatabase } from '../../../support/raw-database';

const before = MIGRATIONS.filter((migration) => migration.version < migration009.version);

describe('migration 009, treatment courses', () => {
  function migrated() {
    const db = openMigratedMemoryDatabase(before);
    db.exec(
      "INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES ('c1', 'Named', 'named', 1, 1), ('c2', 'Other', 'other', 1, 1)",
    );
    migrate(db, [...before, migration009]);
    return db;
  }
  const insert = `INSERT INTO courses (id, client_id, kind, schedule_kind, doses, weeks, maintenance, start_date, planned_dates, status, ended_on, re_evaluation_date, created_at, updated_at)
                  VALUES (@id, @client, @kind, @scheduleKind, @doses, @weeks, @maintenance, @start, @planned, @status, @endedOn, @reEvaluation, 1, 1)`;
  const row: Record<string, string | number | null> = {
    id: 'k1',
    client: 'c1',
    kind: 'induction',
    scheduleKind: 'clinic-default',
    doses: 6,
    weeks: 3,
    maintenance: null,
    start: '2026-03-05',
    planned: '["2026-03-05"]',
    status: 'active',
    endedOn: null,
    reEvaluation: null,
  };

  it('creates the courses table and leaves the sessions table as it was', () => {
    const db = openMigratedMemoryDatabase(before);
    const sessions = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'sessions'").pluck().get();
    migrate(db, [...before, migration009]);
    expect(readSchemaVersion(db)).toBe(migration009.version);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'sessions'").pluck().get()).toBe(sessions);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'courses' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all()).toEqual([
      'courses',
      'courses_after_earlier',
      'courses_by_client',
      'courses_ended_final',
      'courses_one_active',
    ]);
    db.close();
  });

  it('checks the schedule, the planned dates and how a course ends', () => {
    const db = migrated();
    const add = db.prepare(insert);
    const fails = (changes: typeof row) => expect(() => add.run({ ...row, id: 'bad', client: 'c2', ...changes })).toThrow(/CHECK/);
    fails({ kind: 'maintenance' });
    fails({ scheduleKind: 'weekly' });
    fails({ doses: null });
    fails({ maintenance: 'weekly' });
    fails({ scheduleKind: 'esketamine-label', doses: null, weeks: null, maintenance: 'monthly' });
    fails({ scheduleKind: 'esketamine-label' });
    fails({ doses: COURSE_LIMITS.doses.max + 1 });
    fails({ weeks: COURSE_LIMITS.weeks.max + 1 });
    fails({ planned: '[]' });
    fails({ planned: '{"a":1}' });
    fails({ start: '5 March' });
    fails({ status: 'ended' });
    fails({ status: 'ended', endedOn: '2026-03-25' });
    fails({ status: 'ended', endedOn: '2026-03-25', reEvaluation: '2026-03-24' });
    fails({ endedOn: '2026-03-25', reEvaluation: '2026-04-25' });
    add.run(row);
    add.run({ ...row, id: 'k2', client: 'c2', scheduleKind: 'esketamine-label', doses: null, weeks: null, maintenance: 'every-two-weeks' });
    db.close();
  });

  it('keeps one active course per client, starts a new one after the earlier ones ended, and never changes an ended one', () => {
    const db = migrated();
    const add = db.prepare(insert);
    add.run(row);
    expect(() => add.run({ ...row, id: 'k2', start: '2026-05-01' })).toThrow(/starts after the earlier ones ended/);
    db.prepare("UPDATE courses SET status = 'ended', ended_on = '2026-03-25', re_evaluation_date = '2026-04-22' WHERE id = 'k1'").run();
    expect(() => add.run({ ...row, id: 'k2', start: '2026-03-25' })).toThrow(/starts after the earlier ones ended/);
    add.run({ ...row, id: 'k2', kind: 'booster', start: '2026-03-26' });
    expect(() => db.prepare("UPDATE courses SET planned_dates = '[\"2026-03-06\"]' WHERE id = 'k1'").run()).toThrow(/ended course does not change/);
    expect(() => db.prepare("UPDATE courses SET status = 'active', ended_on = NULL, re_evaluation_date = NULL WHERE id = 'k1'").run()).toThrow(/ended course/);
    // Without the trigger the unique index would still refuse a second active course.
    db.exec('DROP TRIGGER courses_after_earlier');
    expect(() => add.run({ ...row, id: 'k3', start: '2026-06-01' })).toThrow(/UNIQUE/);
    db.close();
  });
});
