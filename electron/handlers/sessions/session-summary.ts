import type { Session, SessionSummary } from '../../../shared/contract/sessions';
import { remsDueDate } from '../../../shared/session/rems-form';
import { effectiveOfKind, resolveTimeline, type TimelineEvent } from '../../../shared/session/timeline';

/** One row of a client's session history. */
export function summarizeSession(session: Session, events: readonly TimelineEvent[]): SessionSummary {
  const resolved = resolveTimeline(events);
  const adverse = effectiveOfKind(resolved, 'adverse-event');
  return {
    id: session.id,
    route: session.route,
    status: session.status,
    courseSessionNumber: session.courseSessionNumber,
    plannedDoseMg: session.plannedDoseMg,
    totalDoseMg: effectiveOfKind(resolved, 'dose').reduce((sum, dose) => sum + dose.entry.amountMg, 0),
    dosedAt: session.dosedAt,
    endedAt: session.endedAt,
    durationMinutes: session.dosedAt !== null && session.endedAt !== null ? Math.round((session.endedAt - session.dosedAt) / 60_000) : null,
    adverseEvents: [...new Set(adverse.flatMap((event) => event.entry.items))],
    adverseEventDetails: adverse.some((event) => (event.entry.text ?? '') !== ''),
    remsDueDate: session.route === 'esketamine' && session.dosedAt !== null ? remsDueDate(session.dosedAt) : null,
    remsSubmittedAt: session.remsSubmittedAt,
    cancellationReason: session.status === 'cancelled' ? (effectiveOfKind(resolved, 'session-cancelled')[0]?.entry.reason ?? null) : null,
    lateEntries: resolved.filter((event) => event.lateWrittenAt !== null && !event.retracted).length,
  };
}
