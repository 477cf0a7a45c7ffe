import type { StoredMeasure } from '../../../db/measures-repository';
import type { Measure } from '../../../shared/contract/measures';
import { courseOutcomes } from '../../../shared/measures/course-outcomes';
import { MEASURE_KINDS } from '../../../shared/measures/questionnaires';
import { scoreMeasure } from '../../../shared/measures/scoring';

/**
 * A client's measures as the screen shows them, newest first: each scored (band, item 9), and the
 * ones still standing judged against their kind's baseline and the measure before. A withdrawn
 * measure keeps its score but takes no part in the course.
 */
export function scoredMeasures(stored: readonly StoredMeasure[]): Measure[] {
  const outcomes = new Map<string, Measure['outcome']>();
  for (const kind of MEASURE_KINDS) {
    const standing = stored.filter((measure) => measure.kind === kind && measure.withdrawnAt === null);
    courseOutcomes(standing).forEach((outcome, index) => outcomes.set(standing[index]!.id, outcome));
  }
  return stored
    .map((measure) => {
      const { band, safetyFlag } = scoreMeasure(measure.kind, measure.answers);
      return { ...measure, band, safetyFlag, outcome: outcomes.get(measure.id) ?? null };
    })
    .reverse();
}
