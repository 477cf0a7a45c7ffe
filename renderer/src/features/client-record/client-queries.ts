import { useQuery } from '@tanstack/react-query';
import type { Client } from '../../../../shared/contract';
import { call } from '../../rpc/call';

/** Under the clients key, so any change to clients (edit, archive) refreshes it too. */
export function useClient(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: ['clients', 'detail', id], queryFn: () => call('clients.get', { id }), enabled: options.enabled });
}

/** What the session room calls the client: the name they go by. */
export function nameInRoom(client: Pick<Client, 'displayName' | 'preferredName'>): string {
  return client.preferredName ?? client.displayName;
}
