import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../rpc/call';

export const backupStatusKey = ['backups', 'status'] as const;

/** Polled twice a second while a backup runs (its progress), else once a minute (a daily backup may finish meanwhile). */
export function useBackupStatus() {
  return useQuery({
    queryKey: backupStatusKey,
    queryFn: () => call('backups.status', {}),
    refetchInterval: (query) => (query.state.data?.running ? 500 : 60_000),
  });
}

export function useChooseBackupFolder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('backups.chooseFolder', {}),
    onSuccess: (status) => queryClient.setQueryData(backupStatusKey, status),
  });
}

export function useBackUpNow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => {
      // Start polling at once, so the progress shows while the answer is awaited.
      const answer = call('backups.runNow', {});
      void queryClient.invalidateQueries({ queryKey: backupStatusKey });
      return answer;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: backupStatusKey }),
  });
}
