import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import { oneFolderPlatform, type Platform } from '../../electron/platform';
import { noteJson, paragraph } from '../support/note-docs';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE } from '../support/passphrases';
import { PRIVATE_MARKER, SEED_NAME, type SeededRecord, seedExportRecord, SIGNER } from '../support/record-export-seed';
import { call, makeTempDir, removeDir } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';
import type { TimelineEntry } from '../../shared/session/timeline';

const CLINIC = 'Harbourside Psychotherapy';
const MIN = 60_000;
const SUMMARY = 'Tolerated 50 mg IM well; blood pressure peaked at T+20 and settled by T+60. Suggest the same dose next time.';
const SESSION_NOTE_MARKER = 'Spoke of the tide again, session note text';
const PRIVATE_SESSION_MARKER = 'Countertransference: my own grief, kept private';

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/**
 * A second session for the seeded client, discharged: check-in vitals, a dose, a reading above the
 * clinic's thresholds, sedation, an adverse event, a reading corrected and one withdrawn, the
 * discharge checklist partly ticked, then a late reading. A session note and a private note on it.
 */
async function dischargedSession(core: AppCore, clientId: string, now: number) {
  const protocol = (await call(core, 'protocols.list', {})).protocols.find((one) => one.route === 'im' && one.isDefault)!;
  const session = await call(core, 'sessions.plan', { clientId, protocolId: protocol.id, plannedDoseMg: 50 });
  const log = (entry: TimelineEntry, minutes: number) => call(core, 'sessions.logEvent', { sessionId: session.id, entry, at: now + minutes * MIN });
  await call(core, 'sessions.checkIn', {
    id: session.id,
    vitals: { systolic: 126, diastolic: 82, heartRate: 70, spo2: 98 },
    readiness: {},
    at: now - 130 * MIN,
  });
  await log({ kind: 'dose', amountMg: 50, note: 'Left deltoid' }, -120);
  await log({ kind: 'vitals', vitals: { systolic: 186, diastolic: 112, heartRate: 96, spo2: 97 } }, -100);
  await log({ kind: 'sedation', moaas: 3 }, -95);
  await log({ kind: 'adverse-event', items: ['nausea', 'dizziness'], text: 'Brief, eased with rest' }, -90);
  const misread = await log({ kind: 'vitals', vitals: { systolic: 199, diastolic: 99, heartRate: 80 } }, -80);
  await call(core, 'sessions.correctEvent', {
    sessionId: session.id,
    eventId: misread.event.id,
    entry: { kind: 'vitals', vitals: { systolic: 149, diastolic: 92, heartRate: 80 } },
  });
  const wrong = await log({ kind: 'vitals', vitals: { systolic: 211, diastolic: 133 } }, -70);
  await call(core, 'sessions.retractEvent', { sessionId: session.id, eventId: wrong.event.id, reason: 'Cuff slipped' });
  await log({ kind: 'sedation', moaas: 5 }, -40);
  await call(core, 'sessions.discharge', { id: session.id, checklist: { 'vitals-acceptable': true, 'ride-present': true }, at: now - 10 * MIN });
  await call(core, 'sessions.addLateEntry', {
    sessionId: session.id,
    entry: { kind: 'vitals', vitals: { systolic: 132, diastolic: 84, heartRate: 72, spo2: 98 } },
    at: now - 60 * MIN,
  });

  for (const [isPrivate, text] of [
    [false, SESSION_NOTE_MARKER],
    [true, PRIVATE_SESSION_MARKER],
  ] as const) {
    const note = await call(core, 'notes.create', { clientId, sessionId: session.id, kind: 'session', isPrivate, title: 'After the dose' });
    await call(core, 'notes.save', { id: note.id, baseRevision: note.revision, title: 'After the dose', isPrivate, content: noteJson(paragraph(text)) });
  }
  return session.id;
}

describe('the summary for the prescriber', () => {
  let files: string;
  let core: AppCore;
  let seeded: SeededRecord;
  let sessionId: string;
  let asked: string[];
  let choose: Platform['chooseSaveFile'];

  beforeEach(() => {
    files = makeTempDir('kap-prescriber-files-');
    asked = [];
  });
  afterEach(() => removeDir(files));
  vaultTest.override('coreOptions', () => {
    const folder = oneFolderPlatform(files);
    choose = folder.chooseSaveFile;
    return {
      platform: {
        ...folder,
        chooseSaveFile: (request) => {
          asked.push(request.suggestedFileName);
          return choose(request);
        },
      },
    };
  });
  vaultTest.beforeEach(async ({ vault }) => {
    core = vault.core;
    const now = Date.now();
    seeded = await seedExportRecord(core, now);
    sessionId = await dischargedSession(core, seeded.clientId, now);
    await call(core, 'settings.update', { clinicName: CLINIC, clinicianName: SIGNER });
    const phq9 = [2, 2, 1, 2, 1, 1, 1, 0, 1];
    await call(core, 'measures.record', { clientId: seeded.clientId, kind: 'phq-9', answers: [3, 3, 2, 2, 2, 2, 2, 1, 0], takenOn: '2026-01-05' });
    await call(core, 'measures.record', { clientId: seeded.clientId, kind: 'phq-9', answers: phq9, takenOn: '2026-01-20' });
    await call(core, 'measures.record', { clientId: seeded.clientId, kind: 'gad-7', answers: [1, 1, 1, 0, 0, 1, 1], takenOn: '2026-01-20' });
  });

  const make = (id = sessionId, passphrase = STRONG_PASSPHRASE) =>
    core.dispatch('documents.prescriberSummary', { sessionId: id, summary: SUMMARY, passphrase });

  vaultTest('writes a PDF with the summary, the session as recorded, a chart, alerts and the latest measures, and keeps when it was made', async () => {
    expect(await call(core, 'documents.lastPrescriberSummary', { sessionId })).toEqual({ made: null });
    const result = await call(core, 'documents.prescriberSummary', { sessionId, summary: `  ${SUMMARY}  `, passphrase: STRONG_PASSPHRASE });
    expect(result).toMatchObject({ saved: true, made: { summary: SUMMARY, madeAt: expect.any(Number) } });
    expect(result.fileName).toMatch(/^prescriber-summary-[a-z0-9]{8}-\d{4}-\d{2}-\d{2}\.pdf$/);
    for (const part of SEED_NAME.split(/[\s-]+/)) expect(result.fileName!.toLowerCase()).not.toContain(part.toLowerCase());
    expect(readdirSync(files)).toEqual([result.fileName]);
    expect(statSync(join(files, result.fileName!)).mode & 0o777).toBe(0o600);
    expect(await call(core, 'documents.lastPrescriberSummary', { sessionId })).toEqual({ made: result.made });

    const text = pdfText(join(files, result.fileName!));
    for (const section of [
      'Summary for the prescriber',
      'Client',
      "Therapist's summary",
      'Session',
      'Doses',
      'Vital signs',
      'Sedation (MOAA/S)',
      'Adverse events',
      'Discharge checklist',
      'Latest measures',
    ]) {
      expect(text).toMatch(new RegExp(`^\\s*${section.replace(/[()]/g, '\\$&')}\\s*$`, 'm'));
    }
    expect(text).toContain(CLINIC);
    expect(text).toContain(SEED_NAME);
    expect(text.replace(/\s+/g, ' ')).toContain(SUMMARY);
    // Dose, route and times.
    expect(text).toContain('Route: Intramuscular');
    expect(text).toMatch(/Dose given: 50 mg in 1 dose/);
    expect(text).toMatch(/T\+00:00\s+50 mg\s+Left deltoid/);
    expect(text).toContain('Total monitoring: 110 minutes from the first dose to discharge');
    // The chart's axis and legend, its threshold labels; the readings with their alerts, marks and the withdrawal said.
    expect(text).toContain('Minutes since the dose (T0)');
    expect(text).toContain('Threshold (clinic setting)');
    expect(text).toContain('Systolic above 180');
    expect(text).toMatch(/T\+20:00\s+BP 186\/112 mmHg · HR 96\s+Systolic 186 mmHg, above 180;/);
    expect(text).toContain('Diastolic 112 mmHg, above 110;');
    expect(text).toMatch(/T\+40:00\s+BP 149\/92 mmHg · HR 80 bpm[\s\S]*Corrected after it was\s+first/);
    expect(text).not.toContain('199/99');
    expect(text).not.toContain('211/133');
    expect(text).toContain('1 reading was withdrawn from the record and is not shown.');
    expect(text).toMatch(/T\+1:00:00\s+BP 132\/84 mmHg[\s\S]*Late entry, written/);
    expect(text).toMatch(/T-10:00\s+BP 126\/82 mmHg/);
    // Sedation, adverse events, discharge checklist.
    expect(text).toMatch(/T\+25:00\s+3: Responds only after name is called loudly or/);
    expect(text).toMatch(/T\+1:20:00\s+5: Responds readily to name/);
    expect(text).toMatch(/T\+30:00\s+nausea, dizziness\. Brief, eased with rest/);
    expect(text).toMatch(/Vitals acceptable\s+Yes/);
    expect(text).toMatch(/Sedation resolved \(MOAA\/S 5\)\s+Not ticked/);
    // The latest standing measures, with band and the item 9 flag.
    expect(text).toMatch(/PHQ-9: 11 of 27, Moderate, taken 2026-01-20/);
    expect(text).toContain('SAFETY FLAG. Item 9 answered above 0');
    expect(text).toMatch(/GAD-7: 5 of 21, Mild, taken 2026-01-20/);
    // No note text at all: neither the session's notes, the private note nor the other session's signed note.
    for (const noteText of [PRIVATE_SESSION_MARKER, SESSION_NOTE_MARKER, PRIVATE_MARKER, 'She named the grief']) expect(text).not.toContain(noteText);
    expect(text).not.toContain('To meet the grief gently');
  });

  vaultTest('keeps every summary made, and answers the latest for a remake', async () => {
    await call(core, 'documents.prescriberSummary', { sessionId, summary: 'First words.', passphrase: STRONG_PASSPHRASE });
    const second = await call(core, 'documents.prescriberSummary', { sessionId, summary: 'Second words.', passphrase: STRONG_PASSPHRASE });
    expect(await call(core, 'documents.lastPrescriberSummary', { sessionId })).toEqual({ made: { summary: 'Second words.', madeAt: second.made!.madeAt } });
    expect(asked).toHaveLength(2);
  });

  vaultTest('is refused for a session not discharged or never dosed, and for an unknown one', async () => {
    const protocol = (await call(core, 'protocols.list', {})).protocols.find((one) => one.route === 'im' && one.isDefault)!;
    const planned = await call(core, 'sessions.plan', { clientId: seeded.clientId, protocolId: protocol.id, plannedDoseMg: 50 });
    expect(await make(planned.id)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await call(core, 'sessions.checkIn', { id: planned.id, readiness: {} });
    await call(core, 'sessions.logEvent', { sessionId: planned.id, entry: { kind: 'dose', amountMg: 50 } });
    expect(await make(planned.id)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const cancelled = await call(core, 'sessions.plan', { clientId: seeded.clientId, protocolId: protocol.id, plannedDoseMg: 50 });
    await call(core, 'sessions.cancel', { id: cancelled.id, reason: 'Blood pressure too high at check-in' });
    expect(await make(cancelled.id)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await make('no-such-session')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(asked).toEqual([]);
    expect(readdirSync(files)).toEqual([]);
  });

  vaultTest('refuses a wrong passphrase before asking where to save, and writes and keeps nothing', async () => {
    const result = await make(sessionId, OTHER_STRONG_PASSPHRASE);
    expect(result).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    if (!result.ok) expect(result.error.message).not.toContain(OTHER_STRONG_PASSPHRASE);
    expect(asked).toEqual([]);
    expect(readdirSync(files)).toEqual([]);
    expect(await call(core, 'documents.lastPrescriberSummary', { sessionId })).toEqual({ made: null });
  });

  vaultTest('writes and keeps nothing when the save dialog is cancelled', async () => {
    choose = () => Promise.resolve(null);
    expect(await make()).toEqual({ ok: true, value: { saved: false, fileName: null, made: null } });
    expect(readdirSync(files)).toEqual([]);
    expect(await call(core, 'documents.lastPrescriberSummary', { sessionId })).toEqual({ made: null });
  });

  vaultTest('writes nothing if the vault locks while the save dialog is open', async () => {
    choose = (request) => (core.lock('idle'), oneFolderPlatform(files).chooseSaveFile(request));
    expect(await make()).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(readdirSync(files)).toEqual([]);
  });

  vaultTest('keeps no record of a summary whose file could not be written', async () => {
    choose = () => Promise.resolve(join(files, 'no-such-folder', 'x.pdf'));
    const result = await make();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).not.toContain(files);
    expect(readdirSync(files)).toEqual([]);
    expect(await call(core, 'documents.lastPrescriberSummary', { sessionId })).toEqual({ made: null });
  });

  vaultTest('refuses a blank summary at the boundary', async () => {
    expect(await core.dispatch('documents.prescriberSummary', { sessionId, summary: '   ', passphrase: STRONG_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'INVALID' },
    });
    expect(asked).toEqual([]);
  });
});
