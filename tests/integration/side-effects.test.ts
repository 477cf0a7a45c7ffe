import { beforeEach, describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import { localMidnight } from '../../shared/calendar-date';
import type { MethodInput, Protocol } from '../../shared/contract';
import { DEFAULT_SIDE_EFFECT_ITEMS } from '../../shared/side-effects/side-effect-items';
import { STRONG_PASSPHRASE } from '../support/passphrases';
import { call } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

const HOUR = 3_600_000;
/** Midday on a calendar date where the test runs: the day a dose falls on is never in doubt. */
const middayOf = (date: string) => localMidnight(date) + 12 * HOUR;

describe('side effects after each dose, on a real vault', () => {
  let core: AppCore;
  let clock: number;
  let clientId: string;
  let protocol: Protocol;

  vaultTest.override('coreOptions', { now: () => clock });
  beforeEach(() => {
    clock = middayOf('2026-03-01');
  });
  vaultTest.beforeEach(async ({ vault }) => {
    core = vault.core;
    clientId = (await call(core, 'clients.create', { displayName: 'Side Effects Client' })).id;
    protocol = (await call(core, 'protocols.list', {})).protocols.find((one) => one.route === 'im' && one.isDefault)!;
  });

  const plan = async () => (await call(core, 'sessions.plan', { clientId, protocolId: protocol.id, plannedDoseMg: 50 })).id;

  /** A session checked in and dosed at midday on `date`. */
  async function doseOn(date: string): Promise<string> {
    clock = middayOf(date);
    const id = await plan();
    await call(core, 'sessions.checkIn', { id, readiness: {}, at: clock - 10 * 60_000 });
    await call(core, 'sessions.logEvent', { sessionId: id, entry: { kind: 'dose', amountMg: 50 }, at: clock });
    return id;
  }

  const record = (sessionId: string, input: Partial<MethodInput<'sideEffects.record'>> = {}) =>
    call(core, 'sideEffects.record', { sessionId, answers: [{ label: 'Nausea', level: 'mild' }], ...input });
  const refusal = async (input: unknown) => {
    const answer = await core.dispatch('sideEffects.record', input);
    return answer.ok ? 'recorded' : answer.error.code;
  };

  vaultTest('records the checklist after a dose; saving again replaces it and keeps when it was first recorded', async () => {
    const sessionId = await doseOn('2026-03-05');
    expect(await call(core, 'sideEffects.get', { sessionId })).toEqual({ checklist: null });
    const first = await record(sessionId, {
      answers: [
        { label: 'Nausea', level: 'mild' },
        { label: 'Dizziness', level: 'none' },
      ],
      note: '  Queasy on the way out  ',
    });
    expect(first).toEqual({
      sessionId,
      answers: [
        { label: 'Nausea', level: 'mild' },
        { label: 'Dizziness', level: 'none' },
      ],
      note: 'Queasy on the way out',
      firstRecordedAt: clock,
      recordedAt: clock,
    });

    const firstAt = clock;
    clock += HOUR;
    const second = await record(sessionId, { answers: [{ label: 'Headache', level: 'severe' }], note: '' });
    expect(second).toEqual({ sessionId, answers: [{ label: 'Headache', level: 'severe' }], note: null, firstRecordedAt: firstAt, recordedAt: clock });
    expect(await call(core, 'sideEffects.get', { sessionId })).toEqual({ checklist: second });
  });

  vaultTest('refuses a checklist before the dose, for a cancelled session, and for a session that does not exist', async () => {
    const planned = await plan();
    expect(await refusal({ sessionId: planned, answers: [{ label: 'Nausea', level: 'none' }] })).toBe('CONFLICT');
    await call(core, 'sessions.checkIn', { id: planned, readiness: {}, at: clock - 60_000 });
    expect(await refusal({ sessionId: planned, answers: [{ label: 'Nausea', level: 'none' }] })).toBe('CONFLICT');

    const cancelled = await plan();
    await call(core, 'sessions.cancel', { id: cancelled, reason: 'Unwell on arrival' });
    expect(await refusal({ sessionId: cancelled, answers: [{ label: 'Nausea', level: 'none' }] })).toBe('CONFLICT');
    expect(await refusal({ sessionId: 'no-such-session', answers: [{ label: 'Nausea', level: 'none' }] })).toBe('NOT_FOUND');
    expect(await core.dispatch('sideEffects.get', { sessionId: 'no-such-session' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call(core, 'sideEffects.get', { sessionId: planned })).toEqual({ checklist: null });
  });

  vaultTest('refuses an empty checklist, an item answered twice, an unknown level and an overlong label', async () => {
    const sessionId = await doseOn('2026-03-05');
    expect(await refusal({ sessionId, answers: [] })).toBe('INVALID');
    expect(await refusal({ sessionId, answers: [], note: '   ' })).toBe('INVALID');
    expect(
      await refusal({
        sessionId,
        answers: [
          { label: 'Nausea', level: 'mild' },
          { label: ' nausea', level: 'none' },
        ],
      }),
    ).toBe('INVALID');
    expect(await refusal({ sessionId, answers: [{ label: 'Nausea', level: 'present' }] })).toBe('INVALID');
    expect(await refusal({ sessionId, answers: [{ label: 'x'.repeat(81), level: 'none' }] })).toBe('INVALID');
    expect(await refusal({ sessionId, answers: [], note: 'Nothing on the list; tired for a day' })).toBe('recorded');
  });

  vaultTest("keeps each checklist's labels as recorded after the clinic changes its list", async () => {
    expect((await call(core, 'settings.get', {})).sideEffectItems).toEqual(DEFAULT_SIDE_EFFECT_ITEMS);
    const sessionId = await doseOn('2026-03-05');
    await record(sessionId, {
      answers: [
        { label: 'Nausea', level: 'moderate' },
        { label: 'Feeling drunk', level: 'mild' },
      ],
    });

    const items = ['Nausea or upset stomach', 'Headache', 'Trouble sleeping'];
    await call(core, 'settings.update', { sideEffectItems: items });
    const listed = await call(core, 'sideEffects.listForClient', { clientId });
    expect(listed.items).toEqual(items);
    expect(listed.groups[0]!.doses[0]!.checklist!.answers).toEqual([
      { label: 'Nausea', level: 'moderate' },
      { label: 'Feeling drunk', level: 'mild' },
    ]);
    expect(await call(core, 'sideEffects.get', { sessionId })).toMatchObject({ checklist: { answers: [{ label: 'Nausea' }, { label: 'Feeling drunk' }] } });
  });

  vaultTest('refuses a clinic list that is empty, names an item twice or has a blank item', async () => {
    for (const sideEffectItems of [[], ['Nausea', 'NAUSEA '], ['Nausea', '  ']]) {
      expect(await core.dispatch('settings.update', { sideEffectItems }), JSON.stringify(sideEffectItems)).toMatchObject({
        ok: false,
        error: { code: 'INVALID' },
      });
    }
    expect((await call(core, 'settings.get', {})).sideEffectItems).toEqual(DEFAULT_SIDE_EFFECT_ITEMS);
  });

  vaultTest('lists the doses by course, newest course first, each oldest dose first, then the doses outside every course', async () => {
    const before = await doseOn('2026-03-02');
    await call(core, 'courses.start', { clientId, kind: 'induction', schedule: { kind: 'clinic-default', doses: 2, weeks: 1 }, startDate: '2026-03-05' });
    const first = await doseOn('2026-03-05');
    const second = await doseOn('2026-03-09');
    const inducted = (await call(core, 'courses.listForClient', { clientId, today: '2026-03-10' })).courses[0]!.course;
    await call(core, 'courses.end', { courseId: inducted.id, endedOn: '2026-03-10', reEvaluationDate: '2026-04-07' });
    await call(core, 'courses.start', {
      clientId,
      kind: 'booster',
      schedule: { kind: 'clinic-default', doses: 1, weeks: 1 },
      startDate: '2026-05-01',
    });
    const recorded = await record(second);

    const { groups } = await call(core, 'sideEffects.listForClient', { clientId });
    // The booster has no dose yet, so it has no column to show.
    expect(groups.map((group) => group.course?.id ?? null)).toEqual([inducted.id, null]);
    expect(groups[0]!.course).toEqual({ id: inducted.id, kind: 'induction', startDate: '2026-03-05', endedOn: '2026-03-10' });
    expect(groups[0]!.doses).toEqual([
      { sessionId: first, date: '2026-03-05', dosedAt: middayOf('2026-03-05'), checklist: null },
      { sessionId: second, date: '2026-03-09', dosedAt: middayOf('2026-03-09'), checklist: recorded },
    ]);
    expect(groups[1]!.doses.map((dose) => dose.sessionId)).toEqual([before]);
    expect(await core.dispatch('sideEffects.listForClient', { clientId: 'nobody' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  vaultTest('a lock while a save is under way leaves the whole checklist or none of it; of two saves, the later one stands whole', async () => {
    const sessionId = await doseOn('2026-03-05');
    const answers = DEFAULT_SIDE_EFFECT_ITEMS.map((label) => ({ label, level: 'mild' as const }));
    const saving = core.dispatch('sideEffects.record', { sessionId, answers });
    core.lock('user');
    const saved = await saving;
    expect(await core.dispatch('sideEffects.get', { sessionId })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await core.dispatch('sideEffects.record', { sessionId, answers })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const stored = (await call(core, 'sideEffects.get', { sessionId })).checklist;
    if (saved.ok) expect(stored).toEqual(saved.value);
    else expect([saved.error.code, stored]).toEqual(['LOCKED', null]);

    const firstWriter = core.dispatch('sideEffects.record', { sessionId, answers });
    const secondWriter = core.dispatch('sideEffects.record', { sessionId, answers: [{ label: 'Headache', level: 'severe' }], note: 'Second look' });
    const [one, two] = await Promise.all([firstWriter, secondWriter]);
    expect(one.ok && two.ok).toBe(true);
    expect((await call(core, 'sideEffects.get', { sessionId })).checklist).toMatchObject({
      answers: [{ label: 'Headache', level: 'severe' }],
      note: 'Second look',
    });
  });
});
