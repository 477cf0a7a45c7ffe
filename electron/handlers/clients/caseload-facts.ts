import type { RecordStore } from '../../../db/record-store';
import { localCalendarDate } from '../../../shared/calendar-date';
import type { CaseloadFacts } from '../../../shared/contract/clients';
import { activeCourseProgress } from '../courses/active-course-progress';

const NOTHING_COUNTED = { lastDosedAt: null, plannedSessions: 0, draftNotes: 0, openHomework: 0 };

/**
 * The caseload's counts with each active course's next suggested dose beside them. "Today" is this
 * machine's, which main and the window share; a client with only a course is listed too.
 */
export function caseloadFacts(store: RecordStore, now: number): CaseloadFacts[] {
  const today = localCalendarDate(now);
  const facts = new Map<string, CaseloadFacts>(store.caseload.facts().map((fact) => [fact.clientId, { ...fact, nextDose: null }]));
  for (const { course, progress } of activeCourseProgress(store, today)) {
    if (progress.nextDate === null) continue;
    const nextDose = { date: progress.nextDate, dose: progress.nextDose, total: progress.total, overdue: progress.nextDate < today };
    facts.set(course.clientId, { ...(facts.get(course.clientId) ?? { clientId: course.clientId, ...NOTHING_COUNTED }), nextDose });
  }
  return [...facts.values()];
}
