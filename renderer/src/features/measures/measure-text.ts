import type { Measure, SessionSummary } from '../../../../shared/contract';
import { localCalendarDate } from '../../../../shared/calendar-date';
import { REMISSION_BELOW, type WorseningReason } from '../../../../shared/measures/course-outcomes';
import { highestTotal } from '../../../../shared/measures/questionnaires';
import { ITEM9_FLAG_TEXT, SEVERITY_BAND_LABELS } from '../../../../shared/measures/scoring';

/** "12 of 27, Moderate": a total out of the kind's highest, with its band. */
export function scoreText(measure: Pick<Measure, 'kind' | 'total' | 'band'>): string {
  return `${measure.total} of ${highestTotal(measure.kind)}, ${SEVERITY_BAND_LABELS[measure.band]}`;
}

export const WORSENING_TEXT: Record<WorseningReason, string> = {
  'total-rose': 'Worse by 5 points or more since the measure before',
  'item9-rose': 'Item 9 higher than at the measure before',
};

/** The safety and worsening flags of a measure, in words; the item 9 flag first. */
export function measureFlags(measure: Measure): string[] {
  const flags = measure.safetyFlag ? [ITEM9_FLAG_TEXT] : [];
  return [...flags, ...(measure.outcome?.worsening.map((reason) => WORSENING_TEXT[reason]) ?? [])];
}

/** Baseline, response, remission: what the course shows for this measure, in words. */
export function measureOutcomeText(measure: Measure): string[] {
  const { outcome } = measure;
  if (outcome === null) return [];
  return [
    ...(outcome.isBaseline ? ['Baseline'] : []),
    ...(outcome.response ? ['Response: at least 50% below the baseline'] : []),
    ...(outcome.remission ? [`Remission: below ${REMISSION_BELOW}`] : []),
  ];
}

/** The session a new measure belongs to by default: today's latest dosing session, if there is one. */
export function defaultSessionId(sessions: readonly SessionSummary[], now: number): string | null {
  const today = localCalendarDate(now);
  const dosedToday = sessions.filter((session) => session.dosedAt !== null && localCalendarDate(session.dosedAt) === today);
  dosedToday.sort((a, b) => b.dosedAt! - a.dosedAt!);
  return dosedToday[0]?.id ?? null;
}

export interface CourseSummary {
  baseline: Measure;
  latest: Measure;
  /** The first measure that reached response, and remission; null while none has. */
  firstResponse: Measure | null;
  firstRemission: Measure | null;
}

/** Where one kind of measure stands across the course, from the measures still standing; null when there are none. */
export function courseSummary(measures: readonly Measure[], kind: Measure['kind']): CourseSummary | null {
  const oldestFirst = measures.filter((measure) => measure.kind === kind && measure.outcome !== null).reverse();
  const [baseline, latest] = [oldestFirst[0], oldestFirst.at(-1)];
  if (!baseline || !latest) return null;
  return {
    baseline,
    latest,
    firstResponse: oldestFirst.find((measure) => measure.outcome?.response) ?? null,
    firstRemission: oldestFirst.find((measure) => measure.outcome?.remission) ?? null,
  };
}
