import { setRpcQueryData, useRpcMutation, useRpcQuery } from '../../rpc/rpc-queries';

export function useSettings() {
  return useRpcQuery('settings.get', {});
}

/** What this computer's system offers for the screen (a lock event, hiding the window): fixed while the app runs. */
export function useScreenFacts() {
  return useRpcQuery('settings.screen', {});
}

export function useUpdateSettings() {
  return useRpcMutation('settings.update', { onSuccess: (settings, queryClient) => setRpcQueryData(queryClient, 'settings.get', {}, settings) });
}
