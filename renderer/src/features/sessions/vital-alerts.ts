import { effectiveOfKind, type ResolvedEvent, type Vitals } from '../../../../shared/session/timeline';
import { describeThreshold, evaluateVitals, type VitalAlert, type VitalThreshold } from '../../../../shared/session/vital-thresholds';

/** An alert as shown: the reading, the threshold it crossed in words, and where that threshold comes from. */
export interface ShownAlert extends VitalAlert {
  threshold: string;
}

/** The last reading at or before the dose; rises are measured from it. */
export function baselineVitals(resolved: readonly ResolvedEvent[], dosedAt: number | null): Vitals | null {
  const before = effectiveOfKind(resolved, 'vitals').filter((event) => dosedAt === null || event.at <= dosedAt);
  return before.at(-1)?.entry.vitals ?? null;
}

export type DoseStage = 'pre-dose' | 'after-dose';

/** Whether a reading taken at `at` counts as before or after the dose. */
export function stageAt(at: number, dosedAt: number | null): DoseStage {
  return dosedAt !== null && at > dosedAt ? 'after-dose' : 'pre-dose';
}

export function alertsFor(vitals: Vitals, stage: DoseStage, baseline: Vitals | null, thresholds: readonly VitalThreshold[]): ShownAlert[] {
  return evaluateVitals(vitals, { stage, baseline: stage === 'after-dose' ? baseline : null }, thresholds).map((alert) => {
    const threshold = thresholds.find((candidate) => candidate.id === alert.thresholdId);
    return { ...alert, threshold: threshold ? describeThreshold(threshold) : alert.message };
  });
}
