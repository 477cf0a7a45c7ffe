import { describe, expect, it } from 'vitest';
import { EMPTY_VITALS, plausibleVitals, vitalsFromDraft, vitalsProblems } from '../../../../../../../renderer/src/features/sessions/fields/vitals-draft';

describe('vitals as typed', () => {
  it('keeps the readings entered and leaves out the empty ones', () => {
    expect(vitalsFromDraft(EMPTY_VITALS)).toBeNull();
    expect(vitalsFromDraft({ ...EMPTY_VITALS, systolic: 138, spo2: 88 })).toEqual({ systolic: 138, spo2: 88 });
  });

  it('names the range of a reading outside it', () => {
    expect(vitalsProblems({ ...EMPTY_VITALS, systolic: 400, heartRate: 80 })).toEqual({ systolic: 'Enter a whole number from 40 to 300 mmHg.' });
  });

  it('gives alerts only plausible readings: not a number half typed, not a slip', () => {
    expect(plausibleVitals({ ...EMPTY_VITALS, systolic: 13, diastolic: 86, spo2: 8 })).toEqual({ diastolic: 86 });
    expect(plausibleVitals({ ...EMPTY_VITALS, systolic: 400 })).toBeNull();
    expect(plausibleVitals({ systolic: 138, diastolic: 86, heartRate: 80, spo2: 88 })).toEqual({ systolic: 138, diastolic: 86, heartRate: 80, spo2: 88 });
  });
});
