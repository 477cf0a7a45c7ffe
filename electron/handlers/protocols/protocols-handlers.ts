import { RpcFailure } from '../../../shared/contract/errors';
import type { FeatureHandlers } from '../../rpc/handler-types';

function found<T>(protocol: T | null): T {
  if (!protocol) throw new RpcFailure('NOT_FOUND', 'That protocol does not exist.');
  return protocol;
}

export const protocolsHandlers: FeatureHandlers<'protocols.list' | 'protocols.save' | 'protocols.archive' | 'protocols.restore'> = {
  'protocols.list': ({ includeArchived }, { records }) => ({ protocols: records().protocols.list(includeArchived) }),
  'protocols.save': ({ id, definition }, { records, newId, now }) => {
    const protocols = records().protocols;
    if (id === undefined) return protocols.create(newId(), definition, now());
    const existing = found(protocols.get(id));
    if (existing.route !== definition.route) throw new RpcFailure('INVALID', 'route: a protocol keeps its route; make a new protocol for another route.');
    return found(protocols.update(id, definition, now()));
  },
  'protocols.archive': ({ id }, { records, now }) => {
    const time = now();
    return found(records().protocols.setArchived(id, time, time));
  },
  'protocols.restore': ({ id }, { records, now }) => found(records().protocols.setArchived(id, null, now())),
};
