import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { beforeEach, describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import type { Note } from '../../shared/contract/notes';
import { signatureHolds } from '../../electron/handlers/notes/note-signature';
import { canonicalSignedAddendum, canonicalSignedNote } from '../../shared/notes/canonical-note';
import type { NoteNode } from '../../shared/notes/note-document';
import { NOTE_TEMPLATES } from '../../shared/notes/note-templates';
import { heading, homeworkLink, noteDoc, noteJson, paragraph, promptBlock } from '../support/note-docs';
import { call } from '../support/temp-vault';
import { STRONG_PASSPHRASE } from '../support/passphrases';
import { type OpenRaw, vaultTest } from '../support/vault-fixture';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);
const SIGNER = 'Dr. Rowan Example, PsyD';

const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

describe('notes on a real vault', () => {
  let core: AppCore;
  let clock: number;
  let clientId: string;
  let otherClientId: string;
  let openRaw: OpenRaw;
  let raw: Database.Database | null;

  vaultTest.override('coreOptions', { now: () => clock });
  beforeEach(() => {
    clock = T0; // before the vault is made: the fixture's core reads it
    raw = null;
  });
  vaultTest.beforeEach(async ({ vault, openRaw: opener }) => {
    core = vault.core;
    openRaw = opener;
    clientId = (await call(core, 'clients.create', { displayName: 'Note Client' })).id;
    otherClientId = (await call(core, 'clients.create', { displayName: 'Other Client' })).id;
  });

  async function rawDb(): Promise<Database.Database> {
    raw ??= await openRaw();
    return raw;
  }

  async function sessionOf(client: string) {
    const protocol = (await call(core, 'protocols.list', {})).protocols.find((one) => one.route === 'im' && one.isDefault)!;
    return call(core, 'sessions.plan', { clientId: client, protocolId: protocol.id, plannedDoseMg: 50 });
  }

  async function homeworkOf(client: string, title = 'Daily walk') {
    return call(core, 'homework.create', { clientId: client, title, fields: { type: 'custom', instructions: 'Walk for ten minutes' } });
  }

  async function generalNote(title = 'Phone call'): Promise<Note> {
    return call(core, 'notes.create', { clientId, kind: 'general', title });
  }

  /** Saves new content on top of the note's current revision; answers the fresh note. */
  async function save(id: string, ...content: NoteNode[]): Promise<Note> {
    const current = await call(core, 'notes.get', { id });
    await call(core, 'notes.save', { id, baseRevision: current.revision, content: noteJson(...content), title: current.title, isPrivate: current.isPrivate });
    return call(core, 'notes.get', { id });
  }

  async function signed(id: string): Promise<Note> {
    const current = await call(core, 'notes.get', { id });
    return call(core, 'notes.sign', { id, baseRevision: current.revision, signerName: SIGNER });
  }

  describe('create', () => {
    vaultTest('starts each kind from its template', async () => {
      const session = await sessionOf(clientId);
      const note = await call(core, 'notes.create', { clientId, kind: 'session', sessionId: session.id });
      expect(note).toMatchObject({
        clientId,
        sessionId: session.id,
        kind: 'session',
        title: 'Session note',
        status: 'draft',
        revision: 1,
        isPrivate: false,
        signedAt: null,
        contentHash: null,
        addenda: [],
      });
      expect(note.doc).toEqual(NOTE_TEMPLATES.session());
      expect(note.words).toBeGreaterThan(0);
      const integration = await call(core, 'notes.create', { clientId, kind: 'integration', isPrivate: true, title: '  Week two  ' });
      expect(integration).toMatchObject({ kind: 'integration', title: 'Week two', isPrivate: true, sessionId: null });
      expect(integration.doc).toEqual(NOTE_TEMPLATES.integration());
      expect((await call(core, 'notes.listForClient', { clientId })).notes.map((one) => one.id).sort()).toEqual([note.id, integration.id].sort());
    });

    vaultTest("fills a note linked to a session with its intention, the client's words and the planned prompts", async () => {
      const session = await sessionOf(clientId);
      await call(core, 'sessions.checkIn', { id: session.id, readiness: {}, intention: 'To meet the grief, not fix it.' });
      await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'quote', text: 'The ocean, finally, was holding me.' } });
      const withdrawn = await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'quote', text: 'Logged in the wrong session.' } });
      await call(core, 'sessions.retractEvent', { sessionId: session.id, eventId: withdrawn.event.id, reason: 'Wrong session' });
      await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'observation', text: 'Tearful at the peak.' } });
      const prompt = (await call(core, 'prompts.list', {})).prompts[0]!;
      await call(core, 'prompts.setSessionPlan', { sessionId: session.id, promptIds: [prompt.id] });

      const note = await call(core, 'notes.create', { clientId, kind: 'session', sessionId: session.id });
      const text = JSON.stringify(note.doc);
      expect(text).toContain('To meet the grief, not fix it.');
      expect(text).toContain('The ocean, finally, was holding me.');
      expect(text).toContain(prompt.text);
      expect(text).not.toContain('Logged in the wrong session.');
      expect(text).not.toContain('Tearful at the peak.');
      // The planned prompt is a prompt block, so its link is kept like one the therapist inserted.
      const links = (await rawDb()).prepare('SELECT target_kind, target_id FROM note_links WHERE note_id = ? ORDER BY target_kind').all(note.id);
      expect(links).toContainEqual({ target_kind: 'prompt', target_id: prompt.id });
      // Searchable at once, like any saved note.
      const found = await call(core, 'search.query', { query: 'ocean holding' });
      expect(found.results.map((result) => result.id)).toContain(note.id);
    });

    vaultTest("needs a session for a session note, and refuses another client's session", async () => {
      expect(await core.dispatch('notes.create', { clientId, kind: 'session' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
      const theirs = await sessionOf(otherClientId);
      const refused = await core.dispatch('notes.create', { clientId, kind: 'session', sessionId: theirs.id });
      expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID' } });
      expect(refused.ok === false && refused.error.message).toContain('sessionId');
      expect(await core.dispatch('notes.create', { clientId, kind: 'general', sessionId: theirs.id })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
      expect(await core.dispatch('notes.create', { clientId: 'no-such-client', kind: 'general' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect((await call(core, 'notes.listForClient', { clientId })).notes).toEqual([]);
    });

    vaultTest('links a session note to its session in the database', async () => {
      const session = await sessionOf(clientId);
      const note = await call(core, 'notes.create', { clientId, kind: 'session', sessionId: session.id });
      const db = await rawDb();
      expect(db.prepare('SELECT target_kind, target_id FROM note_links WHERE note_id = ?').all(note.id)).toEqual([
        { target_kind: 'session', target_id: session.id },
      ]);
      const homework = await homeworkOf(clientId);
      await save(note.id, paragraph('Assigned ', homeworkLink(homework.id)));
      expect(db.prepare('SELECT target_kind, target_id FROM note_links WHERE note_id = ? ORDER BY target_kind').all(note.id)).toEqual([
        { target_kind: 'homework', target_id: homework.id },
        { target_kind: 'session', target_id: session.id },
      ]);
    });
  });

  describe('save', () => {
    vaultTest('bumps the revision and answers only what a fresh read shows', async () => {
      const note = await generalNote();
      clock += MIN;
      const saved = await call(core, 'notes.save', {
        id: note.id,
        baseRevision: 1,
        content: noteJson(heading('Call'), paragraph('Slept better this week')),
        title: 'Call',
        isPrivate: true,
      });
      const fresh = await call(core, 'notes.get', { id: note.id });
      expect(saved).toEqual({ id: note.id, revision: 2, updatedAt: T0 + MIN, words: 5 });
      expect(fresh).toMatchObject({ revision: saved.revision, updatedAt: saved.updatedAt, words: saved.words, title: 'Call', isPrivate: true });
      expect(fresh.doc).toEqual(noteDoc(heading('Call'), paragraph('Slept better this week')));
      const again = await call(core, 'notes.save', { id: note.id, baseRevision: 2, content: noteJson(paragraph('Third')), title: 'Call', isPrivate: false });
      expect(again.revision).toBe(3);
      expect((await call(core, 'notes.get', { id: note.id })).revision).toBe(3);
    });

    vaultTest('answers CONFLICT on a stale base revision and keeps the newer content', async () => {
      const note = await generalNote();
      await call(core, 'notes.save', { id: note.id, baseRevision: 1, content: noteJson(paragraph('from window one')), title: 'T', isPrivate: false });
      const stale = await core.dispatch('notes.save', {
        id: note.id,
        baseRevision: 1,
        content: noteJson(paragraph('from window two')),
        title: 'T',
        isPrivate: false,
      });
      expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      const ahead = await core.dispatch('notes.save', {
        id: note.id,
        baseRevision: 7,
        content: noteJson(paragraph('from the future')),
        title: 'T',
        isPrivate: false,
      });
      expect(ahead).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      const fresh = await call(core, 'notes.get', { id: note.id });
      expect(fresh.revision).toBe(2);
      expect(fresh.doc).toEqual(noteDoc(paragraph('from window one')));
    });

    vaultTest('refuses content outside the schema, naming the path and not the content', async () => {
      const note = await generalNote();
      const SECRET = 'Sentinel-Heron-9921';
      for (const content of [
        JSON.stringify({ type: 'doc', content: [{ type: 'image', attrs: { src: SECRET } }] }),
        JSON.stringify({
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: SECRET, marks: [{ type: 'link', attrs: { href: SECRET } }] }] }],
        }),
        `{"type":"doc","content":[${SECRET}`,
        JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', attrs: { onerror: SECRET } }] }),
      ]) {
        const result = await core.dispatch('notes.save', { id: note.id, baseRevision: 1, content, title: 'T', isPrivate: false });
        expect(result).toMatchObject({ ok: false, error: { code: 'INVALID' } });
        if (!result.ok) {
          expect(result.error.message).toContain('content');
          expect(result.error.message).not.toContain(SECRET);
        }
      }
      expect((await call(core, 'notes.get', { id: note.id })).revision).toBe(1);
    });

    vaultTest('answers NOT_FOUND for a note that does not exist', async () => {
      expect(await core.dispatch('notes.save', { id: 'missing', baseRevision: 1, content: noteJson(paragraph()), title: 'T', isPrivate: false })).toMatchObject(
        {
          ok: false,
          error: { code: 'NOT_FOUND' },
        },
      );
    });
  });

  describe('links and backlinks', () => {
    vaultTest('writes homework links on save and follows the document when a link is removed', async () => {
      const walk = await homeworkOf(clientId, 'Daily walk');
      const record = await homeworkOf(clientId, 'Thought record');
      const note = await generalNote('Review');
      await save(note.id, paragraph('Agreed on ', homeworkLink(walk.id), ' and ', homeworkLink(record.id)), paragraph(homeworkLink(walk.id)));
      const backlinks = (await call(core, 'homework.get', { id: walk.id })).backlinks;
      expect(backlinks).toEqual([{ noteId: note.id, kind: 'general', title: 'Review', status: 'draft', createdAt: T0 }]);
      expect((await call(core, 'homework.get', { id: record.id })).backlinks.map((link) => link.noteId)).toEqual([note.id]);

      await save(note.id, paragraph('Agreed on ', homeworkLink(record.id)));
      expect((await call(core, 'homework.get', { id: walk.id })).backlinks).toEqual([]);
      expect((await call(core, 'homework.get', { id: record.id })).backlinks.map((link) => link.noteId)).toEqual([note.id]);
      const db = await rawDb();
      expect(db.prepare('SELECT target_kind, target_id FROM note_links WHERE note_id = ?').all(note.id)).toEqual([
        { target_kind: 'homework', target_id: record.id },
      ]);
    });

    vaultTest('keeps prompt links from prompt blocks, and refuses a prompt that does not exist', async () => {
      const prompt = (await call(core, 'prompts.list', {})).prompts[0]!;
      const note = await generalNote();
      await save(note.id, promptBlock(prompt.id, prompt.text, paragraph('Answer')));
      const db = await rawDb();
      expect(db.prepare('SELECT target_kind, target_id FROM note_links WHERE note_id = ?').all(note.id)).toEqual([
        { target_kind: 'prompt', target_id: prompt.id },
      ]);
      const current = await call(core, 'notes.get', { id: note.id });
      const missing = await core.dispatch('notes.save', {
        id: note.id,
        baseRevision: current.revision,
        content: noteJson(promptBlock('no-such-prompt', 'Q?')),
        title: 'T',
        isPrivate: false,
      });
      expect(missing).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    });

    vaultTest("refuses a link to another client's homework, or to none, and saves nothing", async () => {
      const ours = await homeworkOf(clientId);
      const theirs = await homeworkOf(otherClientId, 'Their homework');
      const note = await generalNote();
      const before = await save(note.id, paragraph('Linked ', homeworkLink(ours.id)));
      for (const id of [theirs.id, 'no-such-homework']) {
        const result = await core.dispatch('notes.save', {
          id: note.id,
          baseRevision: before.revision,
          content: noteJson(paragraph('Changed ', homeworkLink(id))),
          title: 'Changed',
          isPrivate: false,
        });
        expect(result).toMatchObject({ ok: false, error: { code: 'INVALID' } });
      }
      const after = await call(core, 'notes.get', { id: note.id });
      expect(after).toEqual(before);
      expect((await call(core, 'homework.get', { id: theirs.id })).backlinks).toEqual([]);
      expect((await call(core, 'homework.get', { id: ours.id })).backlinks.map((link) => link.noteId)).toEqual([note.id]);
      expect((await call(core, 'notes.revisions', { noteId: note.id })).revisions.map((revision) => revision.title)).toEqual(['Phone call']);
    });
  });

  describe('sign', () => {
    vaultTest('stores the SHA-256 of the canonical form and remembers the signer', async () => {
      const session = await sessionOf(clientId);
      const draft = await call(core, 'notes.create', { clientId, kind: 'session', sessionId: session.id });
      await save(draft.id, heading('Experience'), paragraph('Saw the whole valley'));
      clock += 5 * MIN;
      const note = await signed(draft.id);
      expect(note).toMatchObject({ status: 'signed', signedBy: SIGNER, signedAt: T0 + 5 * MIN });
      const expected = sha256(
        canonicalSignedNote({
          noteId: note.id,
          clientId,
          sessionId: session.id,
          kind: 'session',
          isPrivate: false,
          title: 'Session note',
          doc: noteDoc(heading('Experience'), paragraph('Saw the whole valley')),
          homework: [],
          signedBy: SIGNER,
          signedAt: T0 + 5 * MIN,
        }),
      );
      expect(note.contentHash).toBe(expected);
      expect((await call(core, 'settings.get', {})).clinicianName).toBe(SIGNER);
      // Still the same after the vault is closed and reopened.
      core.lock('user');
      await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
      expect((await call(core, 'notes.get', { id: note.id })).contentHash).toBe(expected);
    });

    vaultTest('keeps what each homework link said at signing under the hash, whatever the homework becomes', async () => {
      const walk = await homeworkOf(clientId, 'Walk in the park');
      const draft = await generalNote();
      await save(draft.id, paragraph('Continue with ', homeworkLink(walk.id), ' this week'));
      clock += MIN;
      const note = await signed(draft.id);
      const asSigned = [{ id: walk.id, title: 'Walk in the park', status: 'assigned' }];
      expect(note).toMatchObject({ signedFormat: 'kap-note/2', signedHomework: asSigned });
      const { fields } = walk;
      await call(core, 'homework.update', { id: walk.id, title: 'Evening walk', fields, status: 'reviewed', outcome: 'Went twice' });

      const after = await call(core, 'notes.get', { id: note.id });
      expect(after.signedHomework).toEqual(asSigned);
      expect(after.contentHash).toBe(note.contentHash);
      expect(signatureHolds(after)).toBe(true);
      expect(after.contentHash).toBe(
        sha256(
          canonicalSignedNote({
            noteId: note.id,
            clientId,
            sessionId: null,
            kind: 'general',
            isPrivate: false,
            title: 'Phone call',
            doc: noteDoc(paragraph('Continue with ', homeworkLink(walk.id), ' this week')),
            homework: [{ id: walk.id, title: 'Walk in the park', status: 'assigned' }],
            signedBy: SIGNER,
            signedAt: T0 + MIN,
          }),
        ),
      );
      // Had the hash covered the link's id only, the rename would go unseen.
      expect(signatureHolds({ ...after, signedHomework: [{ id: walk.id, title: 'Evening walk', status: 'reviewed' }] })).toBe(false);

      core.lock('user');
      const db = await rawDb();
      expect(() => db.prepare("UPDATE note_signed_homework SET title = 'Evening walk'").run()).toThrow(/fixed when it was signed/);
      expect(() => db.prepare('DELETE FROM note_signed_homework').run()).toThrow(/fixed when it was signed/);
      expect(() =>
        db.prepare("INSERT INTO note_signed_homework (note_id, homework_id, position, title, status) VALUES (?, ?, 1, 'x', 'assigned')").run(note.id, walk.id),
      ).toThrow(/fixed when it was signed/);
    });

    vaultTest('answers SIGNED to every change once signed', async () => {
      const note = await signed((await generalNote()).id);
      const revision = note.revision;
      expect(
        await core.dispatch('notes.save', { id: note.id, baseRevision: revision, content: noteJson(paragraph('late edit')), title: 'x', isPrivate: false }),
      ).toMatchObject({
        ok: false,
        error: { code: 'SIGNED' },
      });
      expect(await core.dispatch('notes.sign', { id: note.id, baseRevision: revision, signerName: 'Someone Else' })).toMatchObject({
        ok: false,
        error: { code: 'SIGNED' },
      });
      const [first] = (await call(core, 'notes.revisions', { noteId: note.id })).revisions;
      expect(await core.dispatch('notes.restoreRevision', { noteId: note.id, revisionId: first!.id, baseRevision: revision })).toMatchObject({
        ok: false,
        error: { code: 'SIGNED' },
      });
      expect(await core.dispatch('notes.discardDraft', { id: note.id })).toMatchObject({ ok: false, error: { code: 'SIGNED' } });
      expect(await call(core, 'notes.get', { id: note.id })).toEqual(note);
    });

    vaultTest('answers CONFLICT when signing from a stale revision', async () => {
      const note = await generalNote();
      await save(note.id, paragraph('newer'));
      expect(await core.dispatch('notes.sign', { id: note.id, baseRevision: 1, signerName: SIGNER })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect((await call(core, 'notes.get', { id: note.id })).status).toBe('draft');
    });

    vaultTest('the database itself refuses to change a signed note, its history or its links', async () => {
      const homework = await homeworkOf(clientId);
      const draft = await generalNote();
      await save(draft.id, paragraph('Linked ', homeworkLink(homework.id)));
      // A second stretch, so the history holds an ended revision besides the note's own.
      clock += 20 * MIN;
      await save(draft.id, paragraph('Linked again ', homeworkLink(homework.id)));
      const note = await signed(draft.id);
      const draftNote = await generalNote('Still a draft');
      const db = await rawDb();
      expect(() => db.prepare("UPDATE notes SET title = 'x' WHERE id = ?").run(note.id)).toThrow('a signed note cannot change: add an addendum instead');
      expect(() => db.prepare("UPDATE notes SET status = 'draft', signed_at = NULL, signed_by = NULL, content_hash = NULL WHERE id = ?").run(note.id)).toThrow(
        /a signed note cannot change/,
      );
      expect(() => db.prepare('DELETE FROM notes WHERE id = ?').run(note.id)).toThrow('a signed note cannot be deleted');
      expect(() => db.prepare("INSERT INTO note_links (note_id, target_kind, target_id) VALUES (?, 'homework', 'forged')").run(note.id)).toThrow(
        'the links of a signed note cannot change',
      );
      expect(() => db.prepare('DELETE FROM note_links WHERE note_id = ?').run(note.id)).toThrow('the links of a signed note cannot change');
      expect(() =>
        db.prepare("INSERT INTO note_revisions (id, note_id, title, doc, words, started_at, saved_at) VALUES ('forged', ?, 't', '{}', 0, 1, 1)").run(note.id),
      ).toThrow('the history of a signed note cannot change');
      expect(() => db.prepare("UPDATE note_revisions SET title = 'x' WHERE note_id = ?").run(note.id)).toThrow('the history of a signed note cannot change');
      expect(() => db.prepare('DELETE FROM note_revisions WHERE note_id = ?').run(note.id)).toThrow('the history of a signed note cannot change');
      expect(() => db.prepare("UPDATE notes SET stretch_revision_id = 'forged' WHERE id = ?").run(note.id)).toThrow(/a signed note cannot change/);
      // A draft stays editable at the database, so the triggers are not simply refusing everything.
      expect(db.prepare("UPDATE notes SET title = 'ok' WHERE id = ?").run(draftNote.id).changes).toBe(1);
      expect(await call(core, 'notes.get', { id: note.id })).toEqual(note);
      expect((await call(core, 'homework.get', { id: homework.id })).backlinks).toEqual([
        { noteId: note.id, kind: 'general', title: 'Phone call', status: 'signed', createdAt: T0 },
      ]);
    });
  });

  describe('addenda', () => {
    vaultTest('are taken only by signed notes and chain to the note hash', async () => {
      const draft = await generalNote();
      expect(await core.dispatch('notes.addAddendum', { noteId: draft.id, text: 'Too early' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      const note = await signed(draft.id);
      clock += DAY;
      const withOne = await call(core, 'notes.addAddendum', { noteId: note.id, text: '  Correction: the dose was 50 mg.  ' });
      expect(withOne.addenda).toHaveLength(1);
      const [addendum] = withOne.addenda;
      expect(addendum).toMatchObject({ text: 'Correction: the dose was 50 mg.', signedBy: SIGNER, createdAt: T0 + DAY });
      expect(addendum!.contentHash).toBe(
        sha256(
          canonicalSignedAddendum({
            addendumId: addendum!.id,
            noteId: note.id,
            noteHash: note.contentHash!,
            text: 'Correction: the dose was 50 mg.',
            signedBy: SIGNER,
            signedAt: T0 + DAY,
          }),
        ),
      );
      clock += MIN;
      const withTwo = await call(core, 'notes.addAddendum', { noteId: note.id, text: 'Second addendum' });
      expect(withTwo.addenda.map((one) => one.text)).toEqual(['Correction: the dose was 50 mg.', 'Second addendum']);
      expect(withTwo.contentHash).toBe(note.contentHash);
      expect(withTwo.doc).toEqual(note.doc);
    });

    vaultTest('cannot be changed or removed at the database, nor added to a draft', async () => {
      const note = await signed((await generalNote()).id);
      await call(core, 'notes.addAddendum', { noteId: note.id, text: 'Addendum' });
      const draft = await generalNote('Draft');
      const db = await rawDb();
      expect(() => db.prepare("UPDATE note_addenda SET text = 'rewritten' WHERE note_id = ?").run(note.id)).toThrow('an addendum cannot change: add another');
      expect(() => db.prepare('DELETE FROM note_addenda WHERE note_id = ?').run(note.id)).toThrow('an addendum cannot be deleted');
      expect(() =>
        db.prepare("INSERT INTO note_addenda (id, note_id, text, signed_by, content_hash, created_at) VALUES ('forged', ?, 'x', 'y', 'z', 1)").run(draft.id),
      ).toThrow('addenda belong to signed notes; edit the draft instead');
      expect((await call(core, 'notes.get', { id: note.id })).addenda.map((one) => one.text)).toEqual(['Addendum']);
    });
  });

  describe('revisions', () => {
    vaultTest('refresh one revision within ten minutes and start another after a pause', async () => {
      const note = await generalNote('First title');
      clock += 2 * MIN;
      await save(note.id, paragraph('draft one'));
      clock += 5 * MIN;
      await save(note.id, paragraph('draft one, longer'));
      let revisions = (await call(core, 'notes.revisions', { noteId: note.id })).revisions;
      expect(revisions).toHaveLength(1);
      expect(revisions[0]).toMatchObject({ startedAt: T0, savedAt: T0 + 7 * MIN, words: 3 });

      clock += 30 * MIN;
      await save(note.id, paragraph('after the pause'));
      revisions = (await call(core, 'notes.revisions', { noteId: note.id })).revisions;
      expect(revisions.map((revision) => [revision.startedAt, revision.savedAt])).toEqual([
        [T0 + 37 * MIN, T0 + 37 * MIN],
        [T0, T0 + 7 * MIN],
      ]);
      const older = await call(core, 'notes.revision', { noteId: note.id, revisionId: revisions[1]!.id });
      expect(older.doc).toEqual(noteDoc(paragraph('draft one, longer')));
      const latest = await call(core, 'notes.revision', { noteId: note.id, revisionId: revisions[0]!.id });
      expect(latest.doc).toEqual(noteDoc(paragraph('after the pause')));
    });

    vaultTest('restoring puts old content back and keeps the replaced content in the history', async () => {
      const note = await generalNote();
      await save(note.id, paragraph('version A'));
      clock += 20 * MIN;
      await save(note.id, paragraph('version B'));
      clock += MIN;
      const revisions = (await call(core, 'notes.revisions', { noteId: note.id })).revisions;
      const versionA = revisions.find((revision) => revision.savedAt === T0)!;
      const current = await call(core, 'notes.get', { id: note.id });
      const restored = await call(core, 'notes.restoreRevision', { noteId: note.id, revisionId: versionA.id, baseRevision: current.revision });
      expect(restored.doc).toEqual(noteDoc(paragraph('version A')));
      expect(restored.revision).toBe(current.revision + 1);

      const history = (await call(core, 'notes.revisions', { noteId: note.id })).revisions;
      const docs = await Promise.all(history.map(async (revision) => (await call(core, 'notes.revision', { noteId: note.id, revisionId: revision.id })).doc));
      expect(docs).toContainEqual(noteDoc(paragraph('version B')));
      expect(docs).toContainEqual(noteDoc(paragraph('version A')));
      expect(docs[0]).toEqual(noteDoc(paragraph('version A')));
    });

    vaultTest('restoring twice in the same moment keeps every version', async () => {
      const note = await generalNote();
      await save(note.id, paragraph('version A'));
      clock += 20 * MIN;
      await save(note.id, paragraph('version B'));
      const [latest, first] = (await call(core, 'notes.revisions', { noteId: note.id })).revisions;
      let current = await call(core, 'notes.get', { id: note.id });
      current = await call(core, 'notes.restoreRevision', { noteId: note.id, revisionId: first!.id, baseRevision: current.revision });
      current = await call(core, 'notes.restoreRevision', { noteId: note.id, revisionId: latest!.id, baseRevision: current.revision });
      expect(current.doc).toEqual(noteDoc(paragraph('version B')));
      const history = (await call(core, 'notes.revisions', { noteId: note.id })).revisions;
      const docs = await Promise.all(history.map(async (revision) => (await call(core, 'notes.revision', { noteId: note.id, revisionId: revision.id })).doc));
      expect(docs).toContainEqual(noteDoc(paragraph('version A')));
      expect(docs).toContainEqual(noteDoc(paragraph('version B')));
    });

    vaultTest("answers NOT_FOUND for a revision of another note and for a stale restore's unknown revision", async () => {
      const one = await generalNote('One');
      const two = await generalNote('Two');
      const [revision] = (await call(core, 'notes.revisions', { noteId: one.id })).revisions;
      expect(await core.dispatch('notes.revision', { noteId: two.id, revisionId: revision!.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await core.dispatch('notes.restoreRevision', { noteId: two.id, revisionId: revision!.id, baseRevision: 1 })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    });
  });

  describe('discardDraft', () => {
    vaultTest('removes a draft with its links and history', async () => {
      const homework = await homeworkOf(clientId);
      const note = await generalNote();
      await save(note.id, paragraph(homeworkLink(homework.id)));
      expect(await call(core, 'notes.discardDraft', { id: note.id })).toEqual({ id: note.id });
      expect(await core.dispatch('notes.get', { id: note.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect((await call(core, 'notes.listForClient', { clientId })).notes).toEqual([]);
      expect((await call(core, 'homework.get', { id: homework.id })).backlinks).toEqual([]);
      const db = await rawDb();
      expect(db.prepare('SELECT count(*) FROM note_revisions WHERE note_id = ?').pluck().get(note.id)).toBe(0);
      expect(await core.dispatch('notes.discardDraft', { id: note.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });
  });

  describe('toFinish', () => {
    vaultTest('lists unsigned notes older than the setting, oldest first', async () => {
      const old = await generalNote('Old');
      clock += DAY;
      const newer = await generalNote('Newer');
      const signedOld = await signed((await generalNote('Signed')).id);
      clock = T0 + 3 * DAY - 1;
      expect(await call(core, 'notes.toFinish', {})).toEqual({ afterDays: 3, notes: [] });
      clock = T0 + 3 * DAY + 1;
      let listed = await call(core, 'notes.toFinish', {});
      expect(listed.notes.map((note) => [note.id, note.clientName])).toEqual([[old.id, 'Note Client']]);
      clock = T0 + 5 * DAY;
      listed = await call(core, 'notes.toFinish', {});
      expect(listed.notes.map((note) => note.id)).toEqual([old.id, newer.id]);
      expect(listed.notes.map((note) => note.id)).not.toContain(signedOld.id);
      await call(core, 'settings.update', { notesToFinishAfterDays: 7 });
      expect(await call(core, 'notes.toFinish', {})).toEqual({ afterDays: 7, notes: [] });
      await call(core, 'settings.update', { notesToFinishAfterDays: 1 });
      expect((await call(core, 'notes.toFinish', {})).notes.map((note) => note.id)).toEqual([old.id, newer.id]);
    });
  });

  vaultTest('answers LOCKED while the vault is locked', async () => {
    const note = await generalNote();
    core.lock('user');
    for (const [method, input] of [
      ['notes.get', { id: note.id }],
      ['notes.listForClient', { clientId }],
      ['notes.create', { clientId, kind: 'general' }],
      ['notes.save', { id: note.id, baseRevision: 1, content: noteJson(paragraph('x')), title: 'T', isPrivate: false }],
      ['notes.sign', { id: note.id, baseRevision: 1, signerName: SIGNER }],
      ['notes.addAddendum', { noteId: note.id, text: 'x' }],
      ['notes.revisions', { noteId: note.id }],
      ['notes.discardDraft', { id: note.id }],
      ['notes.toFinish', {}],
    ] as const) {
      expect(await core.dispatch(method, input), method).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    }
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect((await call(core, 'notes.get', { id: note.id })).revision).toBe(1);
  });
});
