import type Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import type { Protocol } from '../../shared/contract/protocols';
import { STRONG_PASSPHRASE } from '../support/passphrases';
import { call } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

const MIN = 60_000;

describe('dosing sessions on a real vault', () => {
  let core: AppCore;
  let clientId: string;
  let protocols: Protocol[];
  const byRoute = (route: string) => protocols.find((protocol) => protocol.route === route && protocol.isDefault)!;

  vaultTest.beforeEach(async ({ vault }) => {
    core = vault.core;
    clientId = (await call(core, 'clients.create', { displayName: 'Session Client', dateOfBirth: '1979-05-06' })).id;
    protocols = (await call(core, 'protocols.list', {})).protocols;
  });

  async function dosedEsketamineSession() {
    const session = await call(core, 'sessions.plan', { clientId, protocolId: byRoute('esketamine').id, plannedDoseMg: 84 });
    const now = Date.now();
    await call(core, 'sessions.checkIn', {
      id: session.id,
      vitals: { systolic: 128, diastolic: 82, heartRate: 70, spo2: 98 },
      readiness: { 'no-food': true, 'no-liquids': true },
      intention: 'To feel less stuck',
      at: now - 10 * MIN,
    });
    await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'dose', amountMg: 28, deviceNumber: 1 }, at: now - 5 * MIN });
    return Object.assign(session, { dosedAt: now - 5 * MIN });
  }

  vaultTest('seeds one default protocol per route', () => {
    expect(
      protocols
        .filter((protocol) => protocol.isDefault)
        .map((protocol) => protocol.route)
        .sort(),
    ).toEqual(['esketamine', 'im', 'iv', 'sublingual']);
  });

  vaultTest('plans by mg/kg and weight for IM, and numbers the course', async () => {
    const first = await call(core, 'sessions.plan', { clientId, protocolId: byRoute('im').id, mgPerKg: 0.75, weightKg: 68 });
    expect(first).toMatchObject({ plannedDoseMg: 51, mgPerKg: 0.75, weightKg: 68, courseSessionNumber: 1, status: 'planned', deviceCount: null });
    const second = await call(core, 'sessions.plan', { clientId, protocolId: byRoute('im').id, plannedDoseMg: 60 });
    expect(second.courseSessionNumber).toBe(2);
  });

  vaultTest('refuses implausible doses with a message naming the field', async () => {
    for (const [route, input] of [
      ['im', { plannedDoseMg: 5000 }],
      ['esketamine', { plannedDoseMg: 100 }],
      ['esketamine', { plannedDoseMg: 60 }],
      ['sublingual', { mgPerKg: 1, weightKg: 70 }],
    ] as const) {
      const result = await core.dispatch('sessions.plan', { clientId, protocolId: byRoute(route).id, ...input });
      expect(result, `${route} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'INVALID' } });
      if (!result.ok) expect(result.error.message).toMatch(/plannedDoseMg|mgPerKg/);
    }
    const nan = await core.dispatch('sessions.logEvent', { sessionId: 'x', entry: { kind: 'vitals', vitals: { systolic: Number.NaN } } });
    expect(nan).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    const low = await core.dispatch('sessions.logEvent', { sessionId: 'x', entry: { kind: 'vitals', vitals: { systolic: 30 } } });
    expect(low.ok === false && low.error.message).toContain('vitals.systolic');
  });

  vaultTest('runs an esketamine session: devices, cues, discharge, REMS pending until submitted', async () => {
    const session = await dosedEsketamineSession();
    let detail = await call(core, 'sessions.get', { id: session.id });
    expect(detail.session.status).toBe('dosed');
    expect(detail.session.deviceCount).toBe(3);
    expect(detail.session.protocol.cues.map((cue) => cue.id)).toEqual(['device-2', 'device-3', 'bp-40', 'bp-before-discharge', 'monitoring-end']);
    await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'cue-acknowledged', cueId: 'bp-40' } });
    await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'quote', text: 'I could see the whole valley' } });
    expect(await core.dispatch('sessions.logEvent', { sessionId: session.id, entry: { kind: 'cue-acknowledged', cueId: 'nonexistent' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID' },
    });
    detail = await call(core, 'sessions.discharge', { id: session.id, checklist: { 'vitals-acceptable': true, 'ride-present': true } });
    expect(detail.session.status).toBe('discharged');
    expect((await call(core, 'sessions.active', {})).session).toBeNull();

    const pending = await call(core, 'sessions.remsPending', {});
    expect(pending.items).toEqual([expect.objectContaining({ sessionId: session.id, clientName: 'Session Client' })]);
    await call(core, 'sessions.setRemsSubmitted', { id: session.id, submitted: true });
    expect((await call(core, 'sessions.remsPending', {})).items).toEqual([]);

    const history = await call(core, 'sessions.listForClient', { clientId });
    expect(history.sessions[0]).toMatchObject({ route: 'esketamine', totalDoseMg: 28, status: 'discharged' });
  });

  vaultTest('writes a device dose and its cue acknowledgement together, once', async () => {
    const session = await dosedEsketamineSession();
    const logged = await call(core, 'sessions.logEvent', {
      sessionId: session.id,
      entry: { kind: 'dose', amountMg: 28, deviceNumber: 2 },
      at: session.dosedAt + 5 * MIN,
    });
    expect(logged.event.entry).toEqual({ kind: 'dose', amountMg: 28, deviceNumber: 2 });
    expect(logged.cueAcknowledgement).toMatchObject({ at: logged.event.at, entry: { kind: 'cue-acknowledged', cueId: 'device-2' } });
    expect(logged.cueAcknowledgement!.sequence).toBe(logged.event.sequence + 1);
    // The same device again (a correction by hand, say) does not acknowledge the cue twice.
    const again = await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'dose', amountMg: 28, deviceNumber: 2 } });
    expect(again.cueAcknowledgement).toBeNull();
    // Device 1 has no cue; nor does a dose that names no device.
    const plain = await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'dose', amountMg: 28 } });
    expect(plain.cueAcknowledgement).toBeNull();
    const detail = await call(core, 'sessions.get', { id: session.id });
    expect(detail.events.filter((event) => event.entry?.kind === 'cue-acknowledged').map((event) => event.entry)).toEqual([
      { kind: 'cue-acknowledged', cueId: 'device-2' },
    ]);
  });

  vaultTest('writes neither the device dose nor its acknowledgement when the acknowledgement fails', async ({ openRaw }) => {
    const session = await dosedEsketamineSession();
    core.lock('user');
    const db: Database.Database = await openRaw();
    db.exec(
      "CREATE TRIGGER refuse_acknowledgement BEFORE INSERT ON session_events WHEN NEW.kind = 'cue-acknowledged' BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
    );
    db.close();
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const before = await call(core, 'sessions.get', { id: session.id });
    const result = await core.dispatch('sessions.logEvent', { sessionId: session.id, entry: { kind: 'dose', amountMg: 28, deviceNumber: 2 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID', message: expect.stringContaining('Nothing was saved') } });
    expect(await call(core, 'sessions.get', { id: session.id })).toEqual(before);
  });

  vaultTest('corrects and retracts by adding events, keeping the original', async () => {
    const session = await dosedEsketamineSession();
    const { event: reading } = await call(core, 'sessions.logEvent', {
      sessionId: session.id,
      entry: { kind: 'vitals', vitals: { systolic: 190, diastolic: 100 } },
    });
    expect(reading).toMatchObject({ entry: { kind: 'vitals', vitals: { systolic: 190 } }, supersedesId: null });
    const { event: correction } = await call(core, 'sessions.correctEvent', {
      sessionId: session.id,
      eventId: reading.id,
      entry: { kind: 'vitals', vitals: { systolic: 150, diastolic: 100 } },
    });
    expect(correction).toMatchObject({ supersedesId: reading.id, at: reading.at });
    const { event: retraction } = await call(core, 'sessions.retractEvent', { sessionId: session.id, eventId: reading.id, reason: 'Cuff was loose' });
    expect(retraction).toMatchObject({ retractsId: reading.id, retractionReason: 'Cuff was loose', entry: null });
    const detail = await call(core, 'sessions.get', { id: session.id });
    expect(detail.events.filter((event) => event.id === reading.id)).toEqual([reading]);
    expect(detail.events.slice(-3).map((event) => event.id)).toEqual([reading.id, correction.id, retraction.id]);
    expect(await core.dispatch('sessions.retractEvent', { sessionId: session.id, eventId: reading.id, reason: 'again' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  vaultTest('moves T0 when the first dose is corrected, and back to checked in when it is withdrawn', async () => {
    const session = await dosedEsketamineSession();
    const detail = await call(core, 'sessions.get', { id: session.id });
    const dose = detail.events.find((event) => event.entry?.kind === 'dose')!;
    const earlier = session.dosedAt - 2 * MIN;
    const corrected = await call(core, 'sessions.correctEvent', {
      sessionId: session.id,
      eventId: dose.id,
      entry: { kind: 'dose', amountMg: 28, deviceNumber: 1 },
      at: earlier,
    });
    expect(corrected.session).toMatchObject({ dosedAt: earlier, status: 'dosed' });
    const withdrawn = await call(core, 'sessions.retractEvent', { sessionId: session.id, eventId: dose.id, reason: 'Logged on the wrong session' });
    expect(withdrawn.session).toMatchObject({ dosedAt: null, status: 'checked-in' });
  });

  vaultTest('the database itself refuses UPDATE or DELETE of a timeline event', async ({ openRaw }) => {
    const session = await dosedEsketamineSession();
    core.lock('user');
    const db: Database.Database = await openRaw();
    try {
      expect(() => db.prepare('UPDATE session_events SET at = 0 WHERE session_id = ?').run(session.id)).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM session_events WHERE session_id = ?').run(session.id)).toThrow(/append-only/);
      expect(db.prepare('SELECT count(*) FROM session_events WHERE session_id = ?').pluck().get(session.id)).toBe(2);
    } finally {
      db.close();
    }
  });

  vaultTest('reports a damaged stored record clearly instead of passing on a wrong shape', async ({ openRaw }) => {
    const template = byRoute('iv');
    core.lock('user');
    const db: Database.Database = await openRaw();
    db.prepare('UPDATE protocols SET definition = ? WHERE id = ?').run('{"name":"half a protocol"}', template.id);
    db.close();
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const result = await core.dispatch('protocols.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_DAMAGED' } });
    if (!result.ok) expect(result.error.message).toContain('protocol');
    expect(await call(core, 'clients.get', { id: clientId })).toMatchObject({ displayName: 'Session Client' });
  });

  vaultTest("keeps a session's protocol snapshot when the template changes", async () => {
    const template = byRoute('im');
    const session = await call(core, 'sessions.plan', { clientId, protocolId: template.id, plannedDoseMg: 50 });
    const edited = {
      ...template.definition,
      name: 'IM (edited)',
      phases: template.definition.phases.map((phase) => ({ ...phase, startsAtMinute: phase.startsAtMinute * 2 })),
    };
    await call(core, 'protocols.save', { id: template.id, definition: edited });
    const stored = await call(core, 'sessions.get', { id: session.id });
    expect(stored.session.protocol).toEqual(template.definition);
    expect((await call(core, 'protocols.list', {})).protocols.find((protocol) => protocol.id === template.id)?.definition.name).toBe('IM (edited)');
  });

  vaultTest('refuses a protocol whose phases are out of order', async () => {
    const template = byRoute('iv');
    const phases = [...template.definition.phases].reverse();
    expect(await core.dispatch('protocols.save', { definition: { ...template.definition, phases } })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });

  vaultTest('logs "clinically ready" once the clock runs, and refuses it before the dose', async () => {
    const planned = await call(core, 'sessions.plan', { clientId, protocolId: byRoute('im').id, plannedDoseMg: 50 });
    await call(core, 'sessions.checkIn', { id: planned.id, vitals: { systolic: 122, diastolic: 78 }, readiness: {} });
    expect(await core.dispatch('sessions.logEvent', { sessionId: planned.id, entry: { kind: 'clinically-ready' } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await call(core, 'sessions.cancel', { id: planned.id, reason: 'Not today' });
    const session = await dosedEsketamineSession();
    const { event } = await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'clinically-ready' } });
    expect(event.entry).toEqual({ kind: 'clinically-ready' });
  });

  vaultTest('cancels a checked-in session whose dose was deferred: in the timeline and the history, and never resumed', async () => {
    const session = await call(core, 'sessions.plan', { clientId, protocolId: byRoute('im').id, plannedDoseMg: 50 });
    await call(core, 'sessions.checkIn', { id: session.id, vitals: { systolic: 172, diastolic: 104 }, readiness: {} });
    expect((await call(core, 'sessions.active', {})).session?.id).toBe(session.id);
    const empty = await core.dispatch('sessions.cancel', { id: session.id, reason: '   ' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'INVALID' } });

    const { session: cancelled, events } = await call(core, 'sessions.cancel', { id: session.id, reason: 'BP 172/104, dose deferred' });
    expect(cancelled).toMatchObject({ status: 'cancelled', dosedAt: null });
    expect(cancelled.endedAt).not.toBeNull();
    expect(events.at(-1)?.entry).toEqual({ kind: 'session-cancelled', reason: 'BP 172/104, dose deferred' });
    expect((await call(core, 'sessions.active', {})).session).toBeNull();
    const [row] = (await call(core, 'sessions.listForClient', { clientId })).sessions;
    expect(row).toMatchObject({ status: 'cancelled', cancellationReason: 'BP 172/104, dose deferred', totalDoseMg: 0 });

    // Closed: no dose, no entry, no second cancellation, and the cancellation itself stands.
    expect(await core.dispatch('sessions.logEvent', { sessionId: session.id, entry: { kind: 'dose', amountMg: 50 } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await core.dispatch('sessions.cancel', { id: session.id, reason: 'again' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await core.dispatch('sessions.retractEvent', { sessionId: session.id, eventId: events.at(-1)!.id, reason: 'undo' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  vaultTest('refuses to cancel a dosed or discharged session, and to log a cancellation by hand', async () => {
    const session = await dosedEsketamineSession();
    const refused = await core.dispatch('sessions.cancel', { id: session.id, reason: 'changed my mind' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/discharge/);
    expect(await core.dispatch('sessions.logEvent', { sessionId: session.id, entry: { kind: 'session-cancelled', reason: 'by hand' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID' },
    });
    await call(core, 'sessions.discharge', { id: session.id, checklist: {} });
    expect(await core.dispatch('sessions.cancel', { id: session.id, reason: 'too late' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await call(core, 'sessions.get', { id: session.id })).session.status).toBe('discharged');
  });

  vaultTest('the idle lock is the longer dosed-session setting from the dose until discharge', async () => {
    await call(core, 'settings.update', { idleLockMinutes: 10, dosedIdleLockMinutes: 45 });
    const session = await call(core, 'sessions.plan', { clientId, protocolId: byRoute('im').id, plannedDoseMg: 50 });
    await call(core, 'sessions.checkIn', { id: session.id, readiness: {} });
    expect(core.idleLockMinutes()).toBe(10);
    await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'dose', amountMg: 50 } });
    expect(core.idleLockMinutes()).toBe(45);
    await call(core, 'sessions.discharge', { id: session.id, checklist: {} });
    expect(core.idleLockMinutes()).toBe(10);
    for (const minutes of [0, 241, 2.5]) {
      expect(await core.dispatch('settings.update', { dosedIdleLockMinutes: minutes })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    }
  });

  vaultTest('acknowledges a due cue from the lock screen by id only, and writes it into the timeline at the unlock', async ({ openRaw }) => {
    const session = await call(core, 'sessions.plan', { clientId, protocolId: byRoute('im').id, plannedDoseMg: 50 });
    const now = Date.now();
    await call(core, 'sessions.checkIn', { id: session.id, readiness: {}, intention: 'To feel less stuck', at: now - 25 * MIN });
    await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'dose', amountMg: 50 }, at: now - 20 * MIN });
    expect(await core.dispatch('sessions.acknowledgeLockedCue', { cueId: 'vitals-15' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    core.lock('idle');
    const { clock } = await call(core, 'sessions.acknowledgeLockedCue', { cueId: 'vitals-15' });
    expect(clock.anchors.acknowledgedCues['vitals-15']).toBeGreaterThanOrEqual(now);
    expect((await call(core, 'sessions.lockedClock', {})).clock?.anchors.acknowledgedCues['vitals-15']).toBe(clock.anchors.acknowledgedCues['vitals-15']);
    const text = JSON.stringify(clock);
    for (const forbidden of ['Session Client', 'less stuck', clientId, session.id]) expect(text).not.toContain(forbidden);
    for (const [cueId, code] of [
      ['vitals-15', 'CONFLICT'],
      ['vitals-30', 'CONFLICT'],
      ['nonexistent', 'INVALID'],
    ] as const) {
      expect(await core.dispatch('sessions.acknowledgeLockedCue', { cueId }), cueId).toMatchObject({ ok: false, error: { code } });
    }
    for (const at of [Date.now() + 10 * MIN, now - 30 * MIN]) {
      expect(await core.dispatch('sessions.acknowledgeLockedCue', { cueId: 'visit-window', at }), String(at)).toMatchObject({
        ok: false,
        error: { code: 'INVALID' },
      });
    }
    // Nothing is written while locked.
    const raw = await openRaw();
    expect(raw.prepare("SELECT count(*) FROM session_events WHERE kind = 'cue-acknowledged'").pluck().get()).toBe(0);
    raw.close();

    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const { events } = await call(core, 'sessions.get', { id: session.id });
    const acknowledged = events.filter((event) => event.entry?.kind === 'cue-acknowledged');
    expect(acknowledged.map((event) => [event.entry, event.at])).toEqual([
      [{ kind: 'cue-acknowledged', cueId: 'vitals-15' }, clock.anchors.acknowledgedCues['vitals-15']],
    ]);
    // Written once: a second lock and unlock adds nothing.
    core.lock('user');
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect((await call(core, 'sessions.get', { id: session.id })).events.filter((event) => event.entry?.kind === 'cue-acknowledged')).toHaveLength(1);
  });

  vaultTest('a device cue is not acknowledged from the lock screen: a device is a dose, recorded in the room', async () => {
    await dosedEsketamineSession();
    core.lock('user');
    expect(await core.dispatch('sessions.acknowledgeLockedCue', { cueId: 'device-2' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
  });

  vaultTest('keeps the clock, and nothing that names the client, through a lock', async () => {
    const session = await dosedEsketamineSession();
    await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'quote', text: 'Private words' } });
    expect((await call(core, 'sessions.lockedClock', {})).clock).toBeNull();
    core.lock('idle');
    const { clock } = await call(core, 'sessions.lockedClock', {});
    expect(clock?.anchors.dosedAt).toBe(session.dosedAt);
    expect(clock?.protocol.route).toBe('esketamine');
    const text = JSON.stringify(clock);
    for (const forbidden of ['Session Client', 'Private words', 'less stuck', clientId, session.id]) expect(text).not.toContain(forbidden);
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect((await call(core, 'sessions.lockedClock', {})).clock).toBeNull();
    expect((await call(core, 'sessions.active', {})).session?.id).toBe(session.id);
  });
});
