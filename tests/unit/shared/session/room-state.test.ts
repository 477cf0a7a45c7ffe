import { describe, expect, it } from 'vitest';
import { deriveRoomState, isBeforeDose, stageAt } from '../../../../shared/session/room-state';
import type { TimelineEntry, TimelineEvent } from '../../../../shared/session/timeline';
import { DEFAULT_VITAL_THRESHOLDS } from '../../../../shared/session/vital-thresholds';

const T0 = Date.UTC(2026, 2, 3, 9, 0, 0);
const MIN = 60_000;

function timeline(...entries: [minute: number, entry: TimelineEntry | null, links?: Partial<TimelineEvent>][]): TimelineEvent[] {
  return entries.map(([minute, entry, links], index) => ({
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

const session = { route: 'esketamine' as const, checkInAt: T0 - 20 * MIN, endedAt: null, deviceCount: 3 };

describe('before the dose', () => {
  it('is at or before T0, and all of the time while no dose is recorded', () => {
    expect(isBeforeDose(T0, T0)).toBe(true);
    expect(isBeforeDose(T0 + 1, T0)).toBe(false);
    expect(isBeforeDose(T0 + 99 * MIN, null)).toBe(true);
    expect(stageAt(T0, T0)).toBe('pre-dose');
    expect(stageAt(T0 + 1, T0)).toBe('after-dose');
  });
});

describe("the room's derived state", () => {
  it('takes the last reading at or before the dose as the baseline and measures rises from it', () => {
    const events = timeline(
      [-15, { kind: 'vitals', vitals: { systolic: 150, diastolic: 80 } }],
      [0, { kind: 'vitals', vitals: { systolic: 120, diastolic: 80 } }],
      [0, { kind: 'dose', amountMg: 28, deviceNumber: 1 }],
      [40, { kind: 'vitals', vitals: { systolic: 161, diastolic: 80 } }],
    );
    const state = deriveRoomState(session, events, DEFAULT_VITAL_THRESHOLDS);
    expect(state.anchors.dosedAt).toBe(T0);
    expect(state.baseline).toEqual({ systolic: 120, diastolic: 80 });
    // Before the dose, 150 crosses the 140 pre-dose threshold; after it, 161 is a rise of 41 from 120.
    expect(state.alerts.get('e1')!.map((alert) => alert.thresholdId)).toEqual(['baseline-systolic']);
    expect(state.alerts.get('e2')).toEqual([]);
    expect(state.alerts.get('e4')!.map((alert) => alert.thresholdId)).toEqual(['rise-systolic']);
    expect(state.alerts.get('e4')![0]!.threshold).toContain('from baseline after the dose');
    expect(state.latestVitals?.id).toBe('e4');
  });

  it('suggests the next device from the doses that stand, ignoring withdrawn ones', () => {
    const events = timeline(
      [0, { kind: 'dose', amountMg: 28, deviceNumber: 1 }],
      [5, { kind: 'dose', amountMg: 28, deviceNumber: 2 }],
      [6, null, { retractsId: 'e2', retractionReason: 'wrong session' }],
    );
    expect(deriveRoomState(session, events, DEFAULT_VITAL_THRESHOLDS).nextDevice).toBe(2);
    expect(deriveRoomState({ ...session, deviceCount: null }, events, DEFAULT_VITAL_THRESHOLDS).nextDevice).toBeNull();
    expect(deriveRoomState(session, [], DEFAULT_VITAL_THRESHOLDS)).toMatchObject({ nextDevice: 1, baseline: null, latestVitals: null });
  });
});

describe("the room's latest-reading alerts", () => {
  const highBeforeDose = timeline([-10, { kind: 'vitals', vitals: { systolic: 150, diastolic: 95 } }]);

  it('shows a pre-dose reading’s alerts until the dose, and none of them after it', () => {
    expect(deriveRoomState(session, highBeforeDose, DEFAULT_VITAL_THRESHOLDS).latestAlerts.map((alert) => alert.thresholdId)).toEqual([
      'baseline-systolic',
      'baseline-diastolic',
    ]);
    const dosed = timeline([-10, { kind: 'vitals', vitals: { systolic: 150, diastolic: 95 } }], [0, { kind: 'dose', amountMg: 28, deviceNumber: 1 }]);
    const state = deriveRoomState(session, dosed, DEFAULT_VITAL_THRESHOLDS);
    expect(state.latestVitals?.id).toBe('e1');
    expect(state.latestAlerts).toEqual([]);
    // The reading keeps its alerts on the timeline.
    expect(state.alerts.get('e1')).toHaveLength(2);
  });

  it('keeps a reading after the dose in the panel', () => {
    const events = timeline([0, { kind: 'dose', amountMg: 28, deviceNumber: 1 }], [20, { kind: 'vitals', vitals: { systolic: 190, diastolic: 80 } }]);
    expect(deriveRoomState(session, events, DEFAULT_VITAL_THRESHOLDS).latestAlerts.map((alert) => alert.thresholdId)).toEqual(['severe-systolic']);
  });

  it('cites the Spravato label only in an esketamine session; an IM session names the clinic setting', () => {
    const sources = (route: 'im' | 'esketamine') =>
      deriveRoomState({ ...session, route }, highBeforeDose, DEFAULT_VITAL_THRESHOLDS).latestAlerts.map((alert) => alert.source);
    expect(sources('esketamine')).toEqual([expect.stringContaining('Spravato label'), expect.stringContaining('Spravato label')]);
    for (const source of sources('im')) {
      expect(source).not.toMatch(/Spravato/);
      expect(source).toContain('Clinic setting: no threshold is published for intramuscular ketamine');
    }
  });
});
