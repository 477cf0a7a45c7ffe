import type { CaseloadOutcomes } from '../../../../shared/contract';
import { highestTotal } from '../../../../shared/measures/questionnaires';
import { SEVERITY_BAND_LABELS, severityBand } from '../../../../shared/measures/scoring';
import { formatCalendarDate } from '../../ui/time-text';

type Counts = CaseloadOutcomes['counts'];

function clients(count: number): string {
  return `${count} ${count === 1 ? 'client' : 'clients'}`;
}

/** "12 of 27, Moderate, 3 Nov 2026": a PHQ-9 total with its band and day. */
export function phq9ScoreText({ total, takenOn }: { total: number; takenOn: string }): string {
  return `${total} of ${highestTotal('phq-9')}, ${SEVERITY_BAND_LABELS[severityBand('phq-9', total)]}, ${formatCalendarDate(takenOn)}`;
}

/** "4 of 11 clients with a baseline and a later PHQ-9": a count with its denominator said plainly. */
export function ofFollowedText(count: number, counts: Counts): string {
  return `${count} of ${clients(counts.withLaterMeasure)} with a baseline and a later PHQ-9`;
}

/** Who the counts are about: active clients, those with a PHQ-9, those with only the baseline. */
export function coverageText(counts: Counts): string {
  const baselineOnly = counts.withBaseline - counts.withLaterMeasure;
  return `${counts.withBaseline} of ${clients(counts.activeClients)} on the active list have a PHQ-9; ${baselineOnly} of them only the baseline so far.`;
}
