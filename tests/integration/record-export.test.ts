import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import { oneFolderPlatform, type Platform } from '../../electron/platform';
import type { MethodInput } from '../../shared/contract';
import { RECORD_EXPORT_FORMAT, type RecordExport, recordExportSchema } from '../../shared/exports/record-export';
import { PRIVATE_MARKER, SEED_NAME, type SeededRecord, seedExportRecord, SIGNER } from '../support/record-export-seed';
import { call, makeTempDir, removeDir } from '../support/temp-vault';
import { localCalendarDate } from '../../shared/calendar-date';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE } from '../support/passphrases';
import { vaultTest } from '../support/vault-fixture';

const CLINIC = 'Harbourside Psychotherapy';
const DAY = 24 * 60 * 60_000;

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

describe('exporting a record', () => {
  let files: string;
  let core: AppCore;
  let seeded: SeededRecord;
  let asked: string[];
  /** Where the save dialog answers: the test's folder, unless the test swaps it (cancelled, locking, a missing folder). */
  let choose: Platform['chooseSaveFile'];

  beforeEach(() => {
    files = makeTempDir('kap-export-files-');
    asked = [];
  });
  afterEach(() => removeDir(files));
  vaultTest.override('coreOptions', () => {
    const folder = oneFolderPlatform(files);
    choose = folder.chooseSaveFile;
    const platform: Platform = {
      ...folder,
      chooseSaveFile: (request) => {
        asked.push(request.suggestedFileName);
        return choose(request);
      },
    };
    return { platform };
  });
  vaultTest.beforeEach(async ({ vault }) => {
    core = vault.core;
    seeded = await seedExportRecord(core);
    await call(core, 'settings.update', { clinicName: CLINIC });
    // A PHQ-9 of 11 with item 9 above 0: the export carries the score and the flag.
    await call(core, 'measures.record', {
      clientId: seeded.clientId,
      sessionId: seeded.sessionId,
      kind: 'phq-9',
      answers: [2, 2, 1, 2, 1, 1, 1, 0, 1],
      takenOn: seeded.noteServiceDate,
    });
  });

  const exportRecord = (format: 'json' | 'pdf', includePrivateNotes = false) =>
    call(core, 'exports.clientRecord', { clientId: seeded.clientId, format, includePrivateNotes, passphrase: STRONG_PASSPHRASE });

  /** The homework renamed and reviewed after the note was signed: the note still reads as signed. */
  async function renameHomeworkAfterSigning() {
    const { homework } = await call(core, 'homework.get', { id: seeded.homeworkId });
    await call(core, 'homework.update', { id: homework.id, title: 'Renamed later', fields: homework.fields, status: 'reviewed', outcome: null });
  }

  function readJson(fileName: string): RecordExport {
    const parsed = recordExportSchema.safeParse(JSON.parse(readFileSync(join(files, fileName), 'utf8')));
    expect(parsed.error?.issues ?? []).toEqual([]);
    return parsed.data!;
  }

  vaultTest('writes JSON that fits the published schema, with the whole record and no private note', async () => {
    await renameHomeworkAfterSigning();
    const result = await exportRecord('json');
    expect(result.saved).toBe(true);
    expect(result.fileName).toMatch(/^record-export-[a-z0-9]{8}-\d{4}-\d{2}-\d{2}\.json$/);
    for (const part of SEED_NAME.split(/[\s-]+/)) expect(result.fileName!.toLowerCase()).not.toContain(part.toLowerCase());
    expect(readdirSync(files)).toEqual([result.fileName]);
    expect(statSync(join(files, result.fileName!)).mode & 0o777).toBe(0o600);

    const exported = readJson(result.fileName!);
    expect(exported).toMatchObject({
      format: RECORD_EXPORT_FORMAT,
      version: 6,
      scope: 'client',
      includesPrivateNotes: false,
      clinic: { clinicName: CLINIC, clinicianName: SIGNER },
    });
    const [record] = exported.clients;
    expect(record!.client).toMatchObject({ id: seeded.clientId, displayName: SEED_NAME, dateOfBirth: '1984-03-09' });

    // Every timeline row as written: check-in vitals, dose, observation and its correction, quote and its withdrawal, vitals.
    const [session] = record!.sessions;
    expect(session!.session).toMatchObject({ id: seeded.sessionId, status: 'discharged', intention: 'To meet the grief gently' });
    expect(session!.timeline.map((event) => event.entry?.kind ?? 'retraction')).toEqual([
      'vitals',
      'dose',
      'observation',
      'observation',
      'quote',
      'retraction',
      'vitals',
    ]);
    const original = session!.timeline[2]!;
    expect(original.entry).toEqual({ kind: 'observation', text: 'Breathing slowed, eyes closed' });
    expect(session!.timeline[3]).toMatchObject({ supersedesId: original.id, entry: { text: 'Breathing slow and even, eyes closed' } });
    expect(session!.timeline[5]).toMatchObject({ retractsId: session!.timeline[4]!.id, retractionReason: 'Logged on the wrong session', entry: null });
    expect(session!.promptPlan).toEqual(seeded.promptIds);
    expect(record!.prompts.map((prompt) => prompt.id).sort()).toEqual([...seeded.promptIds].sort());

    // The note in both forms, with its signature, hash, addendum, prompt block and homework link.
    expect(record!.notes.map((note) => note.id)).toEqual([seeded.noteId]);
    const note = record!.notes[0]!;
    expect(note.text).toContain('She named the grief for the first time.');
    expect(note.text).toContain('The image of the tide stayed with her.');
    expect(JSON.stringify(note.doc)).toContain('"type":"promptBlock"');
    expect(note).toMatchObject({
      status: 'signed',
      signedBy: SIGNER,
      isPrivate: false,
      homeworkIds: [seeded.homeworkId],
      signedFormat: 'kap-note/2',
      serviceDate: seeded.noteServiceDate,
    });
    expect(record!.measures).toEqual([
      expect.objectContaining({ kind: 'phq-9', sessionId: seeded.sessionId, total: 11, band: 'moderate', safetyFlag: true, takenOn: seeded.noteServiceDate }),
    ]);
    expect(note.signedHomework).toEqual([{ id: seeded.homeworkId, title: 'Thought record after the call', status: 'assigned' }]);
    expect(note.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(note.promptBlocks).toEqual([{ promptId: seeded.promptIds[0], question: expect.any(String) }]);
    expect(note.addenda).toEqual([expect.objectContaining({ text: 'Added after supervision: follow up on sleep.', signedBy: SIGNER })]);

    expect(record!.homework).toEqual([
      expect.objectContaining({
        id: seeded.homeworkId,
        fields: expect.objectContaining({
          type: 'thought-record',
          rows: [expect.objectContaining({ automaticThought: 'I always ruin it', emotionBefore: 80 })],
        }),
      }),
    ]);
    expect(readFileSync(join(files, result.fileName!), 'utf8')).not.toContain(PRIVATE_MARKER);
  });

  vaultTest('includes private psychotherapy notes only when chosen', async () => {
    const result = await exportRecord('json', true);
    const exported = readJson(result.fileName!);
    expect(exported.includesPrivateNotes).toBe(true);
    const privateNote = exported.clients[0]!.notes.find((note) => note.id === seeded.privateNoteId);
    expect(privateNote).toMatchObject({ isPrivate: true, text: PRIVATE_MARKER });
  });

  vaultTest('the schema itself refuses a private note in an export that says it has none', async () => {
    const exported = readJson((await exportRecord('json', true)).fileName!);
    expect(recordExportSchema.safeParse({ ...exported, includesPrivateNotes: false }).success).toBe(false);
  });

  vaultTest(
    "carries the courses, and each dose's side effects and follow-up contacts, in the JSON and the PDF; a private note left out is not named",
    async () => {
      const started = localCalendarDate(Date.now() - 2 * DAY);
      await call(core, 'courses.start', {
        clientId: seeded.clientId,
        kind: 'induction',
        schedule: { kind: 'clinic-default', doses: 6, weeks: 3 },
        startDate: started,
      });
      await call(core, 'sideEffects.record', {
        sessionId: seeded.sessionId,
        answers: [
          { label: 'Nausea', level: 'moderate' },
          { label: 'Dizziness', level: 'mild' },
        ],
        note: 'Settled with ginger tea, by the car park',
      });
      const { contacts } = await call(core, 'followUps.listForSession', { sessionId: seeded.sessionId });
      expect(contacts.length).toBeGreaterThan(1);
      await call(core, 'followUps.markDone', { id: contacts[0]!.id, noteId: seeded.privateNoteId });
      await call(core, 'followUps.skip', { id: contacts[1]!.id, reason: 'Travelling, asked to talk next week' });

      const record = readJson((await exportRecord('json')).fileName!).clients[0]!;
      expect(record.courses).toEqual([
        expect.objectContaining({ kind: 'induction', startDate: started, status: 'active', schedule: { kind: 'clinic-default', doses: 6, weeks: 3 } }),
      ]);
      expect(record.courses[0]!.plannedDates).toHaveLength(6);
      const [session] = record.sessions;
      expect(session!.sideEffects).toMatchObject({
        sessionId: seeded.sessionId,
        answers: [
          { label: 'Nausea', level: 'moderate' },
          { label: 'Dizziness', level: 'mild' },
        ],
        note: 'Settled with ginger tea, by the car park',
      });
      expect(session!.followUps.map((contact) => contact.id)).toEqual(contacts.map((contact) => contact.id));
      // Done with a private note, which this file leaves out: the contact does not name it.
      expect(session!.followUps[0]).toMatchObject({ status: 'done', noteId: null });
      expect(session!.followUps[1]).toMatchObject({ status: 'skipped', skipReason: 'Travelling, asked to talk next week' });
      expect(JSON.stringify(record)).not.toContain(seeded.privateNoteId);

      const withPrivate = readJson((await exportRecord('json', true)).fileName!).clients[0]!;
      expect(withPrivate.sessions[0]!.followUps[0]!.noteId).toBe(seeded.privateNoteId);
      // The schema itself refuses a contact naming a note the file does not hold.
      const exported = readJson((await exportRecord('json', true)).fileName!);
      const withoutNotes = { ...exported, clients: [{ ...exported.clients[0]!, notes: [] }] };
      expect(recordExportSchema.safeParse(withoutNotes).error?.issues.map((issue) => issue.message)).toContain(
        'A follow-up names a note that is not in the file',
      );

      const text = pdfText(join(files, (await exportRecord('pdf')).fileName!)).replace(/\s+/g, ' ');
      expect(text).toContain(`Induction course from ${started}`);
      expect(text).toContain('Schedule: 6 doses over 3 weeks');
      expect(text).toContain('Side effects: Nausea: moderate; Dizziness: mild');
      expect(text).toContain('Side effects note: Settled with ginger tea, by the car park');
      expect(text).toContain(`${contacts[1]!.label} ${contacts[1]!.dueDate}, skipped: Travelling, asked to talk next week`);
      expect(text).toMatch(new RegExp(`${contacts[0]!.label} ${contacts[0]!.dueDate}, done [^;]*;`));
      expect(text).not.toContain(', note:');
    },
  );

  vaultTest('refuses a wrong passphrase before asking where to save, and writes nothing', async () => {
    for (const format of ['json', 'pdf'] as const) {
      const result = await core.dispatch('exports.clientRecord', {
        clientId: seeded.clientId,
        format,
        includePrivateNotes: true,
        passphrase: OTHER_STRONG_PASSPHRASE,
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
      if (!result.ok) expect(result.error.message).not.toContain(OTHER_STRONG_PASSPHRASE);
    }
    const practice = await core.dispatch('exports.practice', { includePrivateNotes: false, passphrase: OTHER_STRONG_PASSPHRASE });
    expect(practice).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    expect(asked).toEqual([]);
    expect(readdirSync(files)).toEqual([]);
  });

  vaultTest('writes nothing when the save dialog is cancelled, and answers NOT_FOUND for an unknown client', async () => {
    choose = () => Promise.resolve(null);
    expect(await exportRecord('json')).toEqual({ saved: false, fileName: null });
    expect(readdirSync(files)).toEqual([]);
    expect(
      await core.dispatch('exports.clientRecord', { clientId: 'no-such-client', format: 'json', includePrivateNotes: false, passphrase: STRONG_PASSPHRASE }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  vaultTest('writes nothing if the vault locks while the save dialog is open', async () => {
    choose = (request) => (core.lock('idle'), oneFolderPlatform(files).chooseSaveFile(request));
    const result = await core.dispatch('exports.clientRecord', {
      clientId: seeded.clientId,
      format: 'pdf',
      includePrivateNotes: false,
      passphrase: STRONG_PASSPHRASE,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(readdirSync(files)).toEqual([]);
  });

  vaultTest('leaves no partial file when the write fails, and names no path', async () => {
    const missing = join(files, 'no-such-folder');
    choose = () => Promise.resolve(join(missing, 'x.json'));
    const result = await core.dispatch('exports.clientRecord', {
      clientId: seeded.clientId,
      format: 'json',
      includePrivateNotes: false,
      passphrase: STRONG_PASSPHRASE,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).not.toContain(files);
    expect(readdirSync(files)).toEqual([]);
  });

  vaultTest('answers LOCKED while locked', async () => {
    core.lock('user');
    expect(
      await core.dispatch('exports.clientRecord', { clientId: seeded.clientId, format: 'json', includePrivateNotes: false, passphrase: STRONG_PASSPHRASE }),
    ).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
  });

  vaultTest('prints a paginated PDF with the clinic header, the sections and the timeline in time order', async () => {
    await renameHomeworkAfterSigning();
    const result = await exportRecord('pdf');
    expect(result.fileName).toMatch(/^record-export-[a-z0-9]{8}-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = pdfText(join(files, result.fileName!));
    expect(text).toContain(CLINIC);
    expect(text).toContain(SIGNER);
    expect(text).toMatch(/Record export · \d{1,2} \w{3} \d{4}/);
    for (const section of ['Client record', 'Client', 'Sessions', 'Notes', 'Homework', 'Measures'])
      expect(text).toMatch(new RegExp(`^\\s*${section}\\s*$`, 'm'));
    const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain(SEED_NAME);
    expect(text).toContain('Private psychotherapy notes are not included.');
    expect(text).toMatch(new RegExp(`${seeded.noteServiceDate} PHQ-9: 11 of 27, Moderate; entered by the therapist`));
    expect(text).toContain('SAFETY FLAG. Item 9 answered above 0');
    expect(text).toMatch(new RegExp(`Integration note · date of service ${seeded.noteServiceDate} · written \\d{1,2} \\w{3} \\d{4}`));
    // Timeline: T+ times, in time order; the correction and the withdrawal shown, not lost.
    const dose = text.search(/\(T\+00:00\)\s+Dose: 50 mg/);
    const observation = text.indexOf('Observation: Breathing slow and even, eyes closed');
    const vitals = text.indexOf('Vitals: BP 138/86 mmHg');
    expect(dose).toBeGreaterThan(-1);
    expect(observation).toBeGreaterThan(dose);
    expect(vitals).toBeGreaterThan(observation);
    expect(text).toMatch(/\(T\+40:00\)\s+Vitals: BP 138\/86/);
    expect(text).toMatch(/\(T-10:00\)\s+Vitals: BP 124\/80/);
    expect(text).toMatch(/as first recorded at \d\d:\d\d: .*Breathing slowed, eyes closed/);
    expect(text).toMatch(/corrected at \d\d:\d\d to: .*Breathing slow and even/);
    expect(text).toContain('[withdrawn]');
    expect(text).toMatch(/withdrawn at \d\d:\d\d, reason: Logged on the wrong session/);
    // Notes: text, signed status, addendum. Homework with its fields.
    expect(text).toMatch(/She named the grief for the first time\. We agreed on \[homework: Thought record after the call, Assigned\s+when signed\]\./);
    expect(text).toContain(`Signed by ${SIGNER}`);
    expect(text).toContain('Added after supervision: follow up on sleep.');
    expect(text).toContain('Renamed later');
    expect(text).toContain('I always ruin it');
    expect(text).not.toContain(PRIVATE_MARKER);
  });

  vaultTest('carries a late entry in the JSON and marks it in the PDF with when it was written', async () => {
    const { session } = await call(core, 'sessions.get', { id: seeded.sessionId });
    const refersTo = session.dosedAt! + 20 * 60_000;
    const { event } = await call(core, 'sessions.addLateEntry', {
      sessionId: seeded.sessionId,
      entry: { kind: 'observation', text: 'Hummed, then wept, then slept' },
      at: refersTo,
    });

    const json = readJson((await exportRecord('json')).fileName!);
    const timeline = json.clients[0]!.sessions[0]!.timeline;
    expect(timeline.at(-1)).toMatchObject({ id: event.id, at: refersTo, recordedAt: event.recordedAt, writtenLate: true });
    expect(timeline.slice(0, -1).every((row) => !row.writtenLate)).toBe(true);

    const text = pdfText(join(files, (await exportRecord('pdf')).fileName!));
    // In time order by the time it refers to (T+20, before the T+40 vitals), marked late under its line.
    expect(text).toMatch(/\(T\+20:00\)\s+Observation: Hummed, then wept, then slept\s+Late entry, written \d{1,2} \w{3} \d{4}, \d\d:\d\d/);
    expect(text.indexOf('Hummed, then wept')).toBeLessThan(text.indexOf('Vitals: BP 138/86 mmHg'));
    expect(text.match(/Late entry, written/g)).toHaveLength(1);
  });

  vaultTest('carries the evaluations oldest first in the JSON and prints them, checklist and trials, in the PDF', async () => {
    const fields: Omit<MethodInput<'evaluations.record'>, 'evaluatedOn' | 'medicationTrials' | 'candidacy' | 'candidacyReason'> = {
      clientId: seeded.clientId,
      presentingSymptoms: 'Low mood for two years',
      contraindications: [
        { id: 'uncontrolled-hypertension', label: 'Uncontrolled hypertension', answer: 'present', note: '152/96' },
        { id: 'pregnancy', label: 'Pregnancy', answer: 'absent', note: null },
      ],
      consentDate: null,
      psychoeducationDate: null,
      remsEnrolled: false,
      remsEnrolledOn: null,
    };
    const first = await call(core, 'evaluations.record', {
      ...fields,
      evaluatedOn: '2026-01-05',
      medicationTrials: [{ drug: 'Sertraline, 100 mg', dose: null, duration: '12 weeks', outcome: 'Partial', reasonStopped: 'Nausea' }],
      candidacy: 'deferred',
      candidacyReason: 'Blood pressure to be reviewed',
    });
    const second = await call(core, 'evaluations.record', {
      ...fields,
      evaluatedOn: '2026-02-01',
      medicationTrials: [],
      candidacy: 'candidate',
      candidacyReason: null,
      remsEnrolled: true,
      remsEnrolledOn: '2026-02-01',
    });

    const json = readJson((await exportRecord('json')).fileName!);
    expect(json.clients[0]!.evaluations).toEqual([first, second]);

    const text = pdfText(join(files, (await exportRecord('pdf')).fileName!));
    expect(text.indexOf('Evaluation of 2026-01-05')).toBeLessThan(text.indexOf('Evaluation of 2026-02-01'));
    expect(text.indexOf('Evaluation of 2026-02-01')).toBeLessThan(text.indexOf('Sessions'));
    expect(text).toMatch(/Candidacy: Deferred: Blood pressure to be reviewed/);
    expect(text).toMatch(/Sertraline, 100 mg · 12 weeks · Partial · stopped: Nausea/);
    expect(text).toMatch(/Contraindications, present: Uncontrolled hypertension \(152\/96\)/);
    expect(text).toMatch(/Spravato REMS: enrolled 2026-02-01/);
  });

  vaultTest('prints the private note in the PDF only when chosen', async () => {
    const text = pdfText(join(files, (await exportRecord('pdf', true)).fileName!));
    expect(text).toContain(PRIVATE_MARKER);
    expect(text).toContain('(private psychotherapy note)');
    expect(text).toContain('Private psychotherapy notes are included');
  });

  vaultTest('paginates a long record with "page k of n" on every page', async () => {
    const longText = Array.from({ length: 400 }, (_, index) => `Line ${index + 1} of a long integration note.`);
    const note = await call(core, 'notes.create', { clientId: seeded.clientId, kind: 'general', title: 'Long note' });
    await call(core, 'notes.save', {
      id: note.id,
      baseRevision: note.revision,
      title: 'Long note',
      isPrivate: false,
      content: JSON.stringify({ type: 'doc', content: longText.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })) }),
    });
    const path = join(files, (await exportRecord('pdf')).fileName!);
    const pages = Number(execFileSync('pdfinfo', [path], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1]);
    expect(pages).toBeGreaterThan(3);
    const text = pdfText(path);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Page ${page} of ${pages}`);
    expect(text.split('\f').filter((pageText) => pageText.includes(CLINIC))).toHaveLength(pages);
    expect(text.split('\f').filter((pageText) => pageText.includes(`${SEED_NAME} · record ${seeded.clientId.slice(0, 8)}`))).toHaveLength(pages);
  });

  vaultTest('exports the whole practice, archived clients too, in one JSON of the same per-client shape', async () => {
    const other = await call(core, 'clients.create', { displayName: 'Archived Person' });
    await call(core, 'clients.archive', { id: other.id });
    const result = await call(core, 'exports.practice', { includePrivateNotes: false, passphrase: STRONG_PASSPHRASE });
    expect(result.fileName).toMatch(/^practice-export-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readJson(result.fileName!);
    expect(exported.scope).toBe('practice');
    expect(exported.clients.map((record) => record.client.id).sort()).toEqual([seeded.clientId, other.id].sort());
    expect(readFileSync(join(files, result.fileName!), 'utf8')).not.toContain(PRIVATE_MARKER);

    const withPrivate = readJson((await call(core, 'exports.practice', { includePrivateNotes: true, passphrase: STRONG_PASSPHRASE })).fileName!);
    expect(withPrivate.clients.flatMap((record) => record.notes).some((note) => note.isPrivate)).toBe(true);
  });
});
