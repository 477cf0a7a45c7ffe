import { describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import type { Protocol } from '../../shared/contract/protocols';
import { resolveTimeline } from '../../shared/session/timeline';
import { call } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

const MIN = 60_000;

describe('late entries after discharge, through dispatch()', () => {
  let core: AppCore;
  let clientId: string;
  let imProtocol: Protocol;
  let clock = Date.UTC(2026, 11, 2, 12, 0, 0);

  vaultTest.override('coreOptions', { now: () => clock });

  vaultTest.beforeEach(async ({ vault }) => {
    clock = Date.UTC(2026, 11, 2, 12, 0, 0);
    core = vault.core;
    clientId = (await call(core, 'clients.create', { displayName: 'Late Client' })).id;
    imProtocol = (await call(core, 'protocols.list', {})).protocols.find((protocol) => protocol.route === 'im' && protocol.isDefault)!;
  });

  const plan = () => call(core, 'sessions.plan', { clientId, protocolId: imProtocol.id, plannedDoseMg: 50 });

  /** Checked in at 12:00, dosed at 12:10, an observation at 13:00, discharged at 14:40; the clock then moves to 15:30. */
  async function dischargedSession() {
    const session = await plan();
    const checkInAt = clock;
    await call(core, 'sessions.checkIn', { id: session.id, readiness: {}, vitals: { systolic: 124, diastolic: 80 }, at: checkInAt });
    clock += 10 * MIN;
    await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'dose', amountMg: 50 }, at: clock });
    clock += 50 * MIN;
    await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'observation', text: 'Eyes closed, still' }, at: clock });
    clock += 100 * MIN;
    const { session: discharged } = await call(core, 'sessions.discharge', { id: session.id, checklist: {}, at: clock });
    clock += 50 * MIN;
    return { sessionId: session.id, checkInAt, endedAt: discharged.endedAt! };
  }

  vaultTest('adds a late observation after discharge: the time it refers to, the time it was written, and its place in the timeline', async () => {
    const { sessionId, checkInAt } = await dischargedSession();
    const writtenAt = clock;
    const refersTo = checkInAt + 30 * MIN;

    const { event, session } = await call(core, 'sessions.addLateEntry', {
      sessionId,
      entry: { kind: 'observation', text: 'Cried, then laughed, then asked for water' },
      at: refersTo,
    });
    expect(session.status).toBe('discharged');
    expect(event).toMatchObject({ at: refersTo, recordedAt: writtenAt, writtenLate: true, entry: { kind: 'observation' } });

    const { events } = await call(core, 'sessions.get', { id: sessionId });
    const resolved = resolveTimeline(events);
    // In time order by the time it refers to: after the dose (12:10), before the 13:00 observation, though written last.
    expect(resolved.map((one) => one.entry.kind)).toEqual(['vitals', 'dose', 'observation', 'observation']);
    expect(resolved[2]).toMatchObject({ id: event.id, at: refersTo, lateWrittenAt: writtenAt });
    expect(resolved.filter((one) => one.lateWrittenAt !== null)).toHaveLength(1);

    // Corrected later, it stays a late entry and keeps when it was first written.
    clock += 5 * MIN;
    await call(core, 'sessions.correctEvent', { sessionId, eventId: event.id, entry: { kind: 'observation', text: 'Cried, then laughed' } });
    const corrected = resolveTimeline((await call(core, 'sessions.get', { id: sessionId })).events).find((one) => one.id === event.id)!;
    expect(corrected).toMatchObject({ at: refersTo, lateWrittenAt: writtenAt, entry: { text: 'Cried, then laughed' } });
  });

  vaultTest('the time it refers to runs from check-in until now: the discharge time itself is fine, before check-in or ahead is refused', async () => {
    const { sessionId, checkInAt, endedAt } = await dischargedSession();
    const vitals = { kind: 'vitals', vitals: { systolic: 132, diastolic: 84 } } as const;
    await expect(call(core, 'sessions.addLateEntry', { sessionId, entry: vitals, at: endedAt })).resolves.toMatchObject({ event: { at: endedAt } });
    await expect(call(core, 'sessions.addLateEntry', { sessionId, entry: vitals, at: checkInAt })).resolves.toMatchObject({ event: { at: checkInAt } });

    const early = await core.dispatch('sessions.addLateEntry', { sessionId, entry: vitals, at: checkInAt - 1 });
    expect(early).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    if (!early.ok) expect(early.error.message).toMatch(/before check-in/);
    const ahead = await core.dispatch('sessions.addLateEntry', { sessionId, entry: vitals, at: clock + 2 * MIN });
    expect(ahead).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    if (!ahead.ok) expect(ahead.error.message).toMatch(/still to come/);
    // A renderer clock a few seconds ahead is read as now: never after the time it was written.
    await expect(call(core, 'sessions.addLateEntry', { sessionId, entry: vitals, at: clock + 5_000 })).resolves.toMatchObject({ event: { at: clock } });
  });

  vaultTest('refuses an unknown session, one not yet discharged, a cancelled one, and kinds that belong in the room', async () => {
    const observation = { kind: 'observation', text: 'Remembered later' } as const;
    expect(await core.dispatch('sessions.addLateEntry', { sessionId: 'no-such-session', entry: observation, at: clock })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    const planned = await plan();
    const notDischarged = await core.dispatch('sessions.addLateEntry', { sessionId: planned.id, entry: observation, at: clock });
    expect(notDischarged).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!notDischarged.ok) expect(notDischarged.error.message).toMatch(/not been discharged/);
    await call(core, 'sessions.checkIn', { id: planned.id, readiness: {}, at: clock });
    await call(core, 'sessions.logEvent', { sessionId: planned.id, entry: { kind: 'dose', amountMg: 50 }, at: clock });
    expect(await core.dispatch('sessions.addLateEntry', { sessionId: planned.id, entry: observation, at: clock })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    const deferred = await plan();
    await call(core, 'sessions.checkIn', { id: deferred.id, readiness: {}, at: clock });
    await call(core, 'sessions.cancel', { id: deferred.id, reason: 'BP 176/104, dose deferred' });
    const cancelled = await core.dispatch('sessions.addLateEntry', { sessionId: deferred.id, entry: observation, at: clock });
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!cancelled.ok) expect(cancelled.error.message).toMatch(/cancelled/);

    const { sessionId, endedAt } = await dischargedSession();
    for (const entry of [
      { kind: 'dose', amountMg: 10 },
      { kind: 'phase-mark', phase: 'onset' },
      { kind: 'sedation', moaas: 4 },
    ]) {
      expect(await core.dispatch('sessions.addLateEntry', { sessionId, entry, at: endedAt }), entry.kind).toMatchObject({
        ok: false,
        error: { code: 'INVALID' },
      });
    }
    // The room's way in is closed after discharge, and says where to go instead.
    const logged = await core.dispatch('sessions.logEvent', { sessionId, entry: observation, at: endedAt });
    expect(logged).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!logged.ok) expect(logged.error.message).toMatch(/late entry/);
    expect((await call(core, 'sessions.get', { id: sessionId })).events.some((event) => event.writtenLate)).toBe(false);
  });
});
