import { describe, expect } from 'vitest';
import { localCalendarDate } from '../../shared/calendar-date';
import { call } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

const T0 = Date.UTC(2026, 10, 24, 12, 0, 0);
const TODAY = localCalendarDate(T0);

describe('a note’s date of service', () => {
  vaultTest.override('coreOptions', { now: () => T0 });

  vaultTest('starts as the day written, changes on a draft (never to a later day), and stays once signed', async ({ vault }) => {
    const { core } = vault;
    const clientId = (await call(core, 'clients.create', { displayName: 'Served Client' })).id;
    const note = await call(core, 'notes.create', { clientId, kind: 'general', title: 'Phone call' });
    expect(note.serviceDate).toBe(TODAY);

    const moved = await call(core, 'notes.setServiceDate', { id: note.id, serviceDate: '2026-11-20' });
    expect(moved).toMatchObject({ serviceDate: '2026-11-20', revision: note.revision });
    expect((await call(core, 'notes.listForClient', { clientId })).notes.map((one) => one.serviceDate)).toEqual(['2026-11-20']);

    expect(await core.dispatch('notes.setServiceDate', { id: note.id, serviceDate: '2026-11-25' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await core.dispatch('notes.setServiceDate', { id: note.id, serviceDate: '20 Nov' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await core.dispatch('notes.setServiceDate', { id: 'nothing', serviceDate: TODAY })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const signed = await call(core, 'notes.sign', { id: note.id, baseRevision: moved.revision, signerName: 'Dr A' });
    expect(signed.serviceDate).toBe('2026-11-20');
    expect(await core.dispatch('notes.setServiceDate', { id: note.id, serviceDate: TODAY })).toMatchObject({ ok: false, error: { code: 'SIGNED' } });
    expect((await call(core, 'notes.get', { id: note.id })).serviceDate).toBe('2026-11-20');
  });
});
