import { nextDevice } from './device-cues';
import { deriveAnchors, type SessionAnchors } from './session-clock';
import { effectiveOfKind, resolveTimeline, type ResolvedEvent, type TimelineEntry, type TimelineEvent, type Vitals } from './timeline';
import type { Route } from './routes';
import { describeThreshold, evaluateVitals, thresholdSourceFor, type VitalAlert, type VitalThreshold } from './vital-thresholds';

/**
 * What the session room derives from the record: the timeline as it now stands, the clock's
 * anchors, the baseline reading, every reading's alerts and the next device. Pure, like the clock,
 * so the room, the REMS form and the tests read the same rules.
 */

/** Whether a moment counts as before the dose or after it. */
export type DoseStage = Exclude<VitalThreshold['appliesTo'], 'any'>;

/** "Before the dose": at or before T0, and everything while no dose is recorded. */
export function isBeforeDose(at: number, dosedAt: number | null): boolean {
  return dosedAt === null || at <= dosedAt;
}

export function stageAt(at: number, dosedAt: number | null): DoseStage {
  return isBeforeDose(at, dosedAt) ? 'pre-dose' : 'after-dose';
}

/** The last reading before the dose; rises are measured from it. */
export function baselineVitals(resolved: readonly ResolvedEvent[], dosedAt: number | null): Vitals | null {
  const before = effectiveOfKind(resolved, 'vitals').filter((event) => isBeforeDose(event.at, dosedAt));
  return before.at(-1)?.entry.vitals ?? null;
}

/** An alert as shown: the reading, the threshold it crossed in words, and where that threshold comes from. */
export interface ShownAlert extends VitalAlert {
  threshold: string;
}

/** A reading's alerts in a session on `route`, each with the source that holds for that route. */
export function alertsFor(vitals: Vitals, stage: DoseStage, baseline: Vitals | null, thresholds: readonly VitalThreshold[], route: Route): ShownAlert[] {
  return evaluateVitals(vitals, { stage, baseline: stage === 'after-dose' ? baseline : null }, thresholds).map((alert) => {
    const threshold = thresholds.find((candidate) => candidate.id === alert.thresholdId);
    return threshold
      ? { ...alert, threshold: describeThreshold(threshold), source: thresholdSourceFor(threshold, route) }
      : { ...alert, threshold: alert.message };
  });
}

export interface RoomState {
  resolved: ResolvedEvent[];
  anchors: SessionAnchors;
  baseline: Vitals | null;
  /** Each effective reading's alerts, by event id. */
  alerts: Map<string, ShownAlert[]>;
  latestVitals: (ResolvedEvent & { entry: Extract<TimelineEntry, { kind: 'vitals' }> }) | null;
  /** The latest reading's alerts while they are current: a reading from before the dose leaves the panel once the dose is given. */
  latestAlerts: ShownAlert[];
  /** The device the dose dialog suggests; null without devices or once all planned ones are recorded. */
  nextDevice: number | null;
}

export function deriveRoomState(
  session: { route: Route; checkInAt: number | null; endedAt: number | null; deviceCount: number | null },
  events: readonly TimelineEvent[],
  thresholds: readonly VitalThreshold[],
): RoomState {
  const resolved = resolveTimeline(events);
  const anchors = deriveAnchors(resolved, session);
  const baseline = baselineVitals(resolved, anchors.dosedAt);
  const readings = effectiveOfKind(resolved, 'vitals');
  const alerts = new Map(
    readings.map((event) => [event.id, alertsFor(event.entry.vitals, stageAt(event.at, anchors.dosedAt), baseline, thresholds, session.route)]),
  );
  const latestVitals = readings.at(-1) ?? null;
  const latestCurrent = latestVitals !== null && (anchors.dosedAt === null || !isBeforeDose(latestVitals.at, anchors.dosedAt));
  const devicesGiven = effectiveOfKind(resolved, 'dose').flatMap((dose) => (dose.entry.deviceNumber ? [dose.entry.deviceNumber] : []));
  return {
    resolved,
    anchors,
    baseline,
    alerts,
    latestVitals,
    latestAlerts: latestCurrent ? (alerts.get(latestVitals.id) ?? []) : [],
    nextDevice: nextDevice(session.deviceCount, devicesGiven),
  };
}
