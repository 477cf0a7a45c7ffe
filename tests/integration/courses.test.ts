import { beforeEach, describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import { addCalendarDays, localMidnight } from '../../shared/calendar-date';
import type { Protocol } from '../../shared/contract';
import { call } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

const HOUR = 3_600_000;
/** Midday on a calendar date where the test runs: the day a dose then falls on is never in doubt. */
const middayOf = (date: string) => localMidnight(date) + 12 * HOUR;

const START = '2026-03-05';
const DEFAULT_DATES = ['2026-03-05', '2026-03-08', '2026-03-12', '2026-03-15', '2026-03-19', '2026-03-22'];

describe('treatment courses on a real vault', () => {
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
    clientId = (await call(core, 'clients.create', { displayName: 'Course Client' })).id;
    protocol = (await call(core, 'protocols.list', {})).protocols.find((one) => one.route === 'im' && one.isDefault)!;
  });

  /** A session checked in and dosed at midday on `date`. */
  async function doseOn(date: string): Promise<string> {
    clock = middayOf(date);
    const session = await call(core, 'sessions.plan', { clientId, protocolId: protocol.id, plannedDoseMg: 50 });
    await call(core, 'sessions.checkIn', { id: session.id, readiness: {}, at: clock - 10 * 60_000 });
    await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'dose', amountMg: 50 }, at: clock });
    return session.id;
  }

  const startDefault = () =>
    call(core, 'courses.start', { clientId, kind: 'induction', schedule: { kind: 'clinic-default', doses: 6, weeks: 3 }, startDate: START });
  const list = async (today: string) => (await call(core, 'courses.listForClient', { clientId, today })).courses;

  vaultTest('starts an induction course with the suggested dates, at dose 1 of 6', async () => {
    const course = await startDefault();
    expect(course).toMatchObject({
      clientId,
      kind: 'induction',
      startDate: START,
      plannedDates: DEFAULT_DATES,
      status: 'active',
      endedOn: null,
      reEvaluationDate: null,
    });
    expect(await list('2026-03-04')).toEqual([
      { course, doses: [], progress: { given: 0, total: 6, nextDose: 1, nextDate: START, overdue: [], phase: 'dosing' } },
    ]);
  });

  vaultTest('lays the esketamine label out in 12 dates over 8 weeks', async () => {
    const course = await call(core, 'courses.start', {
      clientId,
      kind: 'induction',
      schedule: { kind: 'esketamine-label', maintenance: 'every-two-weeks' },
      startDate: START,
    });
    expect(course.plannedDates).toHaveLength(12);
    expect(course.plannedDates.at(-1)).toBe(addCalendarDays(START, 49));
    expect(course.schedule).toEqual({ kind: 'esketamine-label', maintenance: 'every-two-weeks' });
  });

  vaultTest('counts the doses given from the start date as dose k of N, and flags what is overdue', async () => {
    const before = await doseOn('2026-03-02');
    await startDefault();
    const first = await doseOn('2026-03-05');
    const second = await doseOn('2026-03-09');
    const [view] = await list('2026-03-16');
    expect(view!.doses.map((dose) => [dose.sessionId, dose.date])).toEqual([
      [first, '2026-03-05'],
      [second, '2026-03-09'],
    ]);
    expect(view!.doses.map((dose) => dose.sessionId)).not.toContain(before);
    expect(view!.progress).toEqual({ given: 2, total: 6, nextDose: 3, nextDate: '2026-03-12', overdue: ['2026-03-12', '2026-03-15'], phase: 'dosing' });
  });

  vaultTest('moves a planned date, keeping calendar order, and refuses a date before the start or a missing position', async () => {
    const course = await startDefault();
    clock += HOUR;
    const moved = await call(core, 'courses.movePlannedDate', { courseId: course.id, index: 1, date: '2026-03-13' });
    expect(moved.plannedDates).toEqual(['2026-03-05', '2026-03-12', '2026-03-13', '2026-03-15', '2026-03-19', '2026-03-22']);
    expect(moved.updatedAt).toBe(course.createdAt + HOUR);
    expect(await core.dispatch('courses.movePlannedDate', { courseId: course.id, index: 0, date: '2026-03-04' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID' },
    });
    expect(await core.dispatch('courses.movePlannedDate', { courseId: course.id, index: 6, date: '2026-03-24' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID' },
    });
    expect((await list('2026-03-01'))[0]!.course).toEqual(moved);
  });

  vaultTest('keeps one course under way per client', async () => {
    await startDefault();
    const again = await core.dispatch('courses.start', {
      clientId,
      kind: 'booster',
      schedule: { kind: 'clinic-default', doses: 1, weeks: 1 },
      startDate: '2026-04-01',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  vaultTest('ends a course with a re-evaluation date; it then stays as it was, and a booster course starts after it', async () => {
    const course = await startDefault();
    await doseOn('2026-03-05');
    const tooEarly = await core.dispatch('courses.end', { courseId: course.id, endedOn: '2026-03-25', reEvaluationDate: '2026-03-24' });
    expect(tooEarly).toMatchObject({ ok: false, error: { code: 'INVALID' } });

    const ended = await call(core, 'courses.end', { courseId: course.id, endedOn: '2026-03-25', reEvaluationDate: '2026-04-22' });
    expect(ended).toMatchObject({ status: 'ended', endedOn: '2026-03-25', reEvaluationDate: '2026-04-22' });
    expect(await core.dispatch('courses.movePlannedDate', { courseId: course.id, index: 0, date: '2026-03-06' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await core.dispatch('courses.end', { courseId: course.id, endedOn: '2026-03-26', reEvaluationDate: '2026-04-22' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    const booster = { clientId, kind: 'booster', schedule: { kind: 'clinic-default', doses: 1, weeks: 1 } } as const;
    expect(await core.dispatch('courses.start', { ...booster, startDate: '2026-03-25' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const next = await call(core, 'courses.start', { ...booster, startDate: '2026-04-29' });
    await doseOn('2026-04-29');
    const [boosterView, inductionView] = await list('2026-04-30');
    expect(boosterView!.course.id).toBe(next.id);
    expect(boosterView!.progress).toMatchObject({ given: 1, total: 1, phase: 'complete' });
    expect(inductionView!.progress).toMatchObject({ given: 1, total: 6, phase: 'ended', nextDose: null });
  });

  vaultTest('answers NOT_FOUND for a client or a course that does not exist', async () => {
    expect(await core.dispatch('courses.listForClient', { clientId: 'nobody', today: START })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('courses.end', { courseId: 'nothing', endedOn: START, reEvaluationDate: START })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
