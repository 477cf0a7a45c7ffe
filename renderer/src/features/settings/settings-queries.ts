import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/contract';
import { call } from '../../rpc/call';

const settingsKey = ['settings'] as const;

export function useSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => call('settings.get', {}) });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: MethodInput<'settings.update'>) => call('settings.update', changes),
    onSuccess: (settings) => queryClient.setQueryData(settingsKey, settings),
  });
}
