import type Database from 'better-sqlite3-multiple-ciphers';
import type { AssignedFrom, Homework } from '../shared/contract/homework';
import type { NoteKind } from '../shared/notes/note-kinds';
import { type HomeworkFields, homeworkFieldsSchema, type HomeworkStatus } from '../shared/homework/homework-types';
import { parseJsonColumn } from './json-column';

interface HomeworkRow {
  id: string;
  client_id: string;
  title: string;
  fields: string;
  status: HomeworkStatus;
  due_date: string | null;
  outcome: string | null;
  status_changed_at: number;
  created_at: number;
  updated_at: number;
}

function toHomework(row: HomeworkRow): Homework {
  return {
    id: row.id,
    clientId: row.client_id,
    title: row.title,
    fields: parseJsonColumn(homeworkFieldsSchema, row.fields, 'homework'),
    status: row.status,
    dueDate: row.due_date,
    outcome: row.outcome,
    statusChangedAt: row.status_changed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

interface AssignedFromRow {
  homework_id: string;
  note_id: string;
  kind: NoteKind;
  title: string;
  created_at: number;
  session_number: number | null;
}

export interface HomeworkContent {
  title: string;
  dueDate: string | null;
  fields: HomeworkFields;
  status: HomeworkStatus;
  outcome: string | null;
}

export class HomeworkRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      listForClient: db.prepare<[string], HomeworkRow>('SELECT * FROM homework WHERE client_id = ? ORDER BY created_at DESC, id'),
      get: db.prepare<[string], HomeworkRow>('SELECT * FROM homework WHERE id = ?'),
      assignedFrom: db.prepare<[string], AssignedFromRow>(
        `SELECT h.id AS homework_id, n.id AS note_id, n.kind, n.title, n.created_at, s.course_session_number AS session_number
         FROM homework h
         JOIN note_links l ON l.target_kind = 'homework' AND l.target_id = h.id
         JOIN notes n ON n.id = l.note_id
         LEFT JOIN sessions s ON s.id = n.session_id
         WHERE h.client_id = ?
         ORDER BY n.created_at, n.id`,
      ),
      belongsTo: db.prepare<[string, string], { found: number }>('SELECT 1 AS found FROM homework WHERE id = ? AND client_id = ?'),
      insert: db.prepare(
        `INSERT INTO homework (id, client_id, type, title, fields, status, due_date, outcome, status_changed_at, created_at, updated_at)
         VALUES (@id, @clientId, @type, @title, @fields, @status, @dueDate, @outcome, @now, @now, @now)`,
      ),
      update: db.prepare(
        `UPDATE homework SET title = @title, fields = @fields, due_date = @dueDate, outcome = @outcome, updated_at = @now,
           status_changed_at = CASE WHEN status = @status THEN status_changed_at ELSE @now END, status = @status
         WHERE id = @id`,
      ),
    };
  }

  listForClient(clientId: string): Homework[] {
    return this.statements.listForClient.all(clientId).map(toHomework);
  }

  /** For each of the client's homework that a note links: the earliest such note, taken as where it was assigned. */
  assignedFromForClient(clientId: string): Map<string, AssignedFrom> {
    const assigned = new Map<string, AssignedFrom>();
    for (const row of this.statements.assignedFrom.all(clientId)) {
      if (assigned.has(row.homework_id)) continue;
      assigned.set(row.homework_id, { noteId: row.note_id, kind: row.kind, title: row.title, createdAt: row.created_at, sessionNumber: row.session_number });
    }
    return assigned;
  }

  get(id: string): Homework | null {
    const row = this.statements.get.get(id);
    return row ? toHomework(row) : null;
  }

  /** Whether the homework exists and is this client's: a note may link only its own client's homework. */
  belongsTo(id: string, clientId: string): boolean {
    return this.statements.belongsTo.get(id, clientId) !== undefined;
  }

  create(id: string, clientId: string, content: HomeworkContent, now: number): Homework {
    this.statements.insert.run({ id, clientId, type: content.fields.type, ...content, fields: JSON.stringify(content.fields), now });
    return this.get(id)!;
  }

  update(id: string, content: HomeworkContent, now: number): Homework | null {
    const { changes } = this.statements.update.run({ id, ...content, fields: JSON.stringify(content.fields), now });
    return changes ? this.get(id) : null;
  }
}
