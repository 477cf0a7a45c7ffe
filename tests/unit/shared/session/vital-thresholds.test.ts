import { describe, expect, it } from 'vitest';
import { DEFAULT_VITAL_THRESHOLDS, describeThreshold, evaluateVitals } from '../../../../shared/session/vital-thresholds';

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
