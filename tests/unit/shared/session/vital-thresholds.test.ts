import { describe, expect, it } from 'vitest';
import { DEFAULT_VITAL_THRESHOLDS, describeThreshold, evaluateVitals, thresholdSourceFor } from '../../../../shared/session/vital-thresholds';

const ids = (alerts: { thresholdId: string }[]) => alerts.map((alert) => alert.thresholdId).sort();

describe('evaluateVitals with the default thresholds', () => {
  it('every default names its source', () => {
    for (const threshold of DEFAULT_VITAL_THRESHOLDS) expect(threshold.source.length).toBeGreaterThan(20);
  });

  it('flags a baseline above 140/90 before the dose only', () => {
    const vitals = { systolic: 150, diastolic: 95 };
    expect(ids(evaluateVitals(vitals, { stage: 'pre-dose', baseline: null }, DEFAULT_VITAL_THRESHOLDS))).toEqual(['baseline-diastolic', 'baseline-systolic']);
    expect(evaluateVitals(vitals, { stage: 'after-dose', baseline: vitals }, DEFAULT_VITAL_THRESHOLDS)).toEqual([]);
  });

  it('flags severe readings at any time, naming the threshold', () => {
    const alerts = evaluateVitals(
      { systolic: 186, diastolic: 100 },
      { stage: 'after-dose', baseline: { systolic: 170, diastolic: 95 } },
      DEFAULT_VITAL_THRESHOLDS,
    );
    expect(ids(alerts)).toEqual(['severe-systolic']);
    expect(alerts[0]!.message).toBe('Systolic blood pressure 186 mmHg is above 180 mmHg');
  });

  it('flags a rise of 40 systolic or 25 diastolic from baseline, and not 39', () => {
    const baseline = { systolic: 120, diastolic: 80 };
    expect(ids(evaluateVitals({ systolic: 160, diastolic: 105 }, { stage: 'after-dose', baseline }, DEFAULT_VITAL_THRESHOLDS))).toEqual([
      'rise-diastolic',
      'rise-systolic',
    ]);
    expect(evaluateVitals({ systolic: 159, diastolic: 104 }, { stage: 'after-dose', baseline }, DEFAULT_VITAL_THRESHOLDS)).toEqual([]);
  });

  it('flags low SpO2 and ignores disabled thresholds', () => {
    expect(ids(evaluateVitals({ spo2: 88 }, { stage: 'after-dose', baseline: null }, DEFAULT_VITAL_THRESHOLDS))).toEqual(['low-spo2']);
    const disabled = DEFAULT_VITAL_THRESHOLDS.map((threshold) => ({ ...threshold, enabled: false }));
    expect(evaluateVitals({ spo2: 80, systolic: 250 }, { stage: 'after-dose', baseline: null }, disabled)).toEqual([]);
  });

  it('describes thresholds in words', () => {
    expect(describeThreshold(DEFAULT_VITAL_THRESHOLDS[0]!)).toBe('Systolic blood pressure above 140 mmHg before the dose');
    expect(describeThreshold(DEFAULT_VITAL_THRESHOLDS[4]!)).toBe('Systolic blood pressure rise of 40 mmHg or more from baseline after the dose');
  });
});

describe('the source shown for a threshold by route', () => {
  it('keeps every shipped source for esketamine, and never names Spravato on the other routes', () => {
    for (const threshold of DEFAULT_VITAL_THRESHOLDS) {
      expect(thresholdSourceFor(threshold, 'esketamine')).toBe(threshold.source);
      for (const route of ['im', 'iv', 'sublingual'] as const) expect(thresholdSourceFor(threshold, route)).not.toMatch(/Spravato/);
    }
  });

  it('keeps a source that does not speak of Spravato on every route', () => {
    const severe = DEFAULT_VITAL_THRESHOLDS.find((threshold) => threshold.id === 'severe-systolic')!;
    expect(thresholdSourceFor(severe, 'im')).toBe(severe.source);
    expect(thresholdSourceFor({ source: 'Our clinic, 2026 review' }, 'iv')).toBe('Our clinic, 2026 review');
    expect(thresholdSourceFor(DEFAULT_VITAL_THRESHOLDS[0]!, 'iv')).toContain('Yip et al. 2022');
  });
});

describe('the one-line form of an alert', () => {
  it('names the reading and how it crossed, short enough for one line of the room', () => {
    const alerts = evaluateVitals(
      { systolic: 192, diastolic: 122, spo2: 88 },
      { stage: 'after-dose', baseline: { systolic: 150, diastolic: 95 } },
      DEFAULT_VITAL_THRESHOLDS,
    );
    expect(alerts.map((alert) => alert.short)).toEqual([
      'Systolic 192 mmHg, above 180',
      'Diastolic 122 mmHg, above 110',
      'Systolic 192 mmHg, +42 from baseline 150',
      'Diastolic 122 mmHg, +27 from baseline 95',
      'SpO2 88 %, below 90',
    ]);
  });
});
