import { describe, expect, it } from 'vitest';
import type { Measure, SessionSummary } from '../../../../../../shared/contract';
import { courseSummary, defaultSessionId, measureFlags, measureOutcomeText, scoreText } from '../../../../../../renderer/src/features/measures/measure-text';

const NOON = new Date(2026, 10, 24, 12, 0, 0).getTime();
const HOUR = 3_600_000;

function session(id: string, dosedAt: number | null): SessionSummary {
  return {
    id,
    route: 'im',
    status: dosedAt === null ? 'planned' : 'discharged',
    courseSessionNumber: 1,
    plannedDoseMg: 50,
    totalDoseMg: dosedAt === null ? 0 : 50,
    dosedAt,
    endedAt: null,
    durationMinutes: null,
    adverseEvents: [],
    adverseEventDetails: false,
    cancellationReason: null,
    lateEntries: 0,
    remsDueDate: null,
    remsSubmittedAt: null,
  };
}

function measure(values: Partial<Measure>): Measure {
  return {
    id: 'm',
    clientId: 'c',
    sessionId: null,
    kind: 'phq-9',
    answers: [0, 0, 0, 0, 0, 0, 0, 0, 0],
    difficulty: null,
    total: 0,
    band: 'minimal',
    safetyFlag: false,
    takenOn: '2026-11-24',
    enteredBy: 'therapist',
    createdAt: NOON,
    withdrawnAt: null,
    withdrawalReason: null,
    outcome: { isBaseline: false, response: false, remission: false, worsening: [] },
    ...values,
  };
}

describe('the session a new measure belongs to by default', () => {
  it("is today's latest dosing session", () => {
    const sessions = [session('yesterday', NOON - 24 * HOUR), session('morning', NOON - 3 * HOUR), session('later', NOON - HOUR), session('planned', null)];
    expect(defaultSessionId(sessions, NOON)).toBe('later');
  });

  it('is none when no session was dosed today', () => {
    expect(defaultSessionId([session('yesterday', NOON - 24 * HOUR), session('planned', null)], NOON)).toBeNull();
    expect(defaultSessionId([], NOON)).toBeNull();
  });
});

describe('a measure in words', () => {
  it('says the score out of the kind’s highest, with its band', () => {
    expect(scoreText(measure({ total: 12, band: 'moderate' }))).toBe('12 of 27, Moderate');
    expect(scoreText(measure({ kind: 'gad-7', total: 15, band: 'severe' }))).toBe('15 of 21, Severe');
  });

  it('puts the item 9 flag first, then each way it worsened', () => {
    const flagged = measure({ safetyFlag: true, outcome: { isBaseline: false, response: false, remission: false, worsening: ['total-rose', 'item9-rose'] } });
    expect(measureFlags(flagged)).toEqual([
      'Item 9 answered above 0: thoughts of being better off dead or of self-harm',
      'Worse by 5 points or more since the measure before',
      'Item 9 higher than at the measure before',
    ]);
    expect(measureFlags(measure({}))).toEqual([]);
  });

  it('keeps the item 9 flag on a withdrawn measure, which has no outcome', () => {
    expect(measureFlags(measure({ safetyFlag: true, outcome: null }))).toHaveLength(1);
    expect(measureOutcomeText(measure({ outcome: null }))).toEqual([]);
  });

  it('names the baseline, response and remission', () => {
    expect(measureOutcomeText(measure({ outcome: { isBaseline: true, response: false, remission: false, worsening: [] } }))).toEqual(['Baseline']);
    expect(measureOutcomeText(measure({ outcome: { isBaseline: false, response: true, remission: true, worsening: [] } }))).toEqual([
      'Response: at least 50% below the baseline',
      'Remission: below 5',
    ]);
  });
});

describe('the course summary of one kind', () => {
  it('reads the baseline, the latest, and the first response and remission from a newest-first list, skipping withdrawn ones', () => {
    const newestFirst = [
      measure({ id: 'withdrawn', outcome: null }),
      measure({ id: 'fourth', outcome: { isBaseline: false, response: true, remission: true, worsening: [] } }),
      measure({ id: 'third', outcome: { isBaseline: false, response: true, remission: false, worsening: [] } }),
      measure({ id: 'gad', kind: 'gad-7' }),
      measure({ id: 'second', outcome: { isBaseline: false, response: false, remission: false, worsening: [] } }),
      measure({ id: 'first', outcome: { isBaseline: true, response: false, remission: false, worsening: [] } }),
    ];
    const summary = courseSummary(newestFirst, 'phq-9')!;
    expect([summary.baseline.id, summary.latest.id, summary.firstResponse?.id, summary.firstRemission?.id]).toEqual(['first', 'fourth', 'third', 'fourth']);
    expect(courseSummary(newestFirst, 'gad-7')?.baseline.id).toBe('gad');
    expect(courseSummary([measure({ outcome: null })], 'phq-9')).toBeNull();
  });
});
