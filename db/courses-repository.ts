import type Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import type { Course } from '../shared/contract/courses';
import { type CourseKind, type CourseSchedule, courseScheduleSchema, type CourseStatus } from '../shared/course/course-types';
import { DamagedRecordError, parseJsonColumn } from './json-column';

export interface CourseRow {
  id: string;
  client_id: string;
  kind: CourseKind;
  schedule_kind: CourseSchedule['kind'];
  doses: number | null;
  weeks: number | null;
  maintenance: string | null;
  start_date: string;
  planned_dates: string;
  status: CourseStatus;
  ended_on: string | null;
  re_evaluation_date: string | null;
  created_at: number;
  updated_at: number;
}

const plannedDatesSchema = z.array(z.string());

function toSchedule(row: CourseRow): CourseSchedule {
  const schedule =
    row.schedule_kind === 'clinic-default'
      ? { kind: row.schedule_kind, doses: row.doses, weeks: row.weeks }
      : { kind: row.schedule_kind, maintenance: row.maintenance };
  const parsed = courseScheduleSchema.safeParse(schedule);
  if (!parsed.success) throw new DamagedRecordError('course');
  return parsed.data;
}

export function toCourse(row: CourseRow): Course {
  return {
    id: row.id,
    clientId: row.client_id,
    kind: row.kind,
    schedule: toSchedule(row),
    startDate: row.start_date,
    plannedDates: parseJsonColumn(plannedDatesSchema, row.planned_dates, 'course'),
    status: row.status,
    endedOn: row.ended_on,
    reEvaluationDate: row.re_evaluation_date,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The schedule as its columns: the clinic default's counts, or the esketamine label's maintenance interval. */
function scheduleColumns(schedule: CourseSchedule) {
  return schedule.kind === 'clinic-default'
    ? { scheduleKind: schedule.kind, doses: schedule.doses, weeks: schedule.weeks, maintenance: null }
    : { scheduleKind: schedule.kind, doses: null, weeks: null, maintenance: schedule.maintenance };
}

export interface NewCourse {
  clientId: string;
  kind: CourseKind;
  schedule: CourseSchedule;
  startDate: string;
  plannedDates: readonly string[];
}

/** A dose given to the client: the session and the moment of its first dose. */
export interface GivenDose {
  sessionId: string;
  dosedAt: number;
}

export class CoursesRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      listForClient: db.prepare<[string], CourseRow>('SELECT * FROM courses WHERE client_id = ? ORDER BY start_date DESC, created_at DESC'),
      get: db.prepare<[string], CourseRow>('SELECT * FROM courses WHERE id = ?'),
      latestForClient: db.prepare<[string], CourseRow>('SELECT * FROM courses WHERE client_id = ? ORDER BY start_date DESC, created_at DESC LIMIT 1'),
      dosesForClient: db.prepare<[string], GivenDose>(
        'SELECT id AS sessionId, dosed_at AS dosedAt FROM sessions WHERE client_id = ? AND dosed_at IS NOT NULL ORDER BY dosed_at',
      ),
      insert: db.prepare(
        `INSERT INTO courses (id, client_id, kind, schedule_kind, doses, weeks, maintenance, start_date, planned_dates, status, created_at, updated_at)
         VALUES (@id, @clientId, @kind, @scheduleKind, @doses, @weeks, @maintenance, @startDate, @plannedDates, 'active', @now, @now)`,
      ),
      setPlannedDates: db.prepare("UPDATE courses SET planned_dates = @plannedDates, updated_at = @now WHERE id = @id AND status = 'active'"),
      end: db.prepare(
        "UPDATE courses SET status = 'ended', ended_on = @endedOn, re_evaluation_date = @reEvaluationDate, updated_at = @now WHERE id = @id AND status = 'active'",
      ),
    };
  }

  listForClient(clientId: string): Course[] {
    return this.statements.listForClient.all(clientId).map(toCourse);
  }

  get(id: string): Course | null {
    const row = this.statements.get.get(id);
    return row ? toCourse(row) : null;
  }

  /** The client's most recent course, active or ended: a new one starts after it. */
  latestForClient(clientId: string): Course | null {
    const row = this.statements.latestForClient.get(clientId);
    return row ? toCourse(row) : null;
  }

  /** Every dose the client was given, oldest first; courses take theirs by date. */
  dosesForClient(clientId: string): GivenDose[] {
    return this.statements.dosesForClient.all(clientId);
  }

  create(id: string, course: NewCourse, now: number): Course {
    this.statements.insert.run({ id, ...course, ...scheduleColumns(course.schedule), plannedDates: JSON.stringify(course.plannedDates), now });
    return this.get(id)!;
  }

  /** Null when the course is not active (ended, or absent). */
  setPlannedDates(id: string, plannedDates: readonly string[], now: number): Course | null {
    return this.statements.setPlannedDates.run({ id, plannedDates: JSON.stringify(plannedDates), now }).changes ? this.get(id) : null;
  }

  /** Null when the course is not active (ended, or absent). */
  end(id: string, endedOn: string, reEvaluationDate: string, now: number): Course | null {
    return this.statements.end.run({ id, endedOn, reEvaluationDate, now }).changes ? this.get(id) : null;
  }
}
