import type { Client } from '../../../../shared/contract';
import { type SharedReadOptions, useRpcQuery } from '../../rpc/rpc-queries';

/** Any change to clients (edit, archive) invalidates `clients.get` too (see the clients feature's mutations). */
export function useClient(id: string, options: SharedReadOptions & { enabled?: boolean } = {}) {
  return useRpcQuery('clients.get', { id }, options);
}

/** What the session room calls the client: the name they go by. */
export function nameInRoom(client: Pick<Client, 'displayName' | 'preferredName'>): string {
  return client.preferredName ?? client.displayName;
}
