import { beforeEach, describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import { localMidnight } from '../../shared/calendar-date';
import type { Protocol } from '../../shared/contract';
import { call } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const middayOf = (date: string) => localMidnight(date) + 12 * HOUR;

const TODAY = '2026-03-12';
const EMPTY = {
  sessions: [],
  courseDoses: [],
  homeworkToReview: [],
  drafts: [],
  followUpsDue: [],
  followUpsToPrepare: [],
  measuresDue: [],
  remsPending: 0,
  notesToFinish: 0,
};

describe('today.overview on a real vault', () => {
  let core: AppCore;
  let clock: number;
  let protocol: Protocol;

  vaultTest.override('coreOptions', { now: () => clock });
  beforeEach(() => {
    clock = middayOf('2026-03-01');
  });
  vaultTest.beforeEach(async ({ vault }) => {
    core = vault.core;
    protocol = (await call(core, 'protocols.list', {})).protocols.find((one) => one.route === 'im' && one.isDefault)!;
  });

  const addClient = async (displayName: string) => (await call(core, 'clients.create', { displayName })).id;
  const overview = () => call(core, 'today.overview', { today: TODAY });

  async function doseOn(clientId: string, date: string): Promise<string> {
    clock = middayOf(date);
    const session = await call(core, 'sessions.plan', { clientId, protocolId: protocol.id, plannedDoseMg: 50 });
    await call(core, 'sessions.checkIn', { id: session.id, readiness: {}, at: clock - 10 * 60_000 });
    await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'dose', amountMg: 50 }, at: clock });
    return session.id;
  }

  vaultTest('answers empty groups on a new vault', async () => {
    expect(await overview()).toEqual(EMPTY);
  });

  vaultTest('lists sessions under way first, then planned ones, and leaves discharged, cancelled and archived clients out', async () => {
    const ada = await addClient('Ada');
    const planned = await call(core, 'sessions.plan', { clientId: ada, protocolId: protocol.id, plannedDoseMg: 50 });
    const dosed = await doseOn(ada, TODAY);
    const cancelled = await call(core, 'sessions.plan', { clientId: ada, protocolId: protocol.id, plannedDoseMg: 50 });
    await call(core, 'sessions.cancel', { id: cancelled.id, reason: 'Unwell' });
    const archived = await addClient('Bea');
    await call(core, 'sessions.plan', { clientId: archived, protocolId: protocol.id, plannedDoseMg: 50 });
    await call(core, 'clients.archive', { id: archived });

    expect((await overview()).sessions).toEqual([
      { sessionId: dosed, clientId: ada, clientName: 'Ada', status: 'dosed', courseSessionNumber: 2 },
      { sessionId: planned.id, clientId: ada, clientName: 'Ada', status: 'planned', courseSessionNumber: 1 },
    ]);
  });

  vaultTest('lists the next course dose when its date is today or past, and not before', async () => {
    const ada = await addClient('Ada');
    const cy = await addClient('Cy');
    const adaCourse = await call(core, 'courses.start', {
      clientId: ada,
      kind: 'induction',
      schedule: { kind: 'clinic-default', doses: 6, weeks: 3 },
      startDate: '2026-03-05',
    });
    await doseOn(ada, '2026-03-05');
    const cyCourse = await call(core, 'courses.start', {
      clientId: cy,
      kind: 'induction',
      schedule: { kind: 'clinic-default', doses: 6, weeks: 3 },
      startDate: TODAY,
    });
    await call(core, 'courses.start', {
      clientId: await addClient('Later'),
      kind: 'induction',
      schedule: { kind: 'clinic-default', doses: 6, weeks: 3 },
      startDate: '2026-03-13',
    });

    expect((await overview()).courseDoses).toEqual([
      { courseId: adaCourse.id, clientId: ada, clientName: 'Ada', dose: 2, total: 6, date: '2026-03-08', overdue: true },
      { courseId: cyCourse.id, clientId: cy, clientName: 'Cy', dose: 1, total: 6, date: TODAY, overdue: false },
    ]);
  });

  vaultTest('lists completed homework to review, oldest first, and not reviewed or open homework', async () => {
    const ada = await addClient('Ada');
    const fields = { type: 'custom', instructions: 'Walk' } as const;
    const open = await call(core, 'homework.create', { clientId: ada, title: 'Open', fields });
    const done = await call(core, 'homework.create', { clientId: ada, title: 'Walks', fields });
    const reviewed = await call(core, 'homework.create', { clientId: ada, title: 'Reviewed', fields });
    clock += HOUR;
    await call(core, 'homework.update', { id: done.id, title: 'Walks', fields, status: 'completed' });
    await call(core, 'homework.update', { id: reviewed.id, title: 'Reviewed', fields, status: 'reviewed' });

    const { homeworkToReview } = await overview();
    expect(homeworkToReview).toEqual([{ homeworkId: done.id, clientId: ada, clientName: 'Ada', title: 'Walks', completedAt: clock }]);
    expect(homeworkToReview.map((item) => item.homeworkId)).not.toContain(open.id);
  });

  vaultTest('lists recent drafts and counts the older ones as notes to finish, never both', async () => {
    const ada = await addClient('Ada');
    const old = await call(core, 'notes.create', { clientId: ada, kind: 'general', title: 'Old' });
    clock += 5 * DAY;
    const recent = await call(core, 'notes.create', { clientId: ada, kind: 'integration' });

    const answer = await overview();
    expect(answer.drafts).toEqual([{ noteId: recent.id, clientId: ada, clientName: 'Ada', kind: 'integration', title: recent.title, createdAt: clock }]);
    expect(answer.drafts.map((draft) => draft.noteId)).not.toContain(old.id);
    expect(answer.notesToFinish).toBe(1);
  });
});
