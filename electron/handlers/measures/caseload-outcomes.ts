import type { ClientMeasureSeries } from '../../../db/measures-repository';
import type { CaseloadOutcomes, ClientOutcome } from '../../../shared/contract/measures';
import { caseloadOutcomeCounts, clientSeriesOutcome } from '../../../shared/measures/caseload-outcomes';

/** The caseload's PHQ-9 outcomes from every active client's series: the clients with a baseline, and the counts. */
export function caseloadOutcomes(series: readonly ClientMeasureSeries[]): CaseloadOutcomes {
  const clients: ClientOutcome[] = series.flatMap(({ clientId, displayName, measures }) => {
    const outcome = clientSeriesOutcome(measures);
    return outcome ? [{ clientId, displayName, ...outcome }] : [];
  });
  return { counts: caseloadOutcomeCounts(series.length, clients), clients };
}
