import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseTooNewError } from '../../db/database-errors';
import { migrate, readSchemaVersion } from '../../db/migrate';
import { migration001 } from '../../db/migrations/001-clients-and-settings';
import { migration002 } from '../../db/migrations/002-dosing-sessions';
import { migration003 } from '../../db/migrations/003-notes-homework-prompts';
import { migration004 } from '../../db/migrations/004-cancelled-sessions';
import { migration008 } from '../../db/migrations/008-late-entries';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations/index';
import { call } from '../support/temp-vault';
import { STRONG_PASSPHRASE } from '../support/passphrases';
import { openMigratedMemoryDatabase } from '../support/raw-database';
import { vaultTest } from '../support/vault-fixture';

describe('migrations', () => {
  it('are numbered one after another from 1', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('001 creates clients and settings with their checks', () => {
    const db = openMigratedMemoryDatabase([migration001]);
    expect(readSchemaVersion(db)).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['clients', 'settings']);
    const insert = db.prepare('INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES (?, ?, ?, 1, 1)');
    insert.run('a', 'Named', 'named');
    expect(() => insert.run('b', '', '')).toThrow(/CHECK/);
    expect(() => insert.run('c', 'x'.repeat(201), 'x')).toThrow(/CHECK/);
    db.close();
  });

  it('003 creates notes, homework, prompts and the search index, with their checks and triggers', () => {
    const db = openMigratedMemoryDatabase([migration001, migration002]);
    const before = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
    migrate(db, [migration001, migration002, migration003]);
    expect(readSchemaVersion(db)).toBe(3);
    const added = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all()
      .filter((name) => !before.has(name as string) && !(name as string).startsWith('search_index_'));
    expect(added).toEqual([
      'homework',
      'note_addenda',
      'note_links',
      'note_revisions',
      'notes',
      'prompts',
      'search_documents',
      'search_index',
      'session_prompts',
    ]);
    const triggers = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('notes', 'note_revisions', 'note_addenda', 'note_links', 'search_documents') ORDER BY name",
      )
      .pluck()
      .all();
    expect(triggers).toEqual([
      'note_addenda_no_delete',
      'note_addenda_no_update',
      'note_addenda_only_signed',
      'note_links_frozen_delete',
      'note_links_frozen_insert',
      'note_revisions_frozen_delete',
      'note_revisions_frozen_insert',
      'note_revisions_frozen_update',
      'notes_signed_no_delete',
      'notes_signed_no_update',
      'search_documents_after_delete',
      'search_documents_after_insert',
      'search_documents_after_update',
    ]);

    db.prepare("INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES ('c1', 'Named', 'named', 1, 1)").run();
    const note = db.prepare(
      `INSERT INTO notes (id, client_id, session_id, kind, title, is_private, doc, words, revision, status, signed_at, signed_by, content_hash, created_at, updated_at)
       VALUES (@id, 'c1', NULL, @kind, 'T', 0, @doc, 0, 1, @status, @signedAt, @signedBy, @hash, 1, 1)`,
    );
    const draft = { kind: 'general', doc: '{"type":"doc"}', status: 'draft', signedAt: null, signedBy: null, hash: null };
    note.run({ ...draft, id: 'n1' });
    expect(() => note.run({ ...draft, id: 'n2', kind: 'poem' })).toThrow(/CHECK/);
    expect(() => note.run({ ...draft, id: 'n3', doc: 'not json' })).toThrow(/CHECK/);
    expect(() => note.run({ ...draft, id: 'n4', status: 'final' })).toThrow(/CHECK/);
    expect(() => note.run({ ...draft, id: 'n5', status: 'signed' })).toThrow(/CHECK/);
    expect(() => note.run({ ...draft, id: 'n6', signedAt: 5, signedBy: 'A', hash: 'h' })).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO notes (id, client_id, kind, title, is_private, doc, words, revision, status, created_at, updated_at) VALUES ('n7', 'nobody', 'general', 'T', 0, '{}', 0, 1, 'draft', 1, 1)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    note.run({ ...draft, id: 'signed', status: 'signed', signedAt: 5, signedBy: 'A', hash: 'h' });

    // Drafts change freely; a signed note, its history and its links do not.
    expect(db.prepare("UPDATE notes SET title = 'x' WHERE id = 'n1'").run().changes).toBe(1);
    db.prepare("INSERT INTO note_revisions (id, note_id, title, doc, words, started_at, saved_at) VALUES ('r1', 'n1', 't', '{}', 0, 1, 1)").run();
    db.prepare("INSERT INTO note_links (note_id, target_kind, target_id) VALUES ('n1', 'homework', 'h1')").run();
    expect(() => db.prepare("INSERT INTO note_links (note_id, target_kind, target_id) VALUES ('n1', 'client', 'c1')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE notes SET title = 'x' WHERE id = 'signed'").run()).toThrow(/a signed note cannot change/);
    expect(() => db.prepare("DELETE FROM notes WHERE id = 'signed'").run()).toThrow(/cannot be deleted/);
    expect(() =>
      db.prepare("INSERT INTO note_revisions (id, note_id, title, doc, words, started_at, saved_at) VALUES ('r2', 'signed', 't', '{}', 0, 1, 1)").run(),
    ).toThrow(/history of a signed note/);
    expect(() => db.prepare("INSERT INTO note_links (note_id, target_kind, target_id) VALUES ('signed', 'homework', 'h1')").run()).toThrow(
      /links of a signed note/,
    );
    const addendum = db.prepare("INSERT INTO note_addenda (id, note_id, text, signed_by, content_hash, created_at) VALUES (?, ?, ?, 'A', 'h', 1)");
    expect(() => addendum.run('a0', 'n1', 'on a draft')).toThrow(/addenda belong to signed notes/);
    expect(() => addendum.run('a1', 'signed', '')).toThrow(/CHECK/);
    addendum.run('a2', 'signed', 'correction');
    expect(() => db.prepare("UPDATE note_addenda SET text = 'x'").run()).toThrow(/an addendum cannot change/);
    expect(() => db.prepare('DELETE FROM note_addenda').run()).toThrow(/cannot be deleted/);

    const homework = db.prepare(
      "INSERT INTO homework (id, client_id, type, title, fields, status, due_date, outcome, status_changed_at, created_at, updated_at) VALUES (?, 'c1', ?, 'T', '{}', ?, ?, NULL, 1, 1, 1)",
    );
    homework.run('h1', 'thought-record', 'assigned', '2026-12-01');
    expect(() => homework.run('h2', 'worksheet', 'assigned', null)).toThrow(/CHECK/);
    expect(() => homework.run('h3', 'custom', 'lost', null)).toThrow(/CHECK/);
    expect(() => homework.run('h4', 'custom', 'assigned', '1 Dec 2026')).toThrow(/CHECK/);
    const prompt = db.prepare('INSERT INTO prompts (id, phase, text, default_key, position, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1, 1)');
    prompt.run('p1', 'before', 'Q?', 'key-1');
    expect(() => prompt.run('p2', 'later', 'Q?', null)).toThrow(/CHECK/);
    expect(() => prompt.run('p3', 'before', '', null)).toThrow(/CHECK/);
    expect(() => prompt.run('p4', 'after', 'Q?', 'key-1')).toThrow(/UNIQUE/);

    // The external-content index follows its table through insert, update and delete.
    const matches = (word: string) => db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ?').pluck().all(word);
    const doc = db.prepare(
      "INSERT INTO search_documents (target, target_id, client_id, kind, is_private, title, body, updated_at) VALUES (?, ?, 'c1', 'general', 0, ?, ?, 1)",
    );
    expect(() => doc.run('client', 'c1', 't', 'b')).toThrow(/CHECK/);
    const { lastInsertRowid } = doc.run('note', 'n1', 'Café visit', 'about the lighthouse');
    expect(matches('cafe')).toEqual([lastInsertRowid]);
    expect(matches('lighthouse')).toEqual([lastInsertRowid]);
    expect(() => doc.run('note', 'n1', 'again', 'again')).toThrow(/UNIQUE/);
    db.prepare("UPDATE search_documents SET body = 'about the harbour' WHERE target_id = 'n1'").run();
    expect(matches('lighthouse')).toEqual([]);
    expect(matches('harbour')).toEqual([lastInsertRowid]);
    db.prepare("DELETE FROM search_documents WHERE target_id = 'n1'").run();
    expect(matches('harbour')).toEqual([]);
    expect(matches('cafe')).toEqual([]);
    db.prepare("INSERT INTO search_index (search_index) VALUES ('integrity-check')").run();
    db.close();
  });

  it('004 rebuilds sessions to allow cancelled (never once dosed), keeping rows, indexes, references and the timeline triggers', () => {
    const db = openMigratedMemoryDatabase([migration001, migration002, migration003]);
    db.exec(`
      INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES ('c1', 'Named', 'named', 1, 1);
      INSERT INTO sessions (id, client_id, route, protocol_snapshot, planned_dose_mg, course_session_number, status, check_in_at, dosed_at, ended_at, created_at, updated_at)
      VALUES ('planned', 'c1', 'im', '{}', 50, 1, 'planned', NULL, NULL, NULL, 1, 1),
             ('waiting', 'c1', 'im', '{}', 50, 2, 'checked-in', 2, NULL, NULL, 1, 2),
             ('running', 'c1', 'iv', '{}', 40, 3, 'dosed', 2, 3, NULL, 1, 3),
             ('ended', 'c1', 'esketamine', '{}', 84, 4, 'discharged', 2, 3, 9, 1, 9);
      INSERT INTO session_events (id, session_id, sequence, kind, at, recorded_at, entry) VALUES ('e1', 'running', 1, 'observation', 3, 3, '{"kind":"observation","text":"x"}');
      INSERT INTO notes (id, client_id, session_id, kind, title, is_private, doc, words, revision, status, created_at, updated_at)
      VALUES ('n1', 'c1', 'ended', 'session', 'T', 0, '{}', 0, 1, 'draft', 1, 1);
    `);
    const before = db.prepare('SELECT * FROM sessions ORDER BY id').all();
    migrate(db, [migration001, migration002, migration003, migration004]);
    expect(readSchemaVersion(db)).toBe(4);

    expect(db.prepare('SELECT * FROM sessions ORDER BY id').all()).toEqual(before);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const named = (type: string) =>
      db.prepare("SELECT name FROM sqlite_master WHERE type = ? AND tbl_name IN ('sessions', 'session_events') ORDER BY name").pluck().all(type);
    expect(named('index').filter((name) => !(name as string).startsWith('sqlite_autoindex'))).toEqual(['sessions_by_client', 'sessions_open']);
    expect(named('trigger')).toEqual(['session_events_no_delete', 'session_events_no_update', 'sessions_cancelled_final']);
    expect(() => db.prepare("UPDATE session_events SET at = 4 WHERE id = 'e1'").run()).toThrow(/append-only/);
    expect(() => db.prepare("DELETE FROM session_events WHERE id = 'e1'").run()).toThrow(/append-only/);
    // References into the rebuilt table still hold.
    expect(() =>
      db
        .prepare("INSERT INTO session_events (id, session_id, sequence, kind, at, recorded_at, entry) VALUES ('e2', 'nowhere', 1, 'observation', 1, 1, '{}')")
        .run(),
    ).toThrow(/FOREIGN KEY/);

    const cancel = db.prepare("UPDATE sessions SET status = 'cancelled', ended_at = 5 WHERE id = ?");
    expect(cancel.run('waiting').changes).toBe(1);
    expect(cancel.run('planned').changes).toBe(1);
    expect(() => cancel.run('running')).toThrow(/CHECK/);
    expect(() => cancel.run('ended')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE sessions SET status = 'cancelled', ended_at = NULL WHERE id = 'ended'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE sessions SET status = 'checked-in' WHERE id = 'waiting'").run()).toThrow(/cannot be reopened/);
    expect(() => db.prepare("UPDATE sessions SET status = 'lost' WHERE id = 'planned'").run()).toThrow(/CHECK|cannot be reopened/);
    db.close();
  });

  it('008 keeps a late entry for a discharged session, between check-in and when it was written, and closes an ended session to anything else', () => {
    const db = openMigratedMemoryDatabase([migration001, migration002, migration003, migration004]);
    db.exec(`
      INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES ('c1', 'Named', 'named', 1, 1);
      INSERT INTO sessions (id, client_id, route, protocol_snapshot, planned_dose_mg, course_session_number, status, check_in_at, dosed_at, ended_at, created_at, updated_at)
      VALUES ('running', 'c1', 'im', '{}', 50, 1, 'dosed', 20, 30, NULL, 1, 30),
             ('ended', 'c1', 'im', '{}', 50, 2, 'discharged', 20, 30, 90, 1, 90),
             ('cancelled', 'c1', 'im', '{}', 50, 3, 'cancelled', 20, NULL, 25, 1, 25);
      INSERT INTO session_events (id, session_id, sequence, kind, at, recorded_at, entry) VALUES ('e1', 'ended', 1, 'observation', 40, 40, '{"kind":"observation","text":"x"}');
    `);
    migrate(db, [migration001, migration002, migration003, migration004, migration008]);
    expect(readSchemaVersion(db)).toBe(migration008.version);
    expect(db.prepare("SELECT written_late FROM session_events WHERE id = 'e1'").pluck().get()).toBe(0);

    let sequence = 1;
    const insert = (session: string, kind: string, at: number, late: number, links: { supersedes?: string } = {}) =>
      db
        .prepare(
          'INSERT INTO session_events (id, session_id, sequence, kind, at, recorded_at, written_late, entry, supersedes_id) VALUES (?, ?, ?, ?, ?, 100, ?, ?, ?)',
        )
        .run(`n${++sequence}`, session, sequence, kind, at, late, `{"kind":"${kind}"}`, links.supersedes ?? null);

    expect(insert('ended', 'observation', 60, 1).changes).toBe(1);
    expect(insert('ended', 'quote', 20, 1).changes).toBe(1);
    expect(() => insert('ended', 'observation', 19, 1)).toThrow(/from check-in until it was written/);
    expect(() => insert('ended', 'observation', 101, 1)).toThrow(/from check-in until it was written/);
    expect(() => insert('ended', 'dose', 60, 1)).toThrow(/a late entry is an observation/);
    expect(() => insert('ended', 'observation', 60, 1, { supersedes: 'e1' })).toThrow(/a late entry is an observation/);
    expect(() => insert('running', 'observation', 60, 1)).toThrow(/discharged session only/);
    expect(() => insert('cancelled', 'observation', 22, 1)).toThrow(/discharged session only/);
    expect(() => insert('ended', 'observation', 60, 2)).toThrow(/CHECK/);
    // An ended session takes nothing but late entries; its entries can still be corrected.
    expect(() => insert('ended', 'observation', 60, 0)).toThrow(/late entries only/);
    expect(() => insert('cancelled', 'observation', 22, 0)).toThrow(/late entries only/);
    expect(insert('ended', 'observation', 40, 0, { supersedes: 'e1' }).changes).toBe(1);
    expect(insert('running', 'observation', 60, 0).changes).toBe(1);
    db.close();
  });

  it('running them again changes nothing', () => {
    const db = openMigratedMemoryDatabase();
    migrate(db);
    expect(readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  vaultTest('refuses a database from a newer app and leaves it untouched', async ({ vault: { dir, core }, openRaw }) => {
    core.lock('user');
    const db = await openRaw();
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = readFileSync(join(dir, 'kap.db'));

    await expect(openRaw()).rejects.toThrow(DatabaseTooNewError);
    const result = await core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_TOO_NEW' } });
    expect(readFileSync(join(dir, 'kap.db')).equals(before)).toBe(true);
  });

  vaultTest('a database that does not open with the unwrapped key is reported as damaged', async ({ vault: { dir, core } }) => {
    await call(core, 'clients.create', { displayName: 'Someone' });
    core.lock('user');
    const path = join(dir, 'kap.db');
    const bytes = readFileSync(path);
    bytes.set(randomBytes(64), 0);
    writeFileSync(path, bytes);
    expect(await core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'VAULT_DAMAGED' } });
  });
});
