import type { RecordStore } from '../../../db/record-store';
import { localCalendarDate } from '../../../shared/calendar-date';
import { RpcFailure } from '../../../shared/contract/errors';
import type { SideEffectGroup } from '../../../shared/contract/side-effects';
import { groupByCourse } from '../../../shared/course/course-groups';
import type { FeatureHandlers } from '../../rpc/handler-types';
import { readSettings } from '../settings/settings-handlers';

type SideEffectsMethod = 'sideEffects.get' | 'sideEffects.record' | 'sideEffects.listForClient';

/**
 * The client's doses with their checklists, grouped by the course that holds each by its day
 * (decision 0046): the day of a dose is taken in this machine's zone, which is the therapist's.
 */
function doseGroups(store: RecordStore, clientId: string): SideEffectGroup[] {
  const checklists = store.sideEffects.listForClient(clientId);
  const doses = store.courses
    .dosesForClient(clientId)
    .map(({ sessionId, dosedAt }) => ({ sessionId, date: localCalendarDate(dosedAt), dosedAt, checklist: checklists.get(sessionId) ?? null }));
  return groupByCourse(store.courses.listForClient(clientId), doses, (dose) => dose.date).flatMap(({ course, items }) =>
    course !== null && items.length === 0
      ? []
      : [{ course: course && { id: course.id, kind: course.kind, startDate: course.startDate, endedOn: course.endedOn }, doses: items }],
  );
}

export const sideEffectsHandlers: FeatureHandlers<SideEffectsMethod> = {
  'sideEffects.get': ({ sessionId }, { records }) => {
    const store = records();
    if (!store.sessions.get(sessionId)) throw new RpcFailure('NOT_FOUND', 'That session does not exist.');
    return { checklist: store.sideEffects.get(sessionId) };
  },

  'sideEffects.record': ({ sessionId, answers, note }, { records, now }) => {
    const store = records();
    return store.transaction(() => {
      const session = store.sessions.get(sessionId);
      if (!session) throw new RpcFailure('NOT_FOUND', 'That session does not exist.');
      if (session.status === 'cancelled') throw new RpcFailure('CONFLICT', 'This session was cancelled before a dose, so it has no side effects to record.');
      if (session.dosedAt === null) throw new RpcFailure('CONFLICT', 'Side effects are recorded after the dose; this session has none yet.');
      return store.sideEffects.record(sessionId, answers, note, now());
    });
  },

  'sideEffects.listForClient': ({ clientId }, { records }) => {
    const store = records();
    if (!store.clients.get(clientId)) throw new RpcFailure('NOT_FOUND', 'That client does not exist.');
    return { items: readSettings(store).sideEffectItems, groups: doseGroups(store, clientId) };
  },
};
