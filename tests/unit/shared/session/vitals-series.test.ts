import { describe, expect, it } from 'vitest';
import { deriveRoomState } from '../../../../shared/session/room-state';
import type { TimelineEntry, TimelineEvent } from '../../../../shared/session/timeline';
import { DEFAULT_VITAL_THRESHOLDS, type VitalThreshold } from '../../../../shared/session/vital-thresholds';
import { minutesSinceDose, vitalsSeries } from '../../../../shared/session/vitals-series';

const T0 = Date.UTC(2026, 2, 3, 9, 0, 0);
const MIN = 60_000;
const session = { route: 'im' as const, checkInAt: T0 - 20 * MIN, endedAt: T0 + 120 * MIN, deviceCount: null };

type Row = [minute: number, entry: TimelineEntry | null, links?: Partial<TimelineEvent>];

function timeline(...rows: Row[]): TimelineEvent[] {
  return rows.map(([minute, entry, links], index) => ({
    id: `e${index + 1}`,
    sequence: index + 1,
    at: T0 + minute * MIN,
    recordedAt: T0 + minute * MIN,
    writtenLate: false,
    entry,
    supersedesId: null,
    retractsId: null,
    retractionReason: null,
    ...links,
  }));
}

const vitals = (systolic: number, diastolic: number, heartRate?: number, spo2?: number): TimelineEntry => ({
  kind: 'vitals',
  vitals: { systolic, diastolic, ...(heartRate === undefined ? {} : { heartRate }), ...(spo2 === undefined ? {} : { spo2 }) },
});
const dose: TimelineEntry = { kind: 'dose', amountMg: 50 };

function seriesOf(events: TimelineEvent[], thresholds: readonly VitalThreshold[] = DEFAULT_VITAL_THRESHOLDS, endedAt: number | null = session.endedAt) {
  return vitalsSeries(deriveRoomState({ ...session, endedAt }, events, thresholds), thresholds, endedAt);
}

describe('the vitals series of a session', () => {
  it('counts minutes from the first dose, negative before it', () => {
    const series = seriesOf(timeline([-10, vitals(124, 80, 72, 98)], [0, dose], [40, vitals(150, 88, 90, 96)], [95, vitals(130, 82, 75, 97)]))!;
    expect(series.dosedAt).toBe(T0);
    expect(series.points.map((point) => point.minutes)).toEqual([-10, 40, 95]);
    expect(minutesSinceDose(T0 + 90 * 1000, T0)).toBe(1.5);
    // From before the first reading to the discharge at T+120, in even steps.
    expect(series.minutesDomain).toEqual([-15, 120]);
    expect(series.minuteTicks).toEqual([-15, 0, 15, 30, 45, 60, 75, 90, 105, 120]);
  });

  it('marks which readings crossed which threshold, with the baseline before the dose and rises after it', () => {
    const series = seriesOf(timeline([-10, vitals(145, 80, 72, 98)], [0, dose], [40, vitals(186, 112, 96, 88)], [95, vitals(130, 82)]))!;
    const [before, peak, after] = series.points;
    expect(before!.alerts.map((alert) => alert.thresholdId)).toEqual(['baseline-systolic']);
    expect(peak!.alerts.map((alert) => alert.thresholdId)).toEqual(['severe-systolic', 'severe-diastolic', 'rise-systolic', 'rise-diastolic', 'low-spo2']);
    expect(after!.alerts).toEqual([]);
  });

  it('draws each enabled threshold over the time it holds for, a rise at the baseline plus the rise', () => {
    const series = seriesOf(timeline([-10, vitals(124, 80)], [0, dose], [40, vitals(150, 88)]))!;
    const lines = Object.fromEntries(series.thresholdLines.map((line) => [line.id, line]));
    expect(Object.keys(lines).sort()).toEqual(DEFAULT_VITAL_THRESHOLDS.map((threshold) => threshold.id).sort());
    expect(lines['baseline-systolic']).toMatchObject({ value: 140, fromMinutes: -15, toMinutes: 0, label: 'Systolic above 140 before the dose' });
    expect(lines['severe-diastolic']).toMatchObject({ value: 110, fromMinutes: -15, toMinutes: 120, label: 'Diastolic above 110' });
    expect(lines['rise-systolic']).toMatchObject({ value: 164, fromMinutes: 0, toMinutes: 120, label: 'Systolic +40 over baseline' });
    expect(lines['rise-diastolic']).toMatchObject({ value: 105 });
    expect(lines['low-spo2']).toMatchObject({ value: 90, label: 'SpO2 below 90' });
    // Every reading and line fits the value axis, with room around them.
    expect(series.valueDomain).toEqual([70, 190]);
    expect(series.valueTicks[0]).toBeGreaterThanOrEqual(70);
    expect(series.valueTicks.at(-1)).toBeLessThanOrEqual(190);
  });

  it('leaves out disabled thresholds, rises without a baseline, and pre-dose lines when nothing precedes the dose', () => {
    const thresholds = DEFAULT_VITAL_THRESHOLDS.map((threshold) => (threshold.id === 'low-spo2' ? { ...threshold, enabled: false } : threshold));
    const series = seriesOf(timeline([0, dose], [30, vitals(140, 90)]), thresholds)!;
    expect(series.minutesDomain[0]).toBe(0);
    expect(series.thresholdLines.map((line) => line.id).sort()).toEqual(['severe-diastolic', 'severe-systolic']);
  });

  it('draws a corrected reading as corrected, at its corrected time, and marks it', () => {
    const events = timeline([0, dose], [40, vitals(210, 90)], [41, vitals(150, 90), { supersedesId: 'e2', at: T0 + 45 * MIN }]);
    const series = seriesOf(events)!;
    expect(series.points).toHaveLength(1);
    expect(series.points[0]).toMatchObject({ id: 'e2', minutes: 45, vitals: { systolic: 150, diastolic: 90 }, corrected: true });
    expect(series.points[0]!.alerts).toEqual([]);
  });

  it('leaves a withdrawn reading out and counts it', () => {
    const events = timeline([0, dose], [40, vitals(150, 90)], [50, vitals(190, 90)], [51, null, { retractsId: 'e3', retractionReason: 'Wrong client' }]);
    const series = seriesOf(events)!;
    expect(series.points.map((point) => point.id)).toEqual(['e2']);
    expect(series.withdrawnReadings).toBe(1);
    expect(series.points[0]!.corrected).toBe(false);
  });

  it('includes a late entry in time order, marked with when it was written', () => {
    const writtenAt = T0 + 150 * MIN;
    const events = timeline([0, dose], [90, vitals(130, 82)], [20, vitals(160, 95), { writtenLate: true, recordedAt: writtenAt }]);
    const series = seriesOf(events)!;
    expect(series.points.map((point) => [point.minutes, point.lateWrittenAt])).toEqual([
      [20, writtenAt],
      [90, null],
    ]);
  });

  it('has no points but still its axes and fixed lines when no vitals were taken', () => {
    const series = seriesOf(timeline([0, dose]))!;
    expect(series.points).toEqual([]);
    expect(series.withdrawnReadings).toBe(0);
    expect(series.minutesDomain).toEqual([0, 120]);
    expect(series.thresholdLines.every((line) => line.fromMinutes === 0)).toBe(true);
    expect(series.valueDomain[0]).toBeLessThan(90);
    expect(series.valueDomain[1]).toBeGreaterThan(180);
  });

  it('gives a single reading, with no discharge yet, an axis of its own', () => {
    const series = seriesOf(timeline([0, dose], [0, vitals(120, 80, 70, 99)]), [], null)!;
    expect(series.points).toHaveLength(1);
    expect(series.points[0]!.minutes).toBe(0);
    expect(series.minutesDomain[1]).toBeGreaterThan(series.minutesDomain[0]);
    expect(series.thresholdLines).toEqual([]);
    expect(series.valueDomain).toEqual([60, 130]);
  });

  it('is null while no dose stands', () => {
    expect(seriesOf(timeline([-5, vitals(120, 80)]))).toBeNull();
    expect(seriesOf(timeline([0, dose], [5, null, { retractsId: 'e1', retractionReason: 'Not given' }]))).toBeNull();
  });
});
