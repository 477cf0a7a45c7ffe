import { setRpcQueryData, useRpcMutation, useRpcQuery } from '../../rpc/rpc-queries';

export function useSettings() {
  return useRpcQuery('settings.get', {});
}

export function useUpdateSettings() {
  return useRpcMutation('settings.update', { onSuccess: (settings, queryClient) => setRpcQueryData(queryClient, 'settings.get', {}, settings) });
}
