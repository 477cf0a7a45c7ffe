import type { RecordStore } from '../../../db/record-store';
import type { Session } from '../../../shared/contract/sessions';
import { doseDayOf, followUpDates, followUpDueDate } from '../../../shared/follow-up/follow-up-ladder';
import { readSettings } from '../settings/settings-handlers';

/**
 * Keeps a session's follow-up contacts in step with its dose, inside the transaction that changed
 * the dose (decision 0050). The first dose writes the clinic's ladder as it stands then; a dose
 * corrected to another day moves the planned contacts the therapist has not moved; a withdrawn
 * dose removes the planned ones. Done and skipped contacts stay as they are.
 */
export function planFollowUps(store: RecordStore, session: Session, newId: () => string, now: number): void {
  if (session.dosedAt === null) {
    store.followUps.removePlanned(session.id);
    return;
  }
  const doseDay = doseDayOf(session.dosedAt);
  const existing = store.followUps.forSession(session.id);
  if (existing.length > 0) {
    for (const contact of existing) {
      const dueDate = followUpDueDate(doseDay, contact.offsetDays);
      if (dueDate !== contact.dueDate) store.followUps.redate(contact.id, dueDate, now);
    }
    return;
  }
  for (const contact of followUpDates(doseDay, readSettings(store).followUpLadder)) {
    store.followUps.create({ id: newId(), sessionId: session.id, clientId: session.clientId, ...contact }, now);
  }
}
