import { describe, expect, it } from 'vitest';
import { checklistResults, dischargeGaps, missingPreDoseReadings, untickedLabels } from '../../../../shared/session/checklist-gaps';
import { DEFAULT_PROTOCOLS } from '../../../../shared/session/default-protocols';
import { ROUTES } from '../../../../shared/session/routes';

const ITEMS = [
  { id: 'a', label: 'First' },
  { id: 'b', label: 'Second' },
  { id: 'c', label: 'Third' },
];

describe('checklist gaps', () => {
  it('names the unticked items in the checklist order', () => {
    expect(untickedLabels(ITEMS, ['b'])).toEqual(['First', 'Third']);
    expect(untickedLabels(ITEMS, ['c', 'a', 'b'])).toEqual([]);
  });

  it('counts the minutes short of the minimum, and none once it is met', () => {
    const protocol = { minimumMonitoringMinutes: 150, dischargeChecklist: ITEMS };
    expect(dischargeGaps(protocol, 0, [])).toEqual({ minutesShort: 150, unticked: ['First', 'Second', 'Third'] });
    expect(dischargeGaps(protocol, 149, ['a', 'b', 'c'])).toEqual({ minutesShort: 1, unticked: [] });
    expect(dischargeGaps(protocol, 150, ['a'])).toEqual({ minutesShort: null, unticked: ['Second', 'Third'] });
  });

  it('finds a discharge at 0 minutes short on every default protocol (each route carries a minimum)', () => {
    for (const route of ROUTES) expect(dischargeGaps(DEFAULT_PROTOCOLS[route], 0, []).minutesShort, route).toBeGreaterThan(0);
  });
});

describe('missing pre-dose readings', () => {
  it('names each reading not taken, and blood pressure unless both numbers are there', () => {
    expect(missingPreDoseReadings(null)).toEqual(['blood pressure', 'heart rate', 'SpO2']);
    expect(missingPreDoseReadings({ systolic: 120 })).toEqual(['blood pressure', 'heart rate', 'SpO2']);
    expect(missingPreDoseReadings({ systolic: 120, diastolic: 80, spo2: 98 })).toEqual(['heart rate']);
    expect(missingPreDoseReadings({ systolic: 120, diastolic: 80, heartRate: 70, spo2: 98 })).toEqual([]);
  });
});

describe('checklist results', () => {
  it('reads each protocol item as ticked or not, an item missing from the record as not ticked', () => {
    expect(checklistResults(ITEMS, { a: true, b: false })).toEqual([
      { label: 'First', ticked: true },
      { label: 'Second', ticked: false },
      { label: 'Third', ticked: false },
    ]);
  });
});
