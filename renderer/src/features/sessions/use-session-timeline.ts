import { useMemo } from 'react';
import type { SessionDetail } from '../../../../shared/contract';
import { deriveAnchors } from '../../../../shared/session/session-clock';
import { effectiveOfKind, resolveTimeline } from '../../../../shared/session/timeline';
import type { VitalThreshold } from '../../../../shared/session/vital-thresholds';
import { alertsFor, baselineVitals, stageAt } from './vital-alerts';

/** The timeline as it now stands, the clock's anchors, and the alerts of every reading: recomputed only when the record changes. */
export function useSessionTimeline({ session, events }: SessionDetail, thresholds: readonly VitalThreshold[]) {
  return useMemo(() => {
    const resolved = resolveTimeline(events);
    const anchors = deriveAnchors(resolved, session);
    const baseline = baselineVitals(resolved, anchors.dosedAt);
    const alerts = new Map(
      effectiveOfKind(resolved, 'vitals').map((event) => [event.id, alertsFor(event.entry.vitals, stageAt(event.at, anchors.dosedAt), baseline, thresholds)]),
    );
    const latestVitals = effectiveOfKind(resolved, 'vitals').at(-1) ?? null;
    const devicesGiven = effectiveOfKind(resolved, 'dose').flatMap((dose) => (dose.entry.deviceNumber ? [dose.entry.deviceNumber] : []));
    const nextDevice = session.deviceCount ? Math.min(session.deviceCount, Math.max(0, ...devicesGiven) + 1) : null;
    return { resolved, anchors, baseline, alerts, latestVitals, nextDevice };
  }, [session, events, thresholds]);
}
