import { describe, expect, it } from 'vitest';
import { baselineMeasures } from '../../../../shared/evaluation/baseline-measures';
import type { MeasureKind } from '../../../../shared/measures/questionnaires';

const measure = (id: string, kind: MeasureKind, takenOn: string, { createdAt = 0, withdrawnAt = null as number | null } = {}) => ({
  id,
  kind,
  takenOn,
  createdAt,
  withdrawnAt,
});

describe('baselineMeasures', () => {
  it('takes, per instrument, the latest measure on or before the evaluation date', () => {
    const measures = [
      measure('phq-old', 'phq-9', '2026-01-01'),
      measure('phq-day', 'phq-9', '2026-02-01'),
      measure('phq-after', 'phq-9', '2026-02-10'),
      measure('gad-before', 'gad-7', '2026-01-20'),
    ];
    const baselines = baselineMeasures(measures, '2026-02-01');
    expect(baselines['phq-9']?.id).toBe('phq-day');
    expect(baselines['gad-7']?.id).toBe('gad-before');
  });

  it('falls back to the first one after the date, and leaves out withdrawn measures and missing instruments', () => {
    const measures = [
      measure('phq-withdrawn', 'phq-9', '2026-01-31', { withdrawnAt: 5 }),
      measure('phq-later', 'phq-9', '2026-02-20'),
      measure('phq-next', 'phq-9', '2026-02-05'),
    ];
    const baselines = baselineMeasures(measures, '2026-02-01');
    expect(baselines['phq-9']?.id).toBe('phq-next');
    expect(baselines['gad-7']).toBeUndefined();
  });

  it('on one day, the one recorded last stands', () => {
    const measures = [measure('second', 'gad-7', '2026-02-01', { createdAt: 2 }), measure('first', 'gad-7', '2026-02-01', { createdAt: 1 })];
    expect(baselineMeasures(measures, '2026-02-01')['gad-7']?.id).toBe('second');
  });
});
