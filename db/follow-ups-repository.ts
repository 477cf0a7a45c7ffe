import type Database from 'better-sqlite3-multiple-ciphers';
import type { FollowUpContact } from '../shared/contract/follow-up-contact';
import type { FollowUpStatus } from '../shared/follow-up/follow-up-ladder';

interface ContactRow {
  id: string;
  session_id: string;
  client_id: string;
  offset_days: number;
  label: string;
  due_date: string;
  date_moved: number;
  status: FollowUpStatus;
  done_at: number | null;
  skip_reason: string | null;
  note_id: string | null;
}

function toContact(row: ContactRow): FollowUpContact {
  return {
    id: row.id,
    sessionId: row.session_id,
    clientId: row.client_id,
    offsetDays: row.offset_days,
    label: row.label,
    dueDate: row.due_date,
    dateMoved: row.date_moved === 1,
    status: row.status,
    doneAt: row.done_at,
    skipReason: row.skip_reason,
    noteId: row.note_id,
  };
}

export interface NewFollowUpContact {
  id: string;
  sessionId: string;
  clientId: string;
  offsetDays: number;
  label: string;
  dueDate: string;
}

/** A planned contact due on or before a day, with its client's name, for the home screen. */
export interface DueContactRow {
  contactId: string;
  sessionId: string;
  clientId: string;
  clientName: string;
  label: string;
  dueDate: string;
}

/** A linked note that was discarded since reads as no note. */
const CONTACT_COLUMNS = `t.id, t.session_id, t.client_id, t.offset_days, t.label, t.due_date, t.date_moved, t.status, t.done_at, t.skip_reason,
  (SELECT n.id FROM notes n WHERE n.id = t.note_id) AS note_id`;

/** Follow-up contacts after each dose: planned, then done or skipped for good (migration 013). */
export class FollowUpsRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      get: db.prepare<[string], ContactRow>(`SELECT ${CONTACT_COLUMNS} FROM follow_up_contacts t WHERE t.id = ?`),
      forSession: db.prepare<[string], ContactRow>(`SELECT ${CONTACT_COLUMNS} FROM follow_up_contacts t WHERE t.session_id = ? ORDER BY t.offset_days`),
      insert: db.prepare(
        `INSERT INTO follow_up_contacts (id, session_id, client_id, offset_days, label, due_date, created_at, updated_at)
         VALUES (@id, @sessionId, @clientId, @offsetDays, @label, @dueDate, @now, @now)`,
      ),
      redate: db.prepare<[string, number, string]>(
        "UPDATE follow_up_contacts SET due_date = ?, updated_at = ? WHERE id = ? AND status = 'planned' AND date_moved = 0",
      ),
      removePlanned: db.prepare<[string]>("DELETE FROM follow_up_contacts WHERE session_id = ? AND status = 'planned'"),
      markDone: db.prepare<[number, string | null, number, string]>(
        "UPDATE follow_up_contacts SET status = 'done', done_at = ?, note_id = ?, updated_at = ? WHERE id = ? AND status = 'planned'",
      ),
      skip: db.prepare<[string, number, string]>(
        "UPDATE follow_up_contacts SET status = 'skipped', skip_reason = ?, updated_at = ? WHERE id = ? AND status = 'planned'",
      ),
      move: db.prepare<[string, number, string]>(
        "UPDATE follow_up_contacts SET due_date = ?, date_moved = 1, updated_at = ? WHERE id = ? AND status = 'planned'",
      ),
      homeworkLinkedToSession: db.prepare<[string], { id: string }>(
        `SELECT DISTINCT l.target_id AS id FROM note_links l JOIN notes n ON n.id = l.note_id WHERE n.session_id = ? AND l.target_kind = 'homework'`,
      ),
      plannedDueBy: db.prepare<[string], DueContactRow>(
        `SELECT t.id AS contactId, t.session_id AS sessionId, t.client_id AS clientId, c.display_name AS clientName, t.label, t.due_date AS dueDate
         FROM follow_up_contacts t JOIN clients c ON c.id = t.client_id AND c.archived_at IS NULL
         WHERE t.status = 'planned' AND t.due_date <= ? ORDER BY t.due_date, c.display_name`,
      ),
    };
  }

  get(id: string): FollowUpContact | null {
    const row = this.statements.get.get(id);
    return row ? toContact(row) : null;
  }

  forSession(sessionId: string): FollowUpContact[] {
    return this.statements.forSession.all(sessionId).map(toContact);
  }

  create(contact: NewFollowUpContact, now: number): void {
    this.statements.insert.run({ ...contact, now });
  }

  /** Follows a corrected dose day; a date the therapist moved stays where they put it. */
  redate(id: string, dueDate: string, now: number): void {
    this.statements.redate.run(dueDate, now, id);
  }

  /** The dose was withdrawn: planned contacts go, done and skipped ones stay in the record. */
  removePlanned(sessionId: string): void {
    this.statements.removePlanned.run(sessionId);
  }

  /** False when the contact is no longer planned. */
  markDone(id: string, noteId: string | null, now: number): boolean {
    return this.statements.markDone.run(now, noteId, now, id).changes > 0;
  }

  skip(id: string, reason: string, now: number): boolean {
    return this.statements.skip.run(reason, now, id).changes > 0;
  }

  move(id: string, dueDate: string, now: number): boolean {
    return this.statements.move.run(dueDate, now, id).changes > 0;
  }

  /** The homework a note about this session links. */
  homeworkLinkedToSession(sessionId: string): string[] {
    return this.statements.homeworkLinkedToSession.all(sessionId).map((row) => row.id);
  }

  /** Planned contacts of active clients due on or before `date`, earliest first. */
  plannedDueBy(date: string): DueContactRow[] {
    return this.statements.plannedDueBy.all(date);
  }
}
