import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate, readSchemaVersion } from '../../../../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../../../db/migrations';
import { migration001 } from '../../../../db/migrations/001-clients-and-settings';
import { migration002 } from '../../../../db/migrations/002-dosing-sessions';
import { migration003 } from '../../../../db/migrations/003-notes-homework-prompts';
import { migration004 } from '../../../../db/migrations/004-cancelled-sessions';
import { migration005 } from '../../../../db/migrations/005-signed-homework-links';
import { NotesRepository } from '../../../../db/notes-repository';
import { SearchRepository } from '../../../../db/search-repository';
import { signatureHolds } from '../../../../electron/handlers/notes/note-signature';
import { canonicalSignedNote } from '../../../../shared/notes/canonical-note';
import { toFtsQuery } from '../../../../shared/search/search-query';
import { DEFAULT_PROTOCOLS } from '../../../../shared/session/default-protocols';
import { homeworkLink, noteDoc, paragraph } from '../../../support/note-docs';
import { openMigratedMemoryDatabase } from '../../../support/raw-database';

const BEFORE = [migration001, migration002, migration003, migration004];
const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

/** A vault as the app left it at schema 3: a note signed as kap-note/1, homework, a private note, and their search rows. */
function schema3Vault() {
  const db = openMigratedMemoryDatabase(BEFORE);
  db.prepare("INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES ('c1', 'Named', 'named', 1, 1)").run();
  db.prepare(
    `INSERT INTO homework (id, client_id, type, title, fields, status, due_date, outcome, status_changed_at, created_at, updated_at)
     VALUES ('h1', 'c1', 'custom', 'Walk to the Lindenstraße', '{}', 'reviewed', NULL, NULL, 1, 1, 1)`,
  ).run();
  const doc = noteDoc(paragraph('Continue with ', homeworkLink('h1'), ' and the œuvre this week'));
  const facts = {
    noteId: 'n1',
    clientId: 'c1',
    sessionId: null,
    kind: 'general' as const,
    isPrivate: false,
    title: 'Call',
    doc,
    homework: [],
    signedBy: 'A',
    signedAt: 5,
  };
  const hash = sha256(canonicalSignedNote(facts, 'kap-note/1'));
  const note = db.prepare(
    `INSERT INTO notes (id, client_id, session_id, kind, title, is_private, doc, words, revision, status, signed_at, signed_by, content_hash, created_at, updated_at)
     VALUES (?, 'c1', NULL, 'general', ?, ?, ?, 0, 1, ?, ?, ?, ?, 1, 1)`,
  );
  note.run('n1', 'Call', 0, JSON.stringify(doc), 'signed', 5, 'A', hash);
  note.run('n2', 'Private', 1, JSON.stringify(noteDoc(paragraph('Lighthouse dream'))), 'draft', null, null, null);
  const row = db.prepare(
    "INSERT INTO search_documents (target, target_id, client_id, kind, is_private, title, body, scope, updated_at) VALUES (?, ?, 'c1', ?, ?, ?, ?, '', 1)",
  );
  // As schema 3 indexed them: link titles left out, ß and œ as typed.
  row.run('note', 'n1', 'general', 0, 'Call', 'Continue with  and the œuvre this week');
  row.run('note', 'n2', 'general', 1, 'Private', 'Lighthouse dream');
  row.run('homework', 'h1', 'custom', 0, 'Walk to the Lindenstraße', '');
  // A session with an observation and a quote, which schema 3 did not index.
  db.prepare(
    `INSERT INTO sessions (id, client_id, route, protocol_id, protocol_snapshot, planned_dose_mg, course_session_number, status, intention, check_in_at, created_at, updated_at)
     VALUES ('s1', 'c1', 'im', NULL, ?, 50, 2, 'checked-in', 'To rest', 2, 1, 2)`,
  ).run(JSON.stringify(DEFAULT_PROTOCOLS.im));
  const event = db.prepare("INSERT INTO session_events (id, session_id, sequence, kind, at, recorded_at, entry) VALUES (?, 's1', ?, ?, 3, 3, ?)");
  event.run('e1', 1, 'observation', JSON.stringify({ kind: 'observation', text: 'Eyes closed' }));
  event.run('e2', 2, 'quote', JSON.stringify({ kind: 'quote', text: 'I can see the valley' }));
  return { db, hash };
}

describe('migration 005', () => {
  it('names kap-note/1 on notes signed before, so they still verify, and keeps signed link texts frozen', () => {
    const { db, hash } = schema3Vault();
    migrate(db, [...BEFORE, migration005]);
    expect(readSchemaVersion(db)).toBe(5);
    expect(db.prepare("SELECT signed_format FROM notes WHERE id = 'n1'").pluck().get()).toBe('kap-note/1');
    // Today's repository reads today's columns: the rest of the chain first.
    migrate(db);
    const note = new NotesRepository(db).get('n1')!;
    expect(note).toMatchObject({ contentHash: hash, signedFormat: 'kap-note/1', signedHomework: [] });
    expect(signatureHolds(note)).toBe(true);
    expect(new NotesRepository(db).get('n2')!.signedFormat).toBeNull();

    // A signature names its form; the signed link rows go in only before the note is signed.
    expect(() => db.prepare("UPDATE notes SET status = 'signed', signed_at = 1, signed_by = 'A', content_hash = 'h' WHERE id = 'n2'").run()).toThrow(
      /names the canonical form/,
    );
    expect(() => db.prepare("UPDATE notes SET signed_format = 'kap-note/9' WHERE id = 'n2'").run()).toThrow(/CHECK/);
    const link = db.prepare("INSERT INTO note_signed_homework (note_id, homework_id, position, title, status) VALUES (?, 'h1', 0, 'Walk', ?)");
    expect(() => link.run('n1', 'assigned')).toThrow(/fixed when it was signed/);
    expect(() => link.run('n2', 'lost')).toThrow(/CHECK/);
    link.run('n2', 'assigned');
    db.close();
  });

  it("asks for the search index to be rebuilt, and leaves it for today's schema when migrated only part of the way", () => {
    const { db } = schema3Vault();
    migrate(db, [...BEFORE, migration005]);
    expect(db.prepare('SELECT name FROM pending_rebuilds').pluck().all()).toEqual(['search']);
    // Stopped here (a crash, or this partial chain): the request stays, and the next full open keeps it.
    migrate(db);
    expect(readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT name FROM pending_rebuilds').pluck().all()).toEqual([]);
    expect(new SearchRepository(db).search({ match: toFtsQuery('oeuvre')!, includePrivate: false, limit: 10 }).results.map((result) => result.id)).toEqual([
      'n1',
    ]);
    db.close();
  });

  it('rebuilds the search index: folded letters, homework titles in note text, private notes filtered', () => {
    const { db } = schema3Vault();
    migrate(db);
    const search = new SearchRepository(db);
    const found = (typed: string, includePrivate = false) =>
      search.search({ match: toFtsQuery(typed)!, includePrivate, limit: 10 }).results.map((result) => `${result.target}:${result.id}`);
    expect(found('lindenstrasse')).toEqual(['homework:h1', 'note:n1']);
    expect(found('oeuvre')).toEqual(['note:n1']);
    expect(
      search
        .search({ match: toFtsQuery('oeuvre')!, includePrivate: false, limit: 1 })
        .results[0]!.snippet.map((part) => part.text)
        .join(''),
    ).toContain('Continue with Walk to the Lindenstrasse and the');
    expect(found('lighthouse')).toEqual([]);
    expect(found('lighthouse', true)).toEqual(['note:n2']);
    expect(found('valley')).toEqual(['session:s1']);
    expect(found('rest')).toEqual(['session:s1']);
    db.close();
  });
});
