import { describe, expect } from 'vitest';
import { localMidnight } from '../../shared/calendar-date';
import { call } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

/** Midday on a calendar date where the test runs: the day a dose falls on is never in doubt. */
const middayOf = (date: string) => localMidnight(date) + 12 * 3_600_000;

describe("the caseload facts carry each active course's next dose", () => {
  let clock = middayOf('2026-03-05');
  vaultTest.override('coreOptions', { now: () => clock });

  vaultTest('next dose k of N with its suggested day, overdue once past; clients with only a course listed; archived clients left out', async ({ vault }) => {
    const { core } = vault;
    const client = async (displayName: string) => (await call(core, 'clients.create', { displayName })).id;
    const [dosing, starting, archived] = [await client('Dosing Client'), await client('Starting Client'), await client('Archived Client')];
    const schedule = { kind: 'clinic-default', doses: 6, weeks: 3 } as const;
    await call(core, 'courses.start', { clientId: dosing, kind: 'induction', schedule, startDate: '2026-03-05' });
    await call(core, 'courses.start', { clientId: starting, kind: 'induction', schedule, startDate: '2026-03-12' });
    await call(core, 'courses.start', { clientId: archived, kind: 'induction', schedule, startDate: '2026-03-05' });
    await call(core, 'clients.archive', { id: archived });

    const protocolId = (await call(core, 'protocols.list', {})).protocols.find((one) => one.route === 'im' && one.isDefault)!.id;
    const session = await call(core, 'sessions.plan', { clientId: dosing, protocolId, plannedDoseMg: 50 });
    await call(core, 'sessions.checkIn', { id: session.id, readiness: {}, at: clock - 10 * 60_000 });
    await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'dose', amountMg: 50 }, at: clock });
    await call(core, 'sessions.discharge', { id: session.id, checklist: {} });

    clock = middayOf('2026-03-10');
    const { facts } = await call(core, 'clients.caseload', {});
    const byClient = new Map(facts.map((fact) => [fact.clientId, fact]));
    expect(byClient.get(dosing)?.nextDose).toEqual({ date: '2026-03-08', dose: 2, total: 6, overdue: true });
    expect(byClient.get(starting)).toEqual({
      clientId: starting,
      lastDosedAt: null,
      plannedSessions: 0,
      draftNotes: 0,
      openHomework: 0,
      nextDose: { date: '2026-03-12', dose: 1, total: 6, overdue: false },
    });
    expect(byClient.has(archived)).toBe(false);
  });
});
