import { describe, expect } from 'vitest';
import type { RecordStore } from '../../db/record-store';
import type { AppCore } from '../../electron/app-core';
import { readSettings } from '../../electron/handlers/settings/settings-handlers';
import { DEFAULT_CONTRAINDICATIONS } from '../../shared/evaluation/contraindications';
import { DEFAULT_FOLLOW_UP_LADDER } from '../../shared/follow-up/follow-up-ladder';
import { DEFAULT_VITAL_THRESHOLDS } from '../../shared/session/vital-thresholds';
import { DEFAULT_SIDE_EFFECT_ITEMS } from '../../shared/side-effects/side-effect-items';
import { call } from '../support/temp-vault';
import { fileVaultTest, vaultTest } from '../support/vault-fixture';

const names = (list: { clients: { displayName: string }[] }) => list.clients.map((client) => client.displayName);

describe('client records', () => {
  let core: AppCore;

  fileVaultTest.beforeAll(async ({ vault }) => {
    core = vault.core;
    for (const displayName of ['José Álvarez', 'ann-marie Byrne', 'Zoë Carter', 'Dan_Underscore', 'Percy 100% Sure']) {
      await call(core, 'clients.create', { displayName });
    }
  });

  fileVaultTest('lists active clients alphabetically, ignoring case', async () => {
    expect(names(await call(core, 'clients.list', {}))).toEqual(['ann-marie Byrne', 'Dan_Underscore', 'José Álvarez', 'Percy 100% Sure', 'Zoë Carter']);
  });

  fileVaultTest('finds clients by part of a name, ignoring case and accents', async () => {
    expect(names(await call(core, 'clients.list', { query: 'jose' }))).toEqual(['José Álvarez']);
    expect(names(await call(core, 'clients.list', { query: 'ALVA' }))).toEqual(['José Álvarez']);
    expect(names(await call(core, 'clients.list', { query: 'zoe' }))).toEqual(['Zoë Carter']);
    expect(names(await call(core, 'clients.list', { query: 'ANN-M' }))).toEqual(['ann-marie Byrne']);
    expect(names(await call(core, 'clients.list', { query: 'nobody' }))).toEqual([]);
  });

  fileVaultTest('treats % and _ in a search as the characters themselves', async () => {
    expect(names(await call(core, 'clients.list', { query: '_' }))).toEqual(['Dan_Underscore']);
    expect(names(await call(core, 'clients.list', { query: '100%' }))).toEqual(['Percy 100% Sure']);
  });

  fileVaultTest('finds a client by preferred name too', async () => {
    const created = await call(core, 'clients.create', { displayName: 'Margaret Lowe', preferredName: 'Peggy', pronouns: 'she/her' });
    expect(names(await call(core, 'clients.list', { query: 'pegg' }))).toEqual(['Margaret Lowe']);
    expect(created).toMatchObject({ preferredName: 'Peggy', pronouns: 'she/her', dateOfBirth: null, about: null, archivedAt: null });
  });

  fileVaultTest('edits every field and normalises blanks to empty', async () => {
    const created = await call(core, 'clients.create', { displayName: ' Lee Park ', about: 'Prefers morning sessions' });
    expect(created.displayName).toBe('Lee Park');
    const updated = await call(core, 'clients.update', {
      id: created.id,
      displayName: 'Lee Park-Smith',
      preferredName: 'Lee',
      pronouns: 'they/them',
      dateOfBirth: '1988-04-12',
      about: '   ',
    });
    expect(updated).toMatchObject({ displayName: 'Lee Park-Smith', preferredName: 'Lee', pronouns: 'they/them', dateOfBirth: '1988-04-12', about: null });
    expect(updated.updatedAt).toBeGreaterThanOrEqual(created.updatedAt);
    expect(await call(core, 'clients.get', { id: created.id })).toEqual(updated);
  });

  fileVaultTest('stores the sex the REMS form asks for, reads it back, and clears it to not recorded', async () => {
    const created = await call(core, 'clients.create', { displayName: 'Sam Rivers', sex: 'female' });
    expect(created.sex).toBe('female');
    expect((await call(core, 'clients.get', { id: created.id })).sex).toBe('female');
    const changed = await call(core, 'clients.update', { id: created.id, displayName: 'Sam Rivers', sex: 'other' });
    expect((await call(core, 'clients.get', { id: created.id })).sex).toBe('other');
    expect(changed.sex).toBe('other');
    await call(core, 'clients.update', { id: created.id, displayName: 'Sam Rivers', sex: null });
    expect((await call(core, 'clients.get', { id: created.id })).sex).toBeNull();
    expect((await call(core, 'clients.create', { displayName: 'No Sex Given' })).sex).toBeNull();
  });

  fileVaultTest('refuses a sex the REMS form does not ask', async () => {
    for (const sex of ['f', 'Female', 'unknown', '']) {
      expect(await core.dispatch('clients.create', { displayName: 'Refused', sex })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    }
    expect(names(await call(core, 'clients.list', { query: 'refused' }))).toEqual([]);
  });

  fileVaultTest('archives and restores, moving the client between the lists', async () => {
    const created = await call(core, 'clients.create', { displayName: 'Archie Vist' });
    const archived = await call(core, 'clients.archive', { id: created.id });
    expect(archived.archivedAt).not.toBeNull();
    expect(names(await call(core, 'clients.list', { query: 'archie' }))).toEqual([]);
    expect(names(await call(core, 'clients.list', { query: 'archie', archived: true }))).toEqual(['Archie Vist']);
    const restored = await call(core, 'clients.restore', { id: created.id });
    expect(restored.archivedAt).toBeNull();
    expect(names(await call(core, 'clients.list', { query: 'archie' }))).toEqual(['Archie Vist']);
  });

  fileVaultTest('answers NOT_FOUND when editing or archiving a client that does not exist', async () => {
    for (const method of ['clients.archive', 'clients.restore', 'clients.get']) {
      expect(await core.dispatch(method, { id: 'missing' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await core.dispatch('clients.update', { id: 'missing', displayName: 'X' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  fileVaultTest('stores settings, starting from the defaults', async () => {
    expect(await call(core, 'settings.get')).toEqual({
      idleLockMinutes: 10,
      dosedIdleLockMinutes: 30,
      cueSound: false,
      vitalThresholds: DEFAULT_VITAL_THRESHOLDS,
      clinicianName: null,
      clinicName: null,
      notesToFinishAfterDays: 3,
      backupKeepDaily: 14,
      backupKeepMonthly: 12,
      backupWarnAfterDays: 7,
      sideEffectItems: DEFAULT_SIDE_EFFECT_ITEMS,
      auditRetentionYears: 6,
      contraindications: DEFAULT_CONTRAINDICATIONS,
      followUpLadder: DEFAULT_FOLLOW_UP_LADDER,
      screenProtection: true,
    });
    expect(await call(core, 'settings.update', { idleLockMinutes: 3 })).toMatchObject({ idleLockMinutes: 3, cueSound: false });
    expect(await call(core, 'settings.update', { cueSound: true })).toMatchObject({ idleLockMinutes: 3, cueSound: true });
    expect(core.idleLockMinutes()).toBe(3);
  });

  fileVaultTest('falls back to the default for a damaged stored setting', () => {
    // A value that fits no setting (a bare string would pass as the clinician's name).
    const damaged = { settings: { get: () => ({ minutes: 'ten' }) } } as unknown as RecordStore;
    expect(readSettings(damaged)).toEqual({
      idleLockMinutes: 10,
      dosedIdleLockMinutes: 30,
      cueSound: false,
      vitalThresholds: DEFAULT_VITAL_THRESHOLDS,
      clinicianName: null,
      clinicName: null,
      notesToFinishAfterDays: 3,
      backupKeepDaily: 14,
      backupKeepMonthly: 12,
      backupWarnAfterDays: 7,
      sideEffectItems: DEFAULT_SIDE_EFFECT_ITEMS,
      auditRetentionYears: 6,
      contraindications: DEFAULT_CONTRAINDICATIONS,
      followUpLadder: DEFAULT_FOLLOW_UP_LADDER,
      screenProtection: true,
    });
  });
});

describe('the caseload facts beside the client list', () => {
  vaultTest('count each active client’s last dose, planned sessions, drafts to finish and open homework', async ({ vault }) => {
    const core = vault.core;
    const client = async (displayName: string) => (await call(core, 'clients.create', { displayName })).id;
    const [busy, quiet, archived] = [await client('Busy Client'), await client('Quiet Client'), await client('Archived Client')];
    const protocolId = (await call(core, 'protocols.list', {})).protocols.find((one) => one.route === 'im')!.id;
    const plan = (clientId: string) => call(core, 'sessions.plan', { clientId, protocolId, plannedDoseMg: 50 });

    const dosedAt = Date.now() - 3 * 60 * 60_000;
    const dosed = await plan(busy);
    await call(core, 'sessions.checkIn', { id: dosed.id, readiness: {}, at: dosedAt - 10 * 60_000 });
    await call(core, 'sessions.logEvent', { sessionId: dosed.id, entry: { kind: 'dose', amountMg: 50 }, at: dosedAt });
    await call(core, 'sessions.discharge', { id: dosed.id, checklist: {} });
    await plan(busy);
    await call(core, 'notes.create', { clientId: busy, kind: 'general', title: 'Draft' });
    const signed = await call(core, 'notes.create', { clientId: busy, kind: 'general', title: 'Signed' });
    await call(core, 'notes.sign', { id: signed.id, baseRevision: signed.revision, signerName: 'Dr. Example' });
    const statuses = ['assigned', 'in-progress', 'completed', 'reviewed', 'not-done'] as const;
    for (const status of statuses) {
      const fields = { title: status, fields: { type: 'custom', instructions: 'x' } } as const;
      const homework = await call(core, 'homework.create', { clientId: busy, ...fields });
      await call(core, 'homework.update', { id: homework.id, ...fields, status });
    }
    await call(core, 'notes.create', { clientId: archived, kind: 'general' });
    await call(core, 'clients.archive', { id: archived });

    const { facts } = await call(core, 'clients.caseload', {});
    expect(facts).toEqual([{ clientId: busy, lastDosedAt: dosedAt, plannedSessions: 1, draftNotes: 1, openHomework: 3, nextDose: null }]);
    expect(facts.map((fact) => fact.clientId)).not.toContain(quiet);
  });
});
