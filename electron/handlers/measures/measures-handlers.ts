import type { RecordStore } from '../../../db/record-store';
import { RpcFailure } from '../../../shared/contract/errors';
import type { Measure } from '../../../shared/contract/measures';
import { localCalendarDate } from '../../../shared/calendar-date';
import { measureTotal } from '../../../shared/measures/scoring';
import type { FeatureHandlers } from '../../rpc/handler-types';
import { caseloadOutcomes } from './caseload-outcomes';
import { scoredMeasures } from './scored-measures';

type MeasuresMethod = 'measures.record' | 'measures.listForClient' | 'measures.caseloadOutcomes' | 'measures.withdraw';

function clientMeasures(store: RecordStore, clientId: string): Measure[] {
  return scoredMeasures(store.measures.listForClient(clientId));
}

/** One measure as the list shows it: its outcome depends on the client's other measures. */
function shownMeasure(store: RecordStore, clientId: string, id: string): Measure {
  return clientMeasures(store, clientId).find((measure) => measure.id === id)!;
}

export const measuresHandlers: FeatureHandlers<MeasuresMethod> = {
  'measures.record': ({ clientId, sessionId, kind, answers, difficulty, takenOn, enteredBy }, { records, newId, now }) => {
    const store = records();
    const client = store.clients.get(clientId);
    if (!client) throw new RpcFailure('NOT_FOUND', 'That client does not exist.');
    if (client.archivedAt !== null) throw new RpcFailure('CONFLICT', 'This client is archived. Restore them before recording a measure.');
    if (sessionId !== null && store.sessions.get(sessionId)?.clientId !== clientId)
      throw new RpcFailure('INVALID', "sessionId: must be one of this client's sessions.");
    const time = now();
    // Main and the window share the machine's zone, so "today" is the therapist's day.
    if (takenOn > localCalendarDate(time)) throw new RpcFailure('INVALID', 'takenOn: must not be after today.');
    return store.transaction(() => {
      const id = newId();
      store.measures.create({ id, clientId, sessionId, kind, answers, difficulty, total: measureTotal(answers), takenOn, enteredBy, createdAt: time });
      return shownMeasure(store, clientId, id);
    });
  },

  'measures.listForClient': ({ clientId }, { records }) => {
    const store = records();
    if (!store.clients.get(clientId)) throw new RpcFailure('NOT_FOUND', 'That client does not exist.');
    return { measures: clientMeasures(store, clientId) };
  },

  'measures.caseloadOutcomes': (_input, { records }) => caseloadOutcomes(records().measures.activeClientSeries('phq-9')),

  'measures.withdraw': ({ id, reason }, { records, now }) => {
    const store = records();
    return store.transaction(() => {
      const measure = store.measures.get(id);
      if (!measure) throw new RpcFailure('NOT_FOUND', 'That measure does not exist.');
      if (!store.measures.withdraw(id, reason, now())) throw new RpcFailure('CONFLICT', 'This measure was already withdrawn.');
      return shownMeasure(store, measure.clientId, id);
    });
  },
};
