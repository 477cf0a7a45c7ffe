import { beforeEach, describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import type { MethodInput } from '../../shared/contract';
import { localCalendarDate } from '../../shared/calendar-date';
import { call } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

const T0 = Date.UTC(2026, 10, 24, 12, 0, 0);
const TODAY = localCalendarDate(T0);
const DAY = 86_400_000;

/** PHQ-9 answers adding up to `total`, with item 9 answered `item9`. */
function phq9(total: number, item9 = 0): number[] {
  const rest = total - item9;
  return [...Array.from({ length: 8 }, (_, i) => Math.max(0, Math.min(3, rest - 3 * i))), item9];
}

describe('measures on a real vault', () => {
  let core: AppCore;
  let clock: number;
  let clientId: string;

  vaultTest.override('coreOptions', { now: () => clock });
  beforeEach(() => {
    clock = T0;
  });
  vaultTest.beforeEach(async ({ vault }) => {
    core = vault.core;
    clientId = (await call(core, 'clients.create', { displayName: 'Measured Client' })).id;
  });

  const record = (input: Partial<MethodInput<'measures.record'>>) =>
    call(core, 'measures.record', { clientId, kind: 'phq-9', answers: phq9(0), takenOn: TODAY, ...input });
  const list = async () => (await call(core, 'measures.listForClient', { clientId })).measures;

  vaultTest('scores a PHQ-9 in main: total, band and the item 9 flag', async () => {
    const measure = await record({ answers: [3, 3, 2, 2, 1, 1, 0, 0, 1], difficulty: 2 });
    expect(measure).toMatchObject({
      clientId,
      sessionId: null,
      kind: 'phq-9',
      total: 13,
      band: 'moderate',
      safetyFlag: true,
      difficulty: 2,
      takenOn: TODAY,
      enteredBy: 'therapist',
      createdAt: T0,
      withdrawnAt: null,
      outcome: { isBaseline: true, response: false, remission: false, worsening: [] },
    });
    expect(await list()).toEqual([measure]);
  });

  vaultTest('scores a GAD-7 with its own bands and no item 9', async () => {
    const measure = await record({ kind: 'gad-7', answers: [3, 3, 3, 3, 3, 0, 0] });
    expect(measure).toMatchObject({ total: 15, band: 'severe', safetyFlag: false, difficulty: null });
  });

  vaultTest('refuses a total from the caller, a wrong number of answers, an answer outside 0-3 and difficulty on a GAD-7', async () => {
    const invalid = { ok: false, error: { code: 'INVALID' } };
    const base = { clientId, kind: 'phq-9', answers: phq9(0), takenOn: TODAY };
    expect(await core.dispatch('measures.record', { ...base, total: 27 })).toMatchObject(invalid);
    expect(await core.dispatch('measures.record', { ...base, answers: phq9(0).slice(1) })).toMatchObject(invalid);
    expect(await core.dispatch('measures.record', { ...base, kind: 'gad-7' })).toMatchObject(invalid);
    expect(await core.dispatch('measures.record', { ...base, answers: [4, 0, 0, 0, 0, 0, 0, 0, 0] })).toMatchObject(invalid);
    expect(await core.dispatch('measures.record', { ...base, answers: [1.5, 0, 0, 0, 0, 0, 0, 0, 0] })).toMatchObject(invalid);
    expect(await core.dispatch('measures.record', { ...base, kind: 'gad-7', answers: [0, 0, 0, 0, 0, 0, 0], difficulty: 1 })).toMatchObject(invalid);
    expect(await core.dispatch('measures.record', { ...base, takenOn: localCalendarDate(T0 + DAY) })).toMatchObject(invalid);
    expect(await list()).toEqual([]);
  });

  vaultTest("links a measure to one of the client's sessions, never another client's", async () => {
    const protocol = (await call(core, 'protocols.list', {})).protocols.find((p) => p.route === 'im' && p.isDefault)!;
    const session = await call(core, 'sessions.plan', { clientId, protocolId: protocol.id, plannedDoseMg: 50 });
    expect((await record({ sessionId: session.id })).sessionId).toBe(session.id);

    const otherClient = (await call(core, 'clients.create', { displayName: 'Someone Else' })).id;
    const otherSession = await call(core, 'sessions.plan', { clientId: otherClient, protocolId: protocol.id, plannedDoseMg: 50 });
    expect(await core.dispatch('measures.record', { clientId, kind: 'phq-9', answers: phq9(0), takenOn: TODAY, sessionId: otherSession.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID' },
    });
  });

  vaultTest('judges each measure against the baseline and the one before: response, remission, worsening', async () => {
    await record({ answers: phq9(20), takenOn: '2026-11-01' });
    await record({ answers: phq9(10), takenOn: '2026-11-08' });
    await record({ answers: phq9(4), takenOn: '2026-11-15' });
    await record({ answers: phq9(9, 1), takenOn: '2026-11-22' });
    await record({ kind: 'gad-7', answers: [2, 2, 2, 2, 2, 2, 2], takenOn: '2026-11-10' });

    const measures = await list();
    expect(measures.map((m) => [m.takenOn, m.kind, m.total])).toEqual([
      ['2026-11-22', 'phq-9', 9],
      ['2026-11-15', 'phq-9', 4],
      ['2026-11-10', 'gad-7', 14],
      ['2026-11-08', 'phq-9', 10],
      ['2026-11-01', 'phq-9', 20],
    ]);
    expect(measures.map((m) => m.outcome)).toEqual([
      { isBaseline: false, response: true, remission: false, worsening: ['total-rose', 'item9-rose'] },
      { isBaseline: false, response: true, remission: true, worsening: [] },
      { isBaseline: true, response: false, remission: false, worsening: [] },
      { isBaseline: false, response: true, remission: false, worsening: [] },
      { isBaseline: true, response: false, remission: false, worsening: [] },
    ]);
  });

  vaultTest('a withdrawn measure stays in the record with its reason and leaves the course', async () => {
    const mistaken = await record({ answers: phq9(3), takenOn: '2026-11-01' });
    await record({ answers: phq9(18), takenOn: '2026-11-02' });
    clock = T0 + DAY / 24;
    const withdrawn = await call(core, 'measures.withdraw', { id: mistaken.id, reason: '  Entered for the wrong client  ' });
    expect(withdrawn).toMatchObject({ id: mistaken.id, total: 3, withdrawnAt: clock, withdrawalReason: 'Entered for the wrong client', outcome: null });

    const [standing, kept] = await list();
    expect(kept).toEqual(withdrawn);
    expect(standing!.outcome).toEqual({ isBaseline: true, response: false, remission: false, worsening: [] });
    expect(await core.dispatch('measures.withdraw', { id: mistaken.id, reason: 'again' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await core.dispatch('measures.withdraw', { id: mistaken.id, reason: '   ' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });

  vaultTest('the schema refuses to change or delete a measure, or to store a total that is not the sum', async ({ openRaw }) => {
    const measure = await record({ answers: phq9(12) });
    core.lock('user');
    const db = await openRaw();
    expect(() => db.prepare('UPDATE measures SET total = 1 WHERE id = ?').run(measure.id)).toThrow(/cannot change/);
    expect(() => db.prepare('DELETE FROM measures WHERE id = ?').run(measure.id)).toThrow(/cannot be deleted/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO measures (id, client_id, kind, answers, total, taken_on, entered_by, created_at) VALUES ('x', ?, 'phq-9', ?, 27, ?, 'therapist', 1)",
        )
        .run(clientId, JSON.stringify(phq9(12)), TODAY),
    ).toThrow(/sum/);
  });

  vaultTest('an unknown client is not found and an archived one takes no new measure', async () => {
    expect(await core.dispatch('measures.listForClient', { clientId: 'nobody' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await call(core, 'clients.archive', { id: clientId });
    expect(await core.dispatch('measures.record', { clientId, kind: 'phq-9', answers: phq9(0), takenOn: TODAY })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});
