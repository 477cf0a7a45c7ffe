import type Database from 'better-sqlite3-multiple-ciphers';
import { beforeEach, describe, expect } from 'vitest';
import { rebuildSearchIndex } from '../../db/search-rebuild';
import type { AppCore } from '../../electron/app-core';
import type { NoteNode } from '../../shared/notes/note-document';
import { homeworkLink, noteJson, paragraph } from '../support/note-docs';
import { STRONG_PASSPHRASE } from '../support/passphrases';
import { call } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

const MINUTE = 60_000;

/** What the index holds for a record, read beside the core: its words and its date. */
function entryOf(db: Database.Database, target: string, id: string) {
  return db
    .prepare<[string, string], { body: string; updated_at: number }>('SELECT body, updated_at FROM search_documents WHERE target = ? AND target_id = ?')
    .get(target, id);
}

function staleMarks(db: Database.Database) {
  return db
    .prepare<[], { target: string; target_id: string; changed_at: number }>('SELECT target, target_id, changed_at FROM search_stale ORDER BY target, target_id')
    .all();
}

describe('search entries behind an autosave or a logged entry are caught up before any search reads them', () => {
  let clock: number;
  beforeEach(() => {
    clock = Date.UTC(2026, 11, 3, 9);
  });
  vaultTest.override('coreOptions', () => ({ now: () => clock }));

  let core: AppCore;
  let clientId: string;
  vaultTest.beforeEach(async ({ vault }) => {
    core = vault.core;
    clientId = (await call(core, 'clients.create', { displayName: 'Catch Up Client' })).id;
  });

  /** An autosave of a draft: its words replaced by one paragraph (or by the nodes given). */
  const saveDraft = (note: { id: string; revision: number }, words: string | NoteNode[], isPrivate = false) =>
    call(core, 'notes.save', {
      id: note.id,
      baseRevision: note.revision,
      content: typeof words === 'string' ? noteJson(paragraph(words)) : noteJson(...words),
      title: 'Draft',
      isPrivate,
    });

  /** A draft made and saved once with these words, as the editor's first autosave does. */
  async function draft(words: string) {
    const created = await call(core, 'notes.create', { clientId, kind: 'general', title: 'Draft' });
    const saved = await saveDraft(created, words);
    return { id: created.id, revision: saved.revision };
  }
  const ids = async (query: string, includePrivate = false) => (await call(core, 'search.query', { query, includePrivate })).results.map((result) => result.id);

  vaultTest('an autosave marks the note stale; the next search writes its entry, dated by the save, and finds the new words only', async ({ openRaw }) => {
    const db = await openRaw();
    const note = await draft('harbour lanterns at dusk');
    expect(await ids('harbour')).toEqual([note.id]);
    clock += 5 * MINUTE;
    const savedAt = clock;
    await saveDraft(note, 'orchard ladders at dawn');
    clock += MINUTE;

    expect(staleMarks(db)).toEqual([{ target: 'note', target_id: note.id, changed_at: savedAt }]);
    expect(entryOf(db, 'note', note.id)?.body).toBe('harbour lanterns at dusk');

    expect(await ids('orchard')).toEqual([note.id]);
    expect(await ids('harbour')).toEqual([]);
    expect(staleMarks(db)).toEqual([]);
    expect(entryOf(db, 'note', note.id)).toEqual({ body: 'orchard ladders at dawn', updated_at: savedAt });
  });

  vaultTest('a note made private by an autosave is out of a search without private notes at once', async () => {
    const note = await draft('quietly private words');
    expect(await ids('quietly')).toEqual([note.id]);
    await saveDraft(note, 'quietly private words', true);
    expect(await ids('quietly')).toEqual([]);
    expect(await ids('quietly', true)).toEqual([note.id]);
  });

  vaultTest('the vault catches up at unlock what was saved before a lock with no search in between', async ({ openRaw }) => {
    const note = await draft('first words');
    await saveDraft(note, 'second words kept');
    core.lock('user');
    // A search while locked is refused and changes nothing.
    await expect(call(core, 'search.query', { query: 'second' })).rejects.toMatchObject({ code: 'LOCKED' });
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const db = await openRaw();
    expect(staleMarks(db)).toEqual([]);
    expect(entryOf(db, 'note', note.id)?.body).toBe('second words kept');
  });

  vaultTest('signing, discarding and renaming linked homework write or drop the entry at once and clear the mark', async ({ openRaw }) => {
    const db = await openRaw();
    const homework = await call(core, 'homework.create', { clientId, title: 'Breathing log', fields: { type: 'custom', instructions: 'Daily.' } });
    const linked = await draft('before the link');
    await saveDraft(linked, [paragraph('see ', homeworkLink(homework.id))]);
    const signed = await draft('to be signed');
    const signedSave = await saveDraft(signed, 'signed words');
    const deleted = await draft('to be deleted');
    await saveDraft(deleted, 'deleted words');
    expect(
      staleMarks(db)
        .map((mark) => mark.target_id)
        .sort(),
    ).toEqual([linked.id, signed.id, deleted.id].sort());

    await call(core, 'homework.update', {
      id: homework.id,
      title: 'Evening breathing log',
      dueDate: homework.dueDate,
      fields: homework.fields,
      status: homework.status,
      outcome: homework.outcome,
    });
    expect(entryOf(db, 'note', linked.id)?.body).toBe('see Evening breathing log');
    await call(core, 'notes.sign', { id: signed.id, baseRevision: signedSave.revision, signerName: 'Dr. Catch' });
    expect(entryOf(db, 'note', signed.id)?.body).toBe('signed words');
    await call(core, 'notes.discardDraft', { id: deleted.id });
    expect(entryOf(db, 'note', deleted.id)).toBeUndefined();
    expect(staleMarks(db)).toEqual([]);
  });

  vaultTest('a timeline entry with words marks the session; a vital sign does not; the search finds the words', async ({ openRaw }) => {
    const db = await openRaw();
    const protocol = (await call(core, 'protocols.list', {})).protocols.find((candidate) => candidate.route === 'im')!;
    const session = await call(core, 'sessions.plan', { clientId, protocolId: protocol.id, plannedDoseMg: 50 });
    await call(core, 'sessions.checkIn', { id: session.id, readiness: {} });
    await call(core, 'sessions.logEvent', {
      sessionId: session.id,
      entry: { kind: 'vitals', vitals: { systolic: 128, diastolic: 82, heartRate: 70, spo2: 98 } },
    });
    expect(staleMarks(db)).toEqual([]);
    clock += MINUTE;
    const observedAt = clock;
    await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'observation', text: 'Humming a lullaby softly' } });
    clock += MINUTE;
    await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'sedation', moaas: 4 } });
    expect(staleMarks(db)).toEqual([{ target: 'session', target_id: session.id, changed_at: observedAt }]);

    expect(await ids('lullaby')).toEqual([session.id]);
    expect(staleMarks(db)).toEqual([]);
    expect(entryOf(db, 'session', session.id)?.updated_at).toBe(observedAt);
  });

  vaultTest('a rebuild of the whole index (after a migration that asks for one) dates a stale entry by its mark, as a catch-up would', async ({ openRaw }) => {
    const note = await draft('words before');
    expect(await ids('before')).toEqual([note.id]);
    clock += 3 * MINUTE;
    const savedAt = clock;
    await saveDraft(note, 'words rebuilt');
    const db = await openRaw();
    rebuildSearchIndex(db);
    expect(staleMarks(db)).toEqual([]);
    expect(entryOf(db, 'note', note.id)).toEqual({ body: 'words rebuilt', updated_at: savedAt });
  });

  vaultTest('a rebuild writes a stale note from the note: the title and privacy of its last autosave, not of its old entry', async ({ openRaw }) => {
    const note = await draft('lanterns before the rebuild');
    expect(await ids('lanterns')).toEqual([note.id]);
    await call(core, 'notes.save', {
      id: note.id,
      baseRevision: note.revision,
      content: noteJson(paragraph('lanterns before the rebuild')),
      title: 'Renamed in the last autosave',
      isPrivate: true,
    });
    const db = await openRaw();
    rebuildSearchIndex(db);
    expect(staleMarks(db)).toEqual([]);
    const entry = db
      .prepare<[string], { title: string; is_private: number }>("SELECT title, is_private FROM search_documents WHERE target = 'note' AND target_id = ?")
      .get(note.id);
    expect(entry).toEqual({ title: 'Renamed in the last autosave', is_private: 1 });
    expect(await ids('lanterns')).toEqual([]);
    expect(await ids('renamed', true)).toEqual([note.id]);
  });

  vaultTest('a rebuild over a damaged note and a damaged session keeps their entries and marks, and rebuilds the rest', async ({ openRaw }) => {
    const damaged = await draft('sturdy words first');
    const healthy = await draft('healthy words first');
    expect(await ids('first')).toHaveLength(2);
    clock += MINUTE;
    const savedAt = clock;
    await saveDraft(damaged, 'sturdy words later');
    await saveDraft(healthy, 'healthy words later');
    const protocol = (await call(core, 'protocols.list', {})).protocols.find((candidate) => candidate.route === 'im')!;
    const session = await call(core, 'sessions.plan', { clientId, protocolId: protocol.id, plannedDoseMg: 50 });
    await call(core, 'sessions.checkIn', { id: session.id, readiness: {}, intention: 'to meet the lighthouse keeper' });
    const db = await openRaw();
    db.prepare('UPDATE notes SET doc = ? WHERE id = ?').run('{"type":"doc","content":[{"type":"unknown-node"}]}', damaged.id);
    db.prepare('UPDATE sessions SET protocol_snapshot = ? WHERE id = ?').run('{"not":"a protocol"}', session.id);

    rebuildSearchIndex(db);
    expect(staleMarks(db)).toEqual([{ target: 'note', target_id: damaged.id, changed_at: savedAt }]);
    expect(entryOf(db, 'note', damaged.id)?.body).toBe('sturdy words first');
    expect(entryOf(db, 'note', healthy.id)?.body).toBe('healthy words later');
    expect(entryOf(db, 'session', session.id)?.body).toContain('lighthouse keeper');
  });

  vaultTest('a damaged note keeps its mark and its last entry; the other marked records are caught up and searches answer', async ({ openRaw }) => {
    const damaged = await draft('sturdy words first');
    const healthy = await draft('healthy words first');
    expect(await ids('first')).toHaveLength(2);
    await saveDraft(damaged, 'sturdy words later');
    await saveDraft(healthy, 'healthy words later');
    const db = await openRaw();
    db.prepare('UPDATE notes SET doc = ? WHERE id = ?').run('{"type":"doc","content":[{"type":"unknown-node"}]}', damaged.id);

    expect(await ids('later')).toEqual([healthy.id]);
    expect(staleMarks(db).map((mark) => mark.target_id)).toEqual([damaged.id]);
    expect(entryOf(db, 'note', damaged.id)?.body).toBe('sturdy words first');
    await expect(call(core, 'notes.get', { id: damaged.id })).rejects.toMatchObject({ code: 'VAULT_DAMAGED' });
  });

  vaultTest(
    'a catch-up that fails as the vault opens leaves it opening; the marks wait, and the search reports the failure until it passes',
    async ({ openRaw }) => {
      const note = await draft('before the failure');
      await saveDraft(note, 'after the failure');
      core.lock('user');
      const raw = await openRaw();
      raw.exec("CREATE TRIGGER refuse_entries BEFORE UPDATE ON search_documents BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");
      await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
      expect(staleMarks(raw).map((mark) => mark.target_id)).toEqual([note.id]);
      await expect(call(core, 'search.query', { query: 'after' })).rejects.toMatchObject({ code: 'INVALID' });
      raw.exec('DROP TRIGGER refuse_entries');
      expect(await ids('after')).toEqual([note.id]);
      expect(staleMarks(raw)).toEqual([]);
    },
  );
});
