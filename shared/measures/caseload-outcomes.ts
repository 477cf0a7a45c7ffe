import { courseOutcomes, type ScoredMeasure, type WorseningReason } from './course-outcomes';
import { hasSafetyFlag } from './scoring';

/**
 * Where each client's PHQ-9 series stands, and how many clients of a caseload it adds up to. The
 * definitions are the ones a client's own page uses (course-outcomes.ts); this only gathers them
 * per client. It states what the scores show and recommends nothing.
 */

export interface DatedMeasure extends ScoredMeasure {
  takenOn: string;
}

export interface ScoreOn {
  total: number;
  takenOn: string;
}

export interface ClientSeriesOutcome {
  baseline: ScoreOn;
  /** Null while the baseline is the only PHQ-9. */
  latest: ScoreOn | null;
  /** The day of the first later PHQ-9 that reached response, and remission; null while none has. */
  responseOn: string | null;
  remissionOn: string | null;
  /** How the latest PHQ-9 worsened on the one before it; empty when it did not. */
  latestWorsening: WorseningReason[];
  /** Item 9 above 0 on the latest PHQ-9 (the baseline while it is the only one). */
  latestItem9Flag: boolean;
}

function scoreOn(measure: DatedMeasure): ScoreOn {
  return { total: measure.total, takenOn: measure.takenOn };
}

/** One client's PHQ-9s, oldest first and none withdrawn; null when there are none. */
export function clientSeriesOutcome(series: readonly DatedMeasure[]): ClientSeriesOutcome | null {
  const baseline = series[0];
  const latest = series.at(-1);
  if (!baseline || !latest) return null;
  const outcomes = courseOutcomes(series);
  const dayWhere = (reached: (index: number) => boolean) => series.find((_, index) => reached(index))?.takenOn ?? null;
  return {
    baseline: scoreOn(baseline),
    latest: series.length > 1 ? scoreOn(latest) : null,
    responseOn: dayWhere((index) => outcomes[index]!.response),
    remissionOn: dayWhere((index) => outcomes[index]!.remission),
    latestWorsening: outcomes.at(-1)!.worsening,
    latestItem9Flag: hasSafetyFlag(latest.kind, latest.answers),
  };
}

export interface CaseloadOutcomeCounts {
  /** Active clients, and those of them with at least one PHQ-9 (a baseline). */
  activeClients: number;
  withBaseline: number;
  /** Those with a baseline and a later PHQ-9: the denominator of the three counts below. */
  withLaterMeasure: number;
  reachedResponse: number;
  reachedRemission: number;
  latestWorsened: number;
}

export function caseloadOutcomeCounts(activeClients: number, outcomes: readonly ClientSeriesOutcome[]): CaseloadOutcomeCounts {
  const followed = outcomes.filter((outcome) => outcome.latest !== null);
  return {
    activeClients,
    withBaseline: outcomes.length,
    withLaterMeasure: followed.length,
    reachedResponse: followed.filter((outcome) => outcome.responseOn !== null).length,
    reachedRemission: followed.filter((outcome) => outcome.remissionOn !== null).length,
    latestWorsened: followed.filter((outcome) => outcome.latestWorsening.length > 0).length,
  };
}
