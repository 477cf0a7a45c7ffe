import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import { oneFolderPlatform, type Platform } from '../../electron/platform';
import { localMidnight } from '../../shared/calendar-date';
import type { Protocol } from '../../shared/contract';
import type { TimelineEntry } from '../../shared/session/timeline';
import { heading, homeworkLink, noteJson, paragraph } from '../support/note-docs';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE } from '../support/passphrases';
import { call, makeTempDir, removeDir } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

const HOUR = 3_600_000;
const middayOf = (date: string) => localMidnight(date) + 12 * HOUR;
const FIELDS = { type: 'custom', instructions: 'Walk daily' } as const;
const PRIVATE_WORDS = 'Countertransference: reminds me of my brother';
const PHQ9 = (score: number) => [score, score, 0, 0, 0, 0, 0, 0, 0];

describe('follow-ups on a real vault', () => {
  let core: AppCore;
  let clock: number;
  let protocol: Protocol;
  let files: string;
  let choose: Platform['chooseSaveFile'];

  beforeEach(() => {
    clock = middayOf('2026-03-01');
    files = makeTempDir('kap-follow-up-files-');
  });
  afterEach(() => removeDir(files));
  vaultTest.override('coreOptions', () => {
    const folder = oneFolderPlatform(files);
    choose = folder.chooseSaveFile;
    return { now: () => clock, platform: { ...folder, chooseSaveFile: (request) => choose(request) } };
  });
  vaultTest.beforeEach(async ({ vault }) => {
    core = vault.core;
    protocol = (await call(core, 'protocols.list', {})).protocols.find((one) => one.route === 'im' && one.isDefault)!;
  });

  const addClient = async (displayName: string) => (await call(core, 'clients.create', { displayName })).id;

  /** Plans, checks in and doses a session at midday on `date`, logging `entries` after the dose. */
  async function doseOn(clientId: string, date: string, entries: TimelineEntry[] = []): Promise<string> {
    clock = middayOf(date);
    const session = await call(core, 'sessions.plan', { clientId, protocolId: protocol.id, plannedDoseMg: 50 });
    await call(core, 'sessions.checkIn', { id: session.id, readiness: {}, intention: `Intention of ${date}`, at: clock - 10 * 60_000 });
    await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'dose', amountMg: 50 }, at: clock });
    for (const entry of entries) await logEntry(session.id, entry);
    return session.id;
  }
  async function logEntry(sessionId: string, entry: TimelineEntry) {
    clock += 60_000;
    return call(core, 'sessions.logEvent', { sessionId, entry, at: clock });
  }
  const contactsOf = async (clientId: string) => (await call(core, 'followUps.prepare', { clientId })).contacts;

  vaultTest('the first dose writes the clinic ladder on calendar days after the dose day; a later ladder applies to later doses only', async () => {
    const ada = await addClient('Ada');
    await doseOn(ada, '2026-03-31');
    expect((await contactsOf(ada)).map(({ label, dueDate, status, offsetDays }) => ({ label, dueDate, status, offsetDays }))).toEqual([
      { label: 'Next-day check-in', dueDate: '2026-04-01', status: 'planned', offsetDays: 1 },
      { label: 'One-week integration', dueDate: '2026-04-07', status: 'planned', offsetDays: 7 },
    ]);

    await call(core, 'settings.update', { followUpLadder: [{ offsetDays: 2, label: 'Two days on' }] });
    expect((await call(core, 'settings.get', {})).followUpLadder).toEqual([{ offsetDays: 2, label: 'Two days on' }]);
    const second = await doseOn(ada, '2026-04-10');
    const contacts = await contactsOf(ada);
    expect(contacts.map((contact) => [contact.sessionId, contact.label, contact.dueDate])).toEqual([[second, 'Two days on', '2026-04-12']]);
  });

  vaultTest("a session's page lists that dose's contacts only, with where each stands", async () => {
    const ada = await addClient('Ada');
    const first = await doseOn(ada, '2026-03-02');
    const second = await doseOn(ada, '2026-03-05');
    const listed = async (sessionId: string) => (await call(core, 'followUps.listForSession', { sessionId })).contacts;
    const [nextDay] = await listed(first);
    await call(core, 'followUps.skip', { id: nextDay!.id, reason: 'Client asked to wait' });
    expect((await listed(first)).map(({ sessionId, label, dueDate, status }) => ({ sessionId, label, dueDate, status }))).toEqual([
      { sessionId: first, label: 'Next-day check-in', dueDate: '2026-03-03', status: 'skipped' },
      { sessionId: first, label: 'One-week integration', dueDate: '2026-03-09', status: 'planned' },
    ]);
    expect((await listed(second)).map(({ dueDate, status }) => [dueDate, status])).toEqual([
      ['2026-03-06', 'planned'],
      ['2026-03-12', 'planned'],
    ]);
    // A session planned but not dosed proposes none.
    const planned = await call(core, 'sessions.plan', { clientId: ada, protocolId: protocol.id, plannedDoseMg: 50 });
    expect(await listed(planned.id)).toEqual([]);
    expect(await core.dispatch('followUps.listForSession', { sessionId: 'no-such-session' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    core.lock('user');
    expect(await core.dispatch('followUps.listForSession', { sessionId: first })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  vaultTest('a corrected dose day moves the planned contacts the therapist left alone; a withdrawn dose removes the planned ones', async ({ openRaw }) => {
    const ada = await addClient('Ada');
    const sessionId = await doseOn(ada, '2026-03-10');
    const [nextDay, week] = await contactsOf(ada);
    await call(core, 'followUps.move', { id: week!.id, dueDate: '2026-03-20' });
    const dose = (await call(core, 'sessions.get', { id: sessionId })).events.find((event) => event.entry?.kind === 'dose')!;
    // Logged a day late by mistake: the dose was the 11th, not the 10th.
    clock = middayOf('2026-03-11') + HOUR;
    await call(core, 'sessions.correctEvent', { sessionId, eventId: dose.id, entry: { kind: 'dose', amountMg: 50 }, at: middayOf('2026-03-11') });
    expect((await contactsOf(ada)).map((contact) => [contact.id, contact.dueDate, contact.dateMoved])).toEqual([
      [nextDay!.id, '2026-03-12', false],
      [week!.id, '2026-03-20', true],
    ]);

    await call(core, 'followUps.skip', { id: week!.id, reason: 'Client travelling' });
    await call(core, 'sessions.retractEvent', { sessionId, eventId: dose.id, reason: 'Logged on the wrong client' });
    const left = (await call(core, 'followUps.prepare', { clientId: ada })).lastSession;
    expect(left).toBeNull();
    // The skipped contact stays in the record; the planned one went with the dose.
    core.lock('user');
    const db = await openRaw();
    expect(db.prepare('SELECT id, status, skip_reason FROM follow_up_contacts WHERE session_id = ?').all(sessionId)).toEqual([
      { id: week!.id, status: 'skipped', skip_reason: 'Client travelling' },
    ]);
    db.close();
  });

  vaultTest(
    'marks a contact done with the client’s note, skips one with a reason, and refuses a second change, another client’s note or a day before the dose',
    async () => {
      const ada = await addClient('Ada');
      const bea = await addClient('Bea');
      const sessionId = await doseOn(ada, '2026-03-10');
      const [nextDay, week] = await contactsOf(ada);
      const adaNote = await call(core, 'notes.create', { clientId: ada, kind: 'integration', sessionId });
      const beaNote = await call(core, 'notes.create', { clientId: bea, kind: 'general' });

      expect(await core.dispatch('followUps.markDone', { id: nextDay!.id, noteId: beaNote.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await core.dispatch('followUps.move', { id: nextDay!.id, dueDate: '2026-03-09' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
      clock += HOUR;
      expect(await call(core, 'followUps.markDone', { id: nextDay!.id, noteId: adaNote.id })).toMatchObject({
        status: 'done',
        doneAt: clock,
        noteId: adaNote.id,
      });
      expect(await call(core, 'followUps.skip', { id: week!.id, reason: '  Unwell  ' })).toMatchObject({ status: 'skipped', skipReason: 'Unwell' });
      expect(await core.dispatch('followUps.skip', { id: nextDay!.id, reason: 'Again' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(await core.dispatch('followUps.move', { id: week!.id, dueDate: '2026-03-30' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(await core.dispatch('followUps.skip', { id: week!.id, reason: ' ' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });

      // A discarded draft no longer reads as the contact's note.
      await call(core, 'notes.discardDraft', { id: adaNote.id });
      expect((await contactsOf(ada))[0]).toMatchObject({ status: 'done', noteId: null });
    },
  );

  vaultTest('the preparation holds the last dose only: its highlights, notes and homework since, its prompts; not the dose before', async () => {
    const ada = await addClient('Ada');
    const first = await doseOn(ada, '2026-03-02', [
      { kind: 'quote', text: 'Old words from the first dose' },
      { kind: 'adverse-event', items: ['nausea'], text: 'First-dose nausea' },
    ]);
    const oldHomework = await call(core, 'homework.create', { clientId: ada, title: 'Old thought record', fields: FIELDS, dueDate: '2026-03-04' });
    const oldNote = await call(core, 'notes.create', { clientId: ada, kind: 'session', sessionId: first, title: 'First session note' });
    const linkedHomework = await call(core, 'homework.create', { clientId: ada, title: 'Values list', fields: FIELDS });

    const last = await doseOn(ada, '2026-03-09', [
      { kind: 'quote', text: 'I felt held by the music' },
      { kind: 'adverse-event', items: ['dizziness'], text: 'Brief dizziness' },
      { kind: 'sedation', moaas: 4 },
      { kind: 'phase-mark', phase: 'onset' },
      { kind: 'observation', text: 'Breathing slowly' },
    ]);
    const withdrawn = await logEntry(last, { kind: 'quote', text: 'Logged by mistake' });
    await call(core, 'sessions.retractEvent', { sessionId: last, eventId: withdrawn.event.id, reason: 'Wrong client' });
    clock += 60_000;
    const sessionNote = await call(core, 'notes.create', { clientId: ada, kind: 'session', sessionId: last, title: 'Dose note' });
    await call(core, 'notes.save', {
      id: sessionNote.id,
      baseRevision: sessionNote.revision,
      title: 'Dose note',
      isPrivate: false,
      content: noteJson(heading('Plan'), paragraph(homeworkLink(linkedHomework.id))),
    });
    clock += 60_000;
    const privateNote = await call(core, 'notes.create', { clientId: ada, kind: 'general', isPrivate: true, title: 'Process' });
    await call(core, 'notes.save', {
      id: privateNote.id,
      baseRevision: privateNote.revision,
      title: 'Process',
      isPrivate: true,
      content: noteJson(paragraph(PRIVATE_WORDS)),
    });
    const newHomework = await call(core, 'homework.create', { clientId: ada, title: 'Activity schedule', fields: FIELDS, dueDate: '2026-03-12' });
    await call(core, 'homework.update', { id: newHomework.id, title: 'Activity schedule', fields: FIELDS, status: 'not-done', outcome: 'Too tired' });
    const prompts = (await call(core, 'prompts.list', { includeArchived: false })).prompts.slice(0, 2);
    await call(core, 'prompts.setSessionPlan', { sessionId: last, promptIds: prompts.map((prompt) => prompt.id) });
    await call(core, 'measures.record', { clientId: ada, kind: 'phq-9', answers: PHQ9(1), takenOn: '2026-03-02' });
    await call(core, 'measures.record', { clientId: ada, kind: 'phq-9', answers: [3, 3, 0, 0, 0, 0, 0, 0, 1], takenOn: '2026-03-09' });

    const prep = await call(core, 'followUps.prepare', { clientId: ada });
    expect(prep.lastSession).toMatchObject({ id: last, intention: 'Intention of 2026-03-09', dosedAt: middayOf('2026-03-09') });
    expect(prep.highlights.map((highlight) => [highlight.kind, highlight.text])).toEqual([
      ['dose', '50 mg'],
      ['quote', '“I felt held by the music”'],
      ['adverse-event', 'dizziness. Brief dizziness'],
      ['sedation', expect.stringMatching(/^MOAA\/S 4: /)],
      ['phase-mark', 'Onset marked'],
    ]);
    expect(prep.notes.map((note) => [note.id, note.isPrivate])).toEqual([
      [sessionNote.id, false],
      [privateNote.id, true],
    ]);
    expect(prep.notes.map((note) => note.id)).not.toContain(oldNote.id);
    expect(prep.homework.map((item) => [item.title, item.status, item.outcome])).toEqual([
      ['Values list', 'assigned', null],
      ['Activity schedule', 'not-done', 'Too tired'],
    ]);
    expect(prep.homework.map((item) => item.id)).not.toContain(oldHomework.id);
    expect(prep.prompts.map((prompt) => prompt.id)).toEqual(prompts.map((prompt) => prompt.id));
    expect(prep.contacts.every((contact) => contact.sessionId === last)).toBe(true);
    expect(prep.measures.map((measure) => [measure.takenOn, measure.safetyFlag, measure.outcome?.worsening])).toEqual([
      ['2026-03-09', true, ['total-rose', 'item9-rose']],
      ['2026-03-02', false, []],
    ]);
    expect(prep.unsignedNotes.map((note) => note.id)).toEqual([oldNote.id, sessionNote.id, privateNote.id]);
    expect(JSON.stringify(prep)).not.toContain('Old words from the first dose');
    expect(JSON.stringify(prep)).not.toContain('Logged by mistake');
    expect(JSON.stringify(prep)).not.toContain(PRIVATE_WORDS);
  });

  vaultTest('Today lists follow-ups due or overdue, those to prepare for tomorrow, and PHQ-9s due at a course dose', async () => {
    const ada = await addClient('Ada');
    const cy = await addClient('Cy');
    await call(core, 'courses.start', { clientId: ada, kind: 'induction', schedule: { kind: 'clinic-default', doses: 6, weeks: 3 }, startDate: '2026-03-02' });
    await call(core, 'measures.record', { clientId: ada, kind: 'phq-9', answers: PHQ9(2), takenOn: '2026-03-01' });
    const adaSession = await doseOn(ada, '2026-03-02');
    const cySession = await doseOn(cy, '2026-03-04');

    const today = await call(core, 'today.overview', { today: '2026-03-04' });
    expect(today.followUpsDue).toEqual([
      {
        contactId: expect.any(String),
        sessionId: adaSession,
        clientId: ada,
        clientName: 'Ada',
        label: 'Next-day check-in',
        dueDate: '2026-03-03',
        overdue: true,
      },
    ]);
    expect(today.followUpsToPrepare).toEqual([
      {
        contactId: expect.any(String),
        sessionId: cySession,
        clientId: cy,
        clientName: 'Cy',
        label: 'Next-day check-in',
        dueDate: '2026-03-05',
        overdue: false,
      },
    ]);
    // Ada's second course dose is due on the 5th: her last PHQ-9 came before her first dose.
    expect((await call(core, 'today.overview', { today: '2026-03-05' })).measuresDue).toEqual([{ clientId: ada, clientName: 'Ada', lastPhq9On: '2026-03-01' }]);
    await call(core, 'measures.record', { clientId: ada, kind: 'phq-9', answers: PHQ9(1), takenOn: '2026-03-03' });
    expect((await call(core, 'today.overview', { today: '2026-03-05' })).measuresDue).toEqual([]);
  });

  vaultTest('exports the preparation as a PDF after the passphrase: sections, a private note by title only, no note text', async () => {
    const ada = await addClient('Ada Lovelace');
    const sessionId = await doseOn(ada, '2026-03-09', [{ kind: 'quote', text: 'I felt held by the music' }]);
    const note = await call(core, 'notes.create', { clientId: ada, kind: 'session', sessionId, title: 'Dose note' });
    await call(core, 'notes.save', {
      id: note.id,
      baseRevision: note.revision,
      title: 'Dose note',
      isPrivate: false,
      content: noteJson(paragraph('Session note body text')),
    });
    const privateNote = await call(core, 'notes.create', { clientId: ada, kind: 'general', isPrivate: true, title: 'Process' });
    await call(core, 'notes.save', {
      id: privateNote.id,
      baseRevision: privateNote.revision,
      title: 'Process',
      isPrivate: true,
      content: noteJson(paragraph(PRIVATE_WORDS)),
    });

    expect(await core.dispatch('followUps.exportPdf', { clientId: ada, passphrase: OTHER_STRONG_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_SECRET' },
    });
    expect(readdirSync(files)).toEqual([]);

    const result = await call(core, 'followUps.exportPdf', { clientId: ada, passphrase: STRONG_PASSPHRASE });
    expect(result.saved).toBe(true);
    expect(result.fileName).toMatch(/^follow-up-[a-z0-9]{1,8}-2026-03-09\.pdf$/);
    expect(result.fileName!.toLowerCase()).not.toContain('ada');
    const text = execFileSync('pdftotext', ['-layout', join(files, result.fileName!), '-'], { encoding: 'utf8' });
    for (const section of [
      'Follow-up preparation',
      'Follow-up contacts',
      'From the session',
      'Notes since the dose',
      'Homework',
      'Prompts for the follow-up',
      'Measures',
      'Still open',
    ]) {
      expect(text).toContain(section);
    }
    expect(text).toContain('I felt held by the music');
    expect(text).toContain('Process');
    expect(text).toContain('private psychotherapy note (title only)');
    expect(text).not.toContain('Countertransference');
    expect(text).not.toContain('Session note body text');
    const { entries } = await call(core, 'audit.list', { range: { from: 0, to: clock + 1 }, kinds: ['document-exported'] });
    expect(entries).toEqual([expect.objectContaining({ subjectId: ada, detail: { document: 'follow-up preparation', format: 'pdf' } })]);
  });

  vaultTest('writes nothing when the vault locks while the save dialog is open', async () => {
    const ada = await addClient('Ada');
    await doseOn(ada, '2026-03-09');
    choose = (request) => (core.lock('idle'), oneFolderPlatform(files).chooseSaveFile(request));
    expect(await core.dispatch('followUps.exportPdf', { clientId: ada, passphrase: STRONG_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    expect(readdirSync(files)).toEqual([]);
    expect(await core.dispatch('followUps.prepare', { clientId: ada })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
