import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../rpc/call';
import { invalidateMethods, setRpcQueryData, useRpcMutation, useRpcQuery } from '../../rpc/rpc-queries';

/** Polled twice a second while a backup runs (its progress), else once a minute (a daily backup may finish meanwhile). */
export function useBackupStatus() {
  return useRpcQuery('backups.status', {}, { refetchInterval: (query) => (query.state.data?.running ? 500 : 60_000) });
}

export function useChooseBackupFolder() {
  return useRpcMutation<'backups.chooseFolder', void>('backups.chooseFolder', {
    toInput: () => ({}),
    onSuccess: (status, queryClient) => setRpcQueryData(queryClient, 'backups.status', {}, status),
  });
}

export function useBackUpNow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => {
      // Start polling at once, so the progress shows while the answer is awaited.
      const answer = call('backups.runNow', {});
      void invalidateMethods(queryClient, ['backups.status']);
      return answer;
    },
    onSettled: () => invalidateMethods(queryClient, ['backups.status']),
  });
}
