import { RpcFailure } from '../../../shared/contract/errors';
import type { FeatureHandlers } from '../../rpc/handler-types';
import { caseloadFacts } from './caseload-facts';

type ClientsMethod = 'clients.list' | 'clients.get' | 'clients.caseload' | 'clients.create' | 'clients.update' | 'clients.archive' | 'clients.restore';

function found<T>(client: T | null): T {
  if (!client) throw new RpcFailure('NOT_FOUND', 'That client does not exist.');
  return client;
}

export const clientsHandlers: FeatureHandlers<ClientsMethod> = {
  'clients.list': ({ query, archived }, { records }) => ({ clients: records().clients.list({ query, archived }) }),
  'clients.get': ({ id }, { records }) => found(records().clients.get(id)),
  'clients.caseload': (_input, { records, now }) => ({ facts: caseloadFacts(records(), now()) }),
  'clients.create': (fields, { records, newId, now }) => records().clients.create(newId(), fields, now()),
  'clients.update': ({ id, ...fields }, { records, now }) => found(records().clients.update(id, fields, now())),
  'clients.archive': ({ id }, { records, now }) => {
    const time = now();
    return found(records().clients.setArchived(id, time, time));
  },
  'clients.restore': ({ id }, { records, now }) => found(records().clients.setArchived(id, null, now())),
};
