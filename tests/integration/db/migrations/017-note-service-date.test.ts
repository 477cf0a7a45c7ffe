import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate, readSchemaVersion } from '../../../../db/migrate';
import { MIGRATIONS } from '../../../../db/migrations';
import { migration017 } from '../../../../db/migrations/017-note-service-date';
import { NotesRepository } from '../../../../db/notes-repository';
import { signatureHolds } from '../../../../electron/handlers/notes/note-signature';
import { localCalendarDate } from '../../../../shared/calendar-date';
import { canonicalSignedNote } from '../../../../shared/notes/canonical-note';
import { DEFAULT_PROTOCOLS } from '../../../../shared/session/default-protocols';
import { noteDoc, paragraph } from '../../../support/note-docs';
import { openMigratedMemoryDatabase } from '../../../support/raw-database';

const DAY = 86_400_000;
/** Noon UTC, so the local day is the same in any zone within twelve hours of UTC. */
const WRITTEN = Date.UTC(2026, 9, 20, 12);
const DOSED = WRITTEN - 3 * DAY;
const CHECKED_IN = WRITTEN - 5 * DAY;
const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

/** A vault just before 016: notes of a dosed session, of a checked-in one, of none, and one signed. */
function vaultBefore016() {
  const db = openMigratedMemoryDatabase(MIGRATIONS.filter((migration) => migration.version < migration017.version));
  db.prepare("INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES ('c1', 'Named', 'named', 1, 1)").run();
  const session = db.prepare(
    `INSERT INTO sessions (id, client_id, route, protocol_snapshot, planned_dose_mg, course_session_number, status, check_in_at, dosed_at, created_at, updated_at)
     VALUES (?, 'c1', 'im', ?, 50, 1, ?, ?, ?, 1, 1)`,
  );
  session.run('dosed', JSON.stringify(DEFAULT_PROTOCOLS.im), 'dosed', DOSED - 3_600_000, DOSED);
  session.run('checked', JSON.stringify(DEFAULT_PROTOCOLS.im), 'checked-in', CHECKED_IN, null);
  const doc = noteDoc(paragraph('Signed before the date of service existed'));
  const facts = {
    noteId: 'n3',
    clientId: 'c1',
    sessionId: null,
    kind: 'general' as const,
    isPrivate: false,
    title: 'Call',
    doc,
    homework: [],
    signedBy: 'A',
    signedAt: WRITTEN,
  };
  const hash = sha256(canonicalSignedNote(facts, 'kap-note/2'));
  const note = db.prepare(
    `INSERT INTO notes (id, client_id, session_id, kind, title, is_private, doc, words, revision, status, signed_at, signed_by, content_hash, signed_format, created_at, updated_at)
     VALUES (?, 'c1', ?, ?, ?, 0, ?, 0, 1, ?, ?, ?, ?, ?, ?, ?)`,
  );
  note.run('n1', 'dosed', 'session', 'Dose day', JSON.stringify(noteDoc()), 'draft', null, null, null, null, WRITTEN, WRITTEN);
  note.run('n2', 'checked', 'session', 'Check-in only', JSON.stringify(noteDoc()), 'draft', null, null, null, null, WRITTEN, WRITTEN);
  note.run('n3', null, 'general', 'Call', JSON.stringify(doc), 'signed', WRITTEN, 'A', hash, 'kap-note/2', WRITTEN, WRITTEN);
  return db;
}

describe('migration 017: note service date', () => {
  it("gives existing notes a date of service: their session's dose day, else its check-in day, else the day written; signed notes still verify", () => {
    const db = vaultBefore016();
    migrate(
      db,
      MIGRATIONS.filter((migration) => migration.version <= migration017.version),
    );
    expect(readSchemaVersion(db)).toBe(migration017.version);
    expect(db.prepare('SELECT id, service_date FROM notes ORDER BY id').all()).toEqual([
      { id: 'n1', service_date: localCalendarDate(DOSED) },
      { id: 'n2', service_date: localCalendarDate(CHECKED_IN) },
      { id: 'n3', service_date: localCalendarDate(WRITTEN) },
    ]);
    const signed = new NotesRepository(db).get('n3')!;
    expect(signed.serviceDate).toBe(localCalendarDate(WRITTEN));
    expect(signatureHolds(signed)).toBe(true);
    db.close();
  });

  it('gives a note written without a date the same default, keeps a date once set, and refuses malformed dates and changes to signed notes', () => {
    const db = vaultBefore016();
    migrate(db);
    const insert = db.prepare(
      `INSERT INTO notes (id, client_id, session_id, kind, title, is_private, doc, words, revision, status, created_at, updated_at, service_date)
       VALUES (?, 'c1', ?, 'session', 'T', 0, '{"type":"doc"}', 0, 1, 'draft', ?, ?, ?)`,
    );
    insert.run('n4', 'dosed', WRITTEN, WRITTEN, null);
    insert.run('n5', null, WRITTEN, WRITTEN, '2026-10-01');
    expect(db.prepare("SELECT id, service_date FROM notes WHERE id IN ('n4', 'n5') ORDER BY id").all()).toEqual([
      { id: 'n4', service_date: localCalendarDate(DOSED) },
      { id: 'n5', service_date: '2026-10-01' },
    ]);
    expect(() => insert.run('n6', null, WRITTEN, WRITTEN, '1 Oct 2026')).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE notes SET service_date = NULL WHERE id = 'n4'").run()).toThrow(/keeps its date of service/);
    db.prepare("UPDATE notes SET service_date = '2026-10-02' WHERE id = 'n4'").run();
    expect(() => db.prepare("UPDATE notes SET service_date = '2026-10-02' WHERE id = 'n3'").run()).toThrow(/signed note cannot change/);
    db.close();
  });
});
