import { type MeasureKind, highestTotal } from './questionnaires';

/**
 * Scores and flags the instruments themselves define (docs/clinical.md, "Measures"): the total,
 * its published severity band and the PHQ-9's item 9. They describe the answers; the clinician
 * decides what they mean.
 */

export const SEVERITY_BANDS = ['minimal', 'mild', 'moderate', 'moderately-severe', 'severe'] as const;
export type SeverityBand = (typeof SEVERITY_BANDS)[number];

export const SEVERITY_BAND_LABELS: Record<SeverityBand, string> = {
  minimal: 'Minimal',
  mild: 'Mild',
  moderate: 'Moderate',
  'moderately-severe': 'Moderately severe',
  severe: 'Severe',
};

/** The lowest total of each band, highest band first. PHQ-9: 0-4, 5-9, 10-14, 15-19, 20-27. GAD-7: 0-4, 5-9, 10-14, 15-21. */
const BAND_FLOORS: Record<MeasureKind, readonly { floor: number; band: SeverityBand }[]> = {
  'phq-9': [
    { floor: 20, band: 'severe' },
    { floor: 15, band: 'moderately-severe' },
    { floor: 10, band: 'moderate' },
    { floor: 5, band: 'mild' },
    { floor: 0, band: 'minimal' },
  ],
  'gad-7': [
    { floor: 15, band: 'severe' },
    { floor: 10, band: 'moderate' },
    { floor: 5, band: 'mild' },
    { floor: 0, band: 'minimal' },
  ],
};

/** The PHQ-9 item about thoughts of being better off dead or of self-harm, counted from 0. */
export const PHQ9_SAFETY_ITEM_INDEX = 8;

export const ITEM9_FLAG_TEXT = 'Item 9 answered above 0: thoughts of being better off dead or of self-harm';

export function measureTotal(answers: readonly number[]): number {
  return answers.reduce((sum, answer) => sum + answer, 0);
}

export function severityBand(kind: MeasureKind, total: number): SeverityBand {
  if (!Number.isInteger(total) || total < 0 || total > highestTotal(kind)) throw new RangeError(`Not a ${kind} total: ${total}`);
  return BAND_FLOORS[kind].find(({ floor }) => total >= floor)!.band;
}

/** The PHQ-9 item 9 answer, or null for a kind without it. */
export function safetyItemAnswer(kind: MeasureKind, answers: readonly number[]): number | null {
  return kind === 'phq-9' ? (answers[PHQ9_SAFETY_ITEM_INDEX] ?? null) : null;
}

/** PHQ-9 item 9 above 0: a safety flag shown wherever the score is shown. */
export function hasSafetyFlag(kind: MeasureKind, answers: readonly number[]): boolean {
  return (safetyItemAnswer(kind, answers) ?? 0) > 0;
}

export interface MeasureScore {
  total: number;
  band: SeverityBand;
  safetyFlag: boolean;
}

export function scoreMeasure(kind: MeasureKind, answers: readonly number[]): MeasureScore {
  const total = measureTotal(answers);
  return { total, band: severityBand(kind, total), safetyFlag: hasSafetyFlag(kind, answers) };
}
