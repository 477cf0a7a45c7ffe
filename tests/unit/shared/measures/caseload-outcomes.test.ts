import { describe, expect, it } from 'vitest';
import { caseloadOutcomeCounts, clientSeriesOutcome, type DatedMeasure } from '../../../../shared/measures/caseload-outcomes';

function phq9(total: number, takenOn: string, item9 = 0): DatedMeasure {
  return { kind: 'phq-9', total, answers: [0, 0, 0, 0, 0, 0, 0, 0, item9], takenOn };
}

describe('clientSeriesOutcome', () => {
  it('is null without a measure, and a baseline alone has no latest', () => {
    expect(clientSeriesOutcome([])).toBeNull();
    expect(clientSeriesOutcome([phq9(14, '2026-01-01', 1)])).toEqual({
      baseline: { total: 14, takenOn: '2026-01-01' },
      latest: null,
      responseOn: null,
      remissionOn: null,
      latestWorsening: [],
      latestItem9Flag: true,
    });
  });

  it('gives the first days response and remission were reached, even when a later score rose again', () => {
    const outcome = clientSeriesOutcome([phq9(18, '2026-01-01'), phq9(9, '2026-01-08'), phq9(4, '2026-01-15'), phq9(11, '2026-01-22', 1)]);
    expect(outcome).toMatchObject({
      latest: { total: 11, takenOn: '2026-01-22' },
      responseOn: '2026-01-08',
      remissionOn: '2026-01-15',
      latestWorsening: ['total-rose', 'item9-rose'],
      latestItem9Flag: true,
    });
  });
});

describe('caseloadOutcomeCounts', () => {
  it('counts response, remission and worsening only among clients with a later measure', () => {
    const outcomes = [
      clientSeriesOutcome([phq9(20, '2026-01-01'), phq9(3, '2026-01-08')])!,
      clientSeriesOutcome([phq9(10, '2026-01-01'), phq9(15, '2026-01-08')])!,
      clientSeriesOutcome([phq9(4, '2026-01-01')])!,
    ];
    expect(caseloadOutcomeCounts(5, outcomes)).toEqual({
      activeClients: 5,
      withBaseline: 3,
      withLaterMeasure: 2,
      reachedResponse: 1,
      reachedRemission: 1,
      latestWorsened: 1,
    });
  });
});
