import type { RecordStore } from '../../../db/record-store';
import { localCalendarDate } from '../../../shared/calendar-date';
import { RpcFailure } from '../../../shared/contract/errors';
import type { FeatureHandlers } from '../../rpc/handler-types';

type EvaluationsMethod = 'evaluations.listForClient' | 'evaluations.record' | 'evaluations.update';

/** A client who can take a new or changed evaluation: present and not archived. */
function activeClient(store: RecordStore, clientId: string): void {
  const client = store.clients.get(clientId);
  if (!client) throw new RpcFailure('NOT_FOUND', 'That client does not exist.');
  if (client.archivedAt !== null) throw new RpcFailure('CONFLICT', 'This client is archived. Restore them before changing their evaluations.');
}

/** Main and the window share the machine's zone, so "today" is the therapist's day. */
function notAfterToday(evaluatedOn: string, now: number): void {
  if (evaluatedOn > localCalendarDate(now)) throw new RpcFailure('INVALID', 'evaluatedOn: must not be after today.');
}

export const evaluationsHandlers: FeatureHandlers<EvaluationsMethod> = {
  'evaluations.listForClient': ({ clientId }, { records }) => {
    const store = records();
    if (!store.clients.get(clientId)) throw new RpcFailure('NOT_FOUND', 'That client does not exist.');
    return { evaluations: store.evaluations.listForClient(clientId) };
  },

  'evaluations.record': ({ clientId, ...content }, { records, newId, now }) => {
    const store = records();
    const time = now();
    notAfterToday(content.evaluatedOn, time);
    return store.transaction(() => {
      activeClient(store, clientId);
      return store.evaluations.create(newId(), clientId, content, time);
    });
  },

  'evaluations.update': ({ id, ...content }, { records, now }) => {
    const store = records();
    const time = now();
    notAfterToday(content.evaluatedOn, time);
    return store.transaction(() => {
      const evaluation = store.evaluations.get(id);
      if (!evaluation) throw new RpcFailure('NOT_FOUND', 'That evaluation does not exist.');
      activeClient(store, evaluation.clientId);
      return store.evaluations.update(id, content, time)!;
    });
  },
};
