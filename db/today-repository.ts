import type Database from 'better-sqlite3-multiple-ciphers';
import type { Course } from '../shared/contract/courses';
import type { Session } from '../shared/contract/sessions';
import type { NoteKind } from '../shared/notes/note-kinds';
import { type CourseRow, toCourse } from './courses-repository';

/** Active clients only: an archived client's records stay off the home screen. */
const ACTIVE_CLIENT = 'JOIN clients c ON c.id = t.client_id AND c.archived_at IS NULL';

export interface OpenSessionRow {
  sessionId: string;
  clientId: string;
  clientName: string;
  status: Session['status'];
  courseSessionNumber: number;
}

export interface HomeworkToReviewRow {
  homeworkId: string;
  clientId: string;
  clientName: string;
  title: string;
  completedAt: number;
}

export interface DraftRow {
  noteId: string;
  clientId: string;
  clientName: string;
  kind: NoteKind;
  title: string;
  createdAt: number;
}

/** Reads for the home screen, each one query across the whole caseload rather than one per client. */
export class TodayRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      openSessions: db.prepare<[], OpenSessionRow>(
        `SELECT t.id AS sessionId, t.client_id AS clientId, c.display_name AS clientName, t.status, t.course_session_number AS courseSessionNumber
         FROM sessions t ${ACTIVE_CLIENT}
         WHERE t.status IN ('planned', 'checked-in', 'dosed')
         ORDER BY CASE t.status WHEN 'dosed' THEN 0 WHEN 'checked-in' THEN 1 ELSE 2 END, t.created_at`,
      ),
      activeCourses: db.prepare<[], CourseRow & { client_name: string }>(
        `SELECT t.*, c.display_name AS client_name FROM courses t ${ACTIVE_CLIENT} WHERE t.status = 'active' ORDER BY c.display_name`,
      ),
      courseDoses: db.prepare<[], { clientId: string; dosedAt: number }>(
        `SELECT client_id AS clientId, dosed_at AS dosedAt FROM sessions
         WHERE dosed_at IS NOT NULL AND client_id IN (SELECT client_id FROM courses WHERE status = 'active')`,
      ),
      homeworkToReview: db.prepare<[], HomeworkToReviewRow>(
        `SELECT t.id AS homeworkId, t.client_id AS clientId, c.display_name AS clientName, t.title, t.status_changed_at AS completedAt
         FROM homework t ${ACTIVE_CLIENT} WHERE t.status = 'completed' ORDER BY t.status_changed_at`,
      ),
      draftsSince: db.prepare<[number], DraftRow>(
        `SELECT t.id AS noteId, t.client_id AS clientId, c.display_name AS clientName, t.kind, t.title, t.created_at AS createdAt
         FROM notes t ${ACTIVE_CLIENT} WHERE t.status = 'draft' AND t.created_at >= ? ORDER BY t.created_at`,
      ),
    };
  }

  /** Sessions planned, checked in or dosed and not yet discharged, the ones under way first. */
  openSessions(): OpenSessionRow[] {
    return this.statements.openSessions.all();
  }

  /** Every active course with its client's name. */
  activeCourses(): { course: Course; clientName: string }[] {
    return this.statements.activeCourses.all().map((row) => ({ course: toCourse(row), clientName: row.client_name }));
  }

  /** The moment of every dose given to a client who has an active course; the handler takes each course's by date. */
  courseDoses(): { clientId: string; dosedAt: number }[] {
    return this.statements.courseDoses.all();
  }

  homeworkToReview(): HomeworkToReviewRow[] {
    return this.statements.homeworkToReview.all();
  }

  /** Unsigned notes written at or after `time`, oldest first. */
  draftsSince(time: number): DraftRow[] {
    return this.statements.draftsSince.all(time);
  }
}
