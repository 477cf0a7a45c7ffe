import type { MeasureKind } from './questionnaires';
import { safetyItemAnswer } from './scoring';

/**
 * What the measures of one kind show across a client's course, by the definitions in the clinical
 * brief (docs/clinical.md, "Measures"):
 *
 * - baseline: the first measure of the kind (there are no courses yet, so the first ever);
 * - response: a later PHQ-9 total at least 50% below the baseline's;
 * - remission: a later PHQ-9 total below 5;
 * - worsening: a total 5 or more points above the measure before it, or (PHQ-9) a higher item 9.
 *
 * Response and remission are defined for the PHQ-9 only; worsening applies to both kinds.
 */

export const REMISSION_BELOW = 5;
export const RESPONSE_DROP = 0.5;
export const WORSENING_POINTS = 5;

export const WORSENING_REASONS = ['total-rose', 'item9-rose'] as const;
export type WorseningReason = (typeof WORSENING_REASONS)[number];

export interface ScoredMeasure {
  kind: MeasureKind;
  total: number;
  answers: readonly number[];
}

export interface CourseOutcome {
  isBaseline: boolean;
  response: boolean;
  remission: boolean;
  /** Empty when the measure did not worsen on the one before it. */
  worsening: WorseningReason[];
}

/** The highest total that still counts as a response to this baseline (null when the baseline leaves no room for a drop). */
export function responseCeiling(baselineTotal: number): number | null {
  return baselineTotal > 0 ? Math.floor(baselineTotal * (1 - RESPONSE_DROP)) : null;
}

export function isResponse(baselineTotal: number, total: number): boolean {
  const ceiling = responseCeiling(baselineTotal);
  return ceiling !== null && total <= ceiling;
}

export function isRemission(total: number): boolean {
  return total < REMISSION_BELOW;
}

export function worseningReasons(previous: ScoredMeasure, current: ScoredMeasure): WorseningReason[] {
  const reasons: WorseningReason[] = [];
  if (current.total - previous.total >= WORSENING_POINTS) reasons.push('total-rose');
  const before = safetyItemAnswer(previous.kind, previous.answers);
  const now = safetyItemAnswer(current.kind, current.answers);
  if (before !== null && now !== null && now > before) reasons.push('item9-rose');
  return reasons;
}

/** Outcomes for measures of one kind, given oldest first; the answer is in the same order. */
export function courseOutcomes(measures: readonly ScoredMeasure[]): CourseOutcome[] {
  const baseline = measures[0];
  return measures.map((measure, index) => {
    if (index === 0 || !baseline) return { isBaseline: true, response: false, remission: false, worsening: [] };
    const phq9 = measure.kind === 'phq-9';
    return {
      isBaseline: false,
      response: phq9 && isResponse(baseline.total, measure.total),
      remission: phq9 && isRemission(measure.total),
      worsening: worseningReasons(measures[index - 1]!, measure),
    };
  });
}
