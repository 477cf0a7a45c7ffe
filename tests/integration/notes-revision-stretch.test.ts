import type Database from 'better-sqlite3-multiple-ciphers';
import { beforeEach, describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import type { NoteNode } from '../../shared/notes/note-document';
import { heading, homeworkLink, noteDoc, noteJson, paragraph } from '../support/note-docs';
import { call } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);

interface StoredRevision {
  id: string;
  doc: string;
  started_at: number;
  saved_at: number;
}

/**
 * How revisions are stored (docs/decisions/0058): the latest stretch of editing lives in the note
 * row, and note_revisions holds only ended stretches, each written once, with the content it ended
 * with; a save writes only the link rows that changed, and the full-text index only when the
 * words changed. What the user sees (notes.revisions,
 * notes.revision) is pinned in notes.test.ts.
 */
describe('what a note save writes: ended stretches as revisions, changed links', () => {
  let core: AppCore;
  let clock: number;
  let clientId: string;
  let raw: Database.Database;

  vaultTest.override('coreOptions', { now: () => clock });
  beforeEach(() => {
    clock = T0;
  });
  vaultTest.beforeEach(async ({ vault, openRaw }) => {
    core = vault.core;
    raw = await openRaw();
    clientId = (await call(core, 'clients.create', { displayName: 'Stretch Client' })).id;
  });

  const storedRevisions = (noteId: string) =>
    raw.prepare('SELECT id, doc, started_at, saved_at FROM note_revisions WHERE note_id = ? ORDER BY rowid').all(noteId) as StoredRevision[];

  async function saveAt(id: string, baseRevision: number, ...content: NoteNode[]) {
    return core.dispatch('notes.save', { id, baseRevision, content: noteJson(...content), title: 'Call', isPrivate: false });
  }

  vaultTest('saves within a stretch write no revision row; the first save after a pause files the old content once', async () => {
    const note = await call(core, 'notes.create', { clientId, kind: 'general', title: 'Call' });
    clock += 2 * MIN;
    await saveAt(note.id, 1, paragraph('first words'));
    clock += 5 * MIN;
    await saveAt(note.id, 2, paragraph('first words, more'));
    expect(storedRevisions(note.id)).toEqual([]);
    const [current] = (await call(core, 'notes.revisions', { noteId: note.id })).revisions;

    clock += 30 * MIN;
    await saveAt(note.id, 3, paragraph('after the pause'));
    clock += MIN;
    await saveAt(note.id, 4, paragraph('after the pause, more'));
    const stored = storedRevisions(note.id);
    expect(stored).toEqual([{ id: current!.id, doc: JSON.stringify(noteDoc(paragraph('first words, more'))), started_at: T0, saved_at: T0 + 7 * MIN }]);
    const history = (await call(core, 'notes.revisions', { noteId: note.id })).revisions;
    expect(history.map((revision) => [revision.startedAt, revision.savedAt])).toEqual([
      [T0 + 37 * MIN, T0 + 38 * MIN],
      [T0, T0 + 7 * MIN],
    ]);
    expect((await call(core, 'notes.revision', { noteId: note.id, revisionId: history[0]!.id })).doc).toEqual(noteDoc(paragraph('after the pause, more')));
  });

  vaultTest('a second window saving from the same revision across a stretch boundary gets CONFLICT and files nothing', async () => {
    const note = await call(core, 'notes.create', { clientId, kind: 'general', title: 'Call' });
    await saveAt(note.id, 1, paragraph('both windows opened this'));
    clock += 20 * MIN;
    // Both windows hold revision 2; window one lands first, starting a new stretch.
    expect(await saveAt(note.id, 2, paragraph('window one'))).toMatchObject({ ok: true });
    expect(await saveAt(note.id, 2, paragraph('window two'))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    clock += 20 * MIN;
    expect(await saveAt(note.id, 2, paragraph('window two again'))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    expect(storedRevisions(note.id).map((revision) => revision.doc)).toEqual([JSON.stringify(noteDoc(paragraph('both windows opened this')))]);
    const fresh = await call(core, 'notes.get', { id: note.id });
    expect(fresh).toMatchObject({ revision: 3, doc: noteDoc(paragraph('window one')) });
    expect((await call(core, 'notes.revisions', { noteId: note.id })).revisions).toHaveLength(2);
  });

  vaultTest('a save that fails after its note row was written leaves the previous note and history as they were', async () => {
    const note = await call(core, 'notes.create', { clientId, kind: 'general', title: 'Call' });
    await saveAt(note.id, 1, paragraph('kept'));
    const before = { note: await call(core, 'notes.get', { id: note.id }), revisions: await call(core, 'notes.revisions', { noteId: note.id }) };
    // The search entry's stale mark is written last, after the note row, the filed revision and the
    // links (inserted by the first save, updated by later ones): failing there fails the whole transaction.
    for (const event of ['INSERT', 'UPDATE'])
      raw.exec(`CREATE TRIGGER fail_mid_save_${event} BEFORE ${event} ON search_stale BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
    clock += 20 * MIN;
    expect(await saveAt(note.id, 2, paragraph('lost'))).toMatchObject({ ok: false });
    for (const event of ['INSERT', 'UPDATE']) raw.exec(`DROP TRIGGER fail_mid_save_${event}`);

    expect(await call(core, 'notes.get', { id: note.id })).toEqual(before.note);
    expect(await call(core, 'notes.revisions', { noteId: note.id })).toEqual(before.revisions);
    expect(storedRevisions(note.id)).toEqual([]);
    expect(await saveAt(note.id, 2, paragraph('saved after all'))).toMatchObject({ ok: true });
    expect(storedRevisions(note.id).map((revision) => revision.doc)).toEqual([JSON.stringify(noteDoc(paragraph('kept')))]);
  });

  vaultTest('a save writes only the link rows that changed', async () => {
    const [walk, diary, breath] = await Promise.all(
      ['Walk', 'Diary', 'Breathing'].map((title) => call(core, 'homework.create', { clientId, title, fields: { type: 'custom', instructions: 'Once a day' } })),
    );
    const note = await call(core, 'notes.create', { clientId, kind: 'general', title: 'Call' });
    await saveAt(note.id, 1, paragraph(homeworkLink(walk!.id), homeworkLink(diary!.id)));
    raw.exec(`
      CREATE TABLE link_writes (what TEXT NOT NULL, target_id TEXT NOT NULL);
      CREATE TRIGGER link_inserted AFTER INSERT ON note_links BEGIN INSERT INTO link_writes VALUES ('insert', NEW.target_id); END;
      CREATE TRIGGER link_deleted AFTER DELETE ON note_links BEGIN INSERT INTO link_writes VALUES ('delete', OLD.target_id); END;
    `);
    const writes = () => raw.prepare('SELECT what, target_id AS id FROM link_writes ORDER BY rowid').all();

    await saveAt(note.id, 2, paragraph('typed ', homeworkLink(walk!.id), homeworkLink(diary!.id)));
    expect(writes()).toEqual([]);
    await saveAt(note.id, 3, paragraph(homeworkLink(walk!.id), homeworkLink(breath!.id), homeworkLink(walk!.id)));
    expect(writes()).toEqual([
      { what: 'delete', id: diary!.id },
      { what: 'insert', id: breath!.id },
    ]);
    expect((await call(core, 'homework.get', { id: breath!.id })).backlinks.map((link) => link.noteId)).toEqual([note.id]);
    expect((await call(core, 'homework.get', { id: diary!.id })).backlinks).toEqual([]);
    raw.exec('DROP TRIGGER link_inserted; DROP TRIGGER link_deleted; DROP TABLE link_writes');
  });

  vaultTest('a save whose words did not change leaves the full-text index alone; one that changed them updates it', async () => {
    const note = await call(core, 'notes.create', { clientId, kind: 'general', title: 'Call' });
    await saveAt(note.id, 1, paragraph('Walked by the harbour'));
    // FTS5's structure record changes with every write to the index.
    const indexState = () => raw.prepare('SELECT block FROM search_index_data WHERE id = 10').pluck().get() as Buffer;
    const found = async (query: string) => (await call(core, 'search.query', { query })).results.map((result) => result.id);
    const before = indexState();

    await saveAt(note.id, 2, heading('Walked by the harbour'));
    expect(indexState().equals(before)).toBe(true);
    expect(await found('harbour')).toEqual([note.id]);

    await saveAt(note.id, 3, heading('Walked by the lighthouse'));
    expect(indexState().equals(before)).toBe(false);
    expect(await found('harbour')).toEqual([]);
    expect(await found('lighthouse')).toEqual([note.id]);
  });

  vaultTest('the schema refuses a note without a current stretch', async () => {
    const note = await call(core, 'notes.create', { clientId, kind: 'general', title: 'Call' });
    expect(() => raw.prepare('UPDATE notes SET stretch_revision_id = NULL WHERE id = ?').run(note.id)).toThrow('a note keeps its current stretch of editing');
    expect(() => raw.prepare('UPDATE notes SET stretch_saved_at = NULL WHERE id = ?').run(note.id)).toThrow('a note keeps its current stretch of editing');
  });
});
