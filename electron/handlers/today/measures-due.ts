import type { RecordStore } from '../../../db/record-store';
import { localCalendarDate } from '../../../shared/calendar-date';
import type { TodayOverview } from '../../../shared/contract/today';
import { isPhq9Due } from '../../../shared/follow-up/measures-due';

/**
 * Clients of an active course whose dose is due (listed in `courseDoses`) or was given today, and
 * who have no PHQ-9 since the dose before (isPhq9Due). Dose days in this machine's zone, as for the
 * course doses. Measures are read only for those few clients.
 */
export function measuresDue(store: RecordStore, today: string, courseDoses: TodayOverview['courseDoses']): TodayOverview['measuresDue'] {
  const doseDays = new Map<string, string[]>();
  for (const { clientId, dosedAt } of store.today.courseDoses()) doseDays.set(clientId, [...(doseDays.get(clientId) ?? []), localCalendarDate(dosedAt)]);
  const names = new Map(store.today.activeCourses().map(({ course, clientName }) => [course.clientId, clientName]));
  const candidates = new Set([...courseDoses.map((dose) => dose.clientId), ...[...doseDays].filter(([, days]) => days.includes(today)).map(([id]) => id)]);
  return [...candidates].flatMap((clientId) => {
    const clientName = names.get(clientId);
    if (clientName === undefined) return [];
    const previousDoseDay =
      (doseDays.get(clientId) ?? [])
        .filter((day) => day < today)
        .sort()
        .at(-1) ?? null;
    const phq9 = store.measures.listForClient(clientId).filter((measure) => measure.kind === 'phq-9' && measure.withdrawnAt === null);
    const lastPhq9On = phq9.at(-1)?.takenOn ?? null;
    return isPhq9Due(previousDoseDay, lastPhq9On) ? [{ clientId, clientName, lastPhq9On }] : [];
  });
}
