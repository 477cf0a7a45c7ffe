import type Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import type { Session } from '../shared/contract/sessions';
import { protocolDefinitionSchema, type ProtocolDefinition } from '../shared/session/protocol';
import { remsManualFieldsSchema, type RemsManualFields } from '../shared/session/rems-form';
import type { Route } from '../shared/session/routes';
import { type TimelineEntry, timelineEntrySchema, type TimelineEvent } from '../shared/session/timeline';
import { parseJsonColumn } from './json-column';

interface SessionRow {
  id: string;
  client_id: string;
  route: Route;
  protocol_id: string | null;
  protocol_snapshot: string;
  planned_dose_mg: number;
  mg_per_kg: number | null;
  weight_kg: number | null;
  device_count: number | null;
  course_session_number: number;
  status: Session['status'];
  intention: string | null;
  readiness: string;
  discharge_checklist: string;
  rems_form: string | null;
  rems_submitted_at: number | null;
  check_in_at: number | null;
  dosed_at: number | null;
  ended_at: number | null;
  created_at: number;
  updated_at: number;
}

interface EventRow {
  id: string;
  sequence: number;
  at: number;
  recorded_at: number;
  written_late: 0 | 1;
  entry: string | null;
  supersedes_id: string | null;
  retracts_id: string | null;
  retraction_reason: string | null;
}

const checklistSchema = z.record(z.string(), z.boolean());

function toSession(row: SessionRow): Session {
  return {
    id: row.id,
    clientId: row.client_id,
    route: row.route,
    protocolId: row.protocol_id,
    protocol: parseJsonColumn(protocolDefinitionSchema, row.protocol_snapshot, 'session protocol'),
    plannedDoseMg: row.planned_dose_mg,
    mgPerKg: row.mg_per_kg,
    weightKg: row.weight_kg,
    deviceCount: row.device_count,
    courseSessionNumber: row.course_session_number,
    status: row.status,
    intention: row.intention,
    readiness: parseJsonColumn(checklistSchema, row.readiness, 'checklist'),
    dischargeChecklist: parseJsonColumn(checklistSchema, row.discharge_checklist, 'checklist'),
    remsForm: row.rems_form === null ? null : parseJsonColumn(remsManualFieldsSchema, row.rems_form, 'REMS form'),
    remsSubmittedAt: row.rems_submitted_at,
    checkInAt: row.check_in_at,
    dosedAt: row.dosed_at,
    endedAt: row.ended_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toEvent(row: EventRow): TimelineEvent {
  return {
    id: row.id,
    sequence: row.sequence,
    at: row.at,
    recordedAt: row.recorded_at,
    writtenLate: row.written_late === 1,
    entry: row.entry === null ? null : parseJsonColumn(timelineEntrySchema, row.entry, 'timeline entry'),
    supersedesId: row.supersedes_id,
    retractsId: row.retracts_id,
    retractionReason: row.retraction_reason,
  };
}

export interface NewSession {
  id: string;
  clientId: string;
  route: Route;
  protocolId: string;
  protocol: ProtocolDefinition;
  plannedDoseMg: number;
  mgPerKg: number | null;
  weightKg: number | null;
  deviceCount: number | null;
  courseSessionNumber: number;
}

export interface NewTimelineEvent {
  id: string;
  sessionId: string;
  at: number;
  recordedAt: number;
  /** Added after discharge (sessions.addLateEntry); the schema allows it on a discharged session only. */
  writtenLate?: boolean;
  entry: TimelineEntry | null;
  supersedesId?: string | null;
  retractsId?: string | null;
  retractionReason?: string | null;
}

export class SessionsRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO sessions (id, client_id, route, protocol_id, protocol_snapshot, planned_dose_mg, mg_per_kg, weight_kg, device_count,
           course_session_number, status, created_at, updated_at)
         VALUES (@id, @clientId, @route, @protocolId, @protocol, @plannedDoseMg, @mgPerKg, @weightKg, @deviceCount, @courseSessionNumber, 'planned', @now, @now)`,
      ),
      get: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?'),
      listForClient: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE client_id = ? ORDER BY course_session_number, created_at'),
      active: db.prepare<[], SessionRow>(
        "SELECT * FROM sessions WHERE status IN ('checked-in', 'dosed') ORDER BY coalesce(dosed_at, check_in_at) DESC LIMIT 1",
      ),
      remsPending: db.prepare<[], SessionRow & { client_name: string }>(
        `SELECT sessions.*, clients.display_name AS client_name FROM sessions JOIN clients ON clients.id = sessions.client_id
         WHERE sessions.route = 'esketamine' AND sessions.dosed_at IS NOT NULL AND sessions.rems_submitted_at IS NULL
         ORDER BY sessions.dosed_at`,
      ),
      nextCourseNumber: db.prepare<[string], { next: number }>('SELECT coalesce(max(course_session_number), 0) + 1 AS next FROM sessions WHERE client_id = ?'),
      checkIn: db.prepare(
        "UPDATE sessions SET status = 'checked-in', check_in_at = @at, readiness = @readiness, intention = @intention, updated_at = @now WHERE id = @id",
      ),
      setDosedAt: db.prepare(
        `UPDATE sessions SET dosed_at = @dosedAt, updated_at = @now,
           status = CASE WHEN status IN ('discharged', 'cancelled') THEN status WHEN @dosedAt IS NULL THEN 'checked-in' ELSE 'dosed' END
         WHERE id = @id`,
      ),
      discharge: db.prepare("UPDATE sessions SET status = 'discharged', ended_at = @at, discharge_checklist = @checklist, updated_at = @now WHERE id = @id"),
      cancel: db.prepare(
        "UPDATE sessions SET status = 'cancelled', ended_at = @at, updated_at = @now WHERE id = @id AND status IN ('planned', 'checked-in') AND dosed_at IS NULL",
      ),
      saveRems: db.prepare('UPDATE sessions SET rems_form = @form, updated_at = @now WHERE id = @id'),
      setRemsSubmitted: db.prepare('UPDATE sessions SET rems_submitted_at = @submittedAt, updated_at = @now WHERE id = @id'),
      events: db.prepare<[string], EventRow>('SELECT * FROM session_events WHERE session_id = ? ORDER BY sequence'),
      event: db.prepare<[string, string], EventRow & { session_id: string }>('SELECT * FROM session_events WHERE session_id = ? AND id = ?'),
      isRetracted: db.prepare<[string, string], { found: number }>('SELECT 1 AS found FROM session_events WHERE session_id = ? AND retracts_id = ?'),
      insertEvent: db.prepare(
        `INSERT INTO session_events (id, session_id, sequence, kind, at, recorded_at, written_late, entry, supersedes_id, retracts_id, retraction_reason)
         VALUES (@id, @sessionId, (SELECT coalesce(max(sequence), 0) + 1 FROM session_events WHERE session_id = @sessionId),
                 @kind, @at, @recordedAt, @writtenLate, @entry, @supersedesId, @retractsId, @retractionReason)`,
      ),
    };
  }

  create(session: NewSession, now: number): Session {
    this.statements.insert.run({ ...session, protocol: JSON.stringify(session.protocol), now });
    return this.get(session.id)!;
  }

  get(id: string): Session | null {
    const row = this.statements.get.get(id);
    return row ? toSession(row) : null;
  }

  listForClient(clientId: string): Session[] {
    return this.statements.listForClient.all(clientId).map(toSession);
  }

  active(): Session | null {
    const row = this.statements.active.get();
    return row ? toSession(row) : null;
  }

  remsPending(): { session: Session; clientName: string }[] {
    return this.statements.remsPending.all().map((row) => ({ session: toSession(row), clientName: row.client_name }));
  }

  nextCourseSessionNumber(clientId: string): number {
    return this.statements.nextCourseNumber.get(clientId)!.next;
  }

  checkIn(id: string, values: { at: number; readiness: Record<string, boolean>; intention: string | null }, now: number): void {
    this.statements.checkIn.run({ id, at: values.at, readiness: JSON.stringify(values.readiness), intention: values.intention, now });
  }

  setDosedAt(id: string, dosedAt: number | null, now: number): void {
    this.statements.setDosedAt.run({ id, dosedAt, now });
  }

  discharge(id: string, values: { at: number; checklist: Record<string, boolean> }, now: number): void {
    this.statements.discharge.run({ id, at: values.at, checklist: JSON.stringify(values.checklist), now });
  }

  /** False when the session was no longer open and undosed: nothing changed. */
  cancel(id: string, at: number, now: number): boolean {
    return this.statements.cancel.run({ id, at, now }).changes === 1;
  }

  saveRemsForm(id: string, form: RemsManualFields, now: number): void {
    this.statements.saveRems.run({ id, form: JSON.stringify(form), now });
  }

  setRemsSubmitted(id: string, submittedAt: number | null, now: number): void {
    this.statements.setRemsSubmitted.run({ id, submittedAt, now });
  }

  events(sessionId: string): TimelineEvent[] {
    return this.statements.events.all(sessionId).map(toEvent);
  }

  event(sessionId: string, eventId: string): TimelineEvent | null {
    const row = this.statements.event.get(sessionId, eventId);
    return row ? toEvent(row) : null;
  }

  isRetracted(sessionId: string, eventId: string): boolean {
    return this.statements.isRetracted.get(sessionId, eventId) !== undefined;
  }

  appendEvent(event: NewTimelineEvent): void {
    this.statements.insertEvent.run({
      id: event.id,
      sessionId: event.sessionId,
      kind: event.entry?.kind ?? 'retraction',
      at: event.at,
      recordedAt: event.recordedAt,
      writtenLate: event.writtenLate ? 1 : 0,
      entry: event.entry === null ? null : JSON.stringify(event.entry),
      supersedesId: event.supersedesId ?? null,
      retractsId: event.retractsId ?? null,
      retractionReason: event.retractionReason ?? null,
    });
  }
}
