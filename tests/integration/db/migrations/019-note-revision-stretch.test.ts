import { describe, expect, it } from 'vitest';
import { migrate, readSchemaVersion } from '../../../../db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../db/migrations';
import { migration019 } from '../../../../db/migrations/019-note-revision-stretch';
import { NotesRepository } from '../../../../db/notes-repository';
import { noteDoc, paragraph } from '../../../support/note-docs';
import { openMigratedMemoryDatabase } from '../../../support/raw-database';

const MIN = 60_000;
const T0 = Date.UTC(2026, 9, 20, 12);
const json = (words: string) => JSON.stringify(noteDoc(paragraph(words)));

/**
 * A vault just before 019, as the app left it: every note's latest revision mirrors it. Plus a
 * note whose latest revision does not (only SQL outside the app could do that) and one with none.
 */
function vaultBefore019() {
  const db = openMigratedMemoryDatabase(MIGRATIONS.filter((migration) => migration.version < migration019.version));
  db.prepare("INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES ('c1', 'Named', 'named', 1, 1)").run();
  const note = db.prepare(
    `INSERT INTO notes (id, client_id, kind, title, is_private, doc, words, revision, status, signed_at, signed_by, content_hash, signed_format, created_at, updated_at)
     VALUES (?, 'c1', 'general', ?, 0, ?, ?, 3, 'draft', NULL, NULL, NULL, NULL, ?, ?)`,
  );
  const revision = db.prepare('INSERT INTO note_revisions (id, note_id, title, doc, words, started_at, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  // Two stretches: the ended one, and the latest mirroring the note.
  note.run('edited', 'Call', json('second stretch'), 2, T0, T0 + 40 * MIN);
  revision.run('r-ended', 'edited', 'Call', json('first stretch'), 2, T0, T0 + 5 * MIN);
  revision.run('r-latest', 'edited', 'Call', json('second stretch'), 2, T0 + 30 * MIN, T0 + 40 * MIN);
  // Signed with its one revision mirroring it.
  note.run('signed', 'Signed', json('signed words'), 2, T0, T0 + MIN);
  revision.run('r-signed', 'signed', 'Signed', json('signed words'), 2, T0, T0 + MIN);
  db.prepare("UPDATE notes SET status = 'signed', signed_at = ?, signed_by = 'A', content_hash = 'h', signed_format = 'kap-note/2' WHERE id = 'signed'").run(
    T0 + 2 * MIN,
  );
  // A latest revision that does not mirror its note, and a note without any.
  note.run('drifted', 'Drifted', json('changed outside the app'), 4, T0, T0 + 50 * MIN);
  revision.run('r-drifted', 'drifted', 'Drifted', json('what the revision says'), 4, T0, T0 + 10 * MIN);
  note.run('bare', 'Bare', json('no history'), 2, T0, T0 + 60 * MIN);
  return db;
}

const stored = (db: ReturnType<typeof vaultBefore019>) => db.prepare('SELECT id, note_id FROM note_revisions ORDER BY id').all();

describe('migration 019: the latest revision lives in the note', () => {
  it('moves each mirroring latest revision into its note, keeps every other revision, and shows the same history', () => {
    const db = vaultBefore019();
    migrate(db);
    expect(readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);

    expect(
      db.prepare('SELECT id, stretch_revision_id, stretch_started_at, stretch_saved_at FROM notes WHERE id IN (?, ?) ORDER BY id').all('edited', 'signed'),
    ).toEqual([
      { id: 'edited', stretch_revision_id: 'r-latest', stretch_started_at: T0 + 30 * MIN, stretch_saved_at: T0 + 40 * MIN },
      { id: 'signed', stretch_revision_id: 'r-signed', stretch_started_at: T0, stretch_saved_at: T0 + MIN },
    ]);
    expect(stored(db)).toEqual([
      { id: 'r-drifted', note_id: 'drifted' },
      { id: 'r-ended', note_id: 'edited' },
    ]);
    const notes = new NotesRepository(db);
    expect(notes.revisions('edited')).toEqual([
      { id: 'r-latest', title: 'Call', words: 2, startedAt: T0 + 30 * MIN, savedAt: T0 + 40 * MIN },
      { id: 'r-ended', title: 'Call', words: 2, startedAt: T0, savedAt: T0 + 5 * MIN },
    ]);
    expect(notes.revision('edited', 'r-latest')?.doc).toEqual(noteDoc(paragraph('second stretch')));
    expect(notes.revision('edited', 'r-ended')?.doc).toEqual(noteDoc(paragraph('first stretch')));
    expect(notes.revision('signed', 'r-signed')?.doc).toEqual(noteDoc(paragraph('signed words')));

    // Not mirrored: the revision stays as it was, and the note starts its own stretch at its last change.
    const drifted = notes.revisions('drifted');
    expect(drifted.map((revision) => [revision.startedAt, revision.savedAt])).toEqual([
      [T0 + 50 * MIN, T0 + 50 * MIN],
      [T0, T0 + 10 * MIN],
    ]);
    expect(notes.revision('drifted', drifted[0]!.id)?.doc).toEqual(noteDoc(paragraph('changed outside the app')));
    expect(notes.revision('drifted', 'r-drifted')?.doc).toEqual(noteDoc(paragraph('what the revision says')));
    expect(notes.revisions('bare')).toEqual([
      { id: expect.stringMatching(/^[0-9a-f]{32}$/), title: 'Bare', words: 2, startedAt: T0 + 60 * MIN, savedAt: T0 + 60 * MIN },
    ]);
    db.close();
  });

  it('keeps signed notes and their history frozen, files an ended stretch when a new one starts, and starts one for a note written without', () => {
    const db = vaultBefore019();
    migrate(db);
    expect(() => db.prepare("UPDATE notes SET stretch_revision_id = 'x' WHERE id = 'signed'").run()).toThrow('a signed note cannot change');
    expect(() =>
      db.prepare("INSERT INTO note_revisions (id, note_id, title, doc, words, started_at, saved_at) VALUES ('r-old', 'signed', 'x', '{}', 0, 1, 1)").run(),
    ).toThrow('the history of a signed note cannot change');

    db.prepare(`UPDATE notes SET doc = ?, stretch_revision_id = 'r-next', stretch_started_at = ?, stretch_saved_at = ? WHERE id = 'edited'`).run(
      json('third stretch'),
      T0 + 90 * MIN,
      T0 + 90 * MIN,
    );
    expect(db.prepare("SELECT id, doc, started_at, saved_at FROM note_revisions WHERE note_id = 'edited' ORDER BY saved_at").all()).toEqual([
      { id: 'r-ended', doc: json('first stretch'), started_at: T0, saved_at: T0 + 5 * MIN },
      { id: 'r-latest', doc: json('second stretch'), started_at: T0 + 30 * MIN, saved_at: T0 + 40 * MIN },
    ]);

    db.prepare(
      `INSERT INTO notes (id, client_id, kind, title, is_private, doc, words, revision, status, created_at, updated_at)
       VALUES ('raw', 'c1', 'general', 'Raw', 0, '{"type":"doc"}', 0, 1, 'draft', ?, ?)`,
    ).run(T0, T0 + MIN);
    expect(db.prepare("SELECT stretch_started_at, stretch_saved_at, length(stretch_revision_id) AS idLength FROM notes WHERE id = 'raw'").get()).toEqual({
      stretch_started_at: T0,
      stretch_saved_at: T0 + MIN,
      idLength: 32,
    });
    expect(() => db.prepare("UPDATE notes SET stretch_started_at = NULL WHERE id = 'raw'").run()).toThrow('a note keeps its current stretch of editing');
    db.close();
  });
});
