import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Homework, MethodInput } from '../../../../shared/contract';
import { call } from '../../rpc/call';

export const homeworkKeys = {
  all: ['homework'] as const,
  forClient: (clientId: string) => ['homework', 'client', clientId] as const,
  detail: (id: string) => ['homework', 'detail', id] as const,
  details: ['homework', 'detail'] as const,
};

/** The client's homework; notes read titles and statuses for their links from this one list. */
export function useClientHomework(clientId: string) {
  return useQuery({ queryKey: homeworkKeys.forClient(clientId), queryFn: async () => (await call('homework.listForClient', { clientId })).homework });
}

/** One homework with the notes that mention it. */
export function useHomework(id: string | null) {
  return useQuery({ queryKey: homeworkKeys.detail(id ?? ''), queryFn: () => call('homework.get', { id: id! }), enabled: id !== null });
}

/** After a change: the client's list (which note links read) and the detail refresh. */
function useHomeworkMutation<Input>(mutationFn: (input: Input) => Promise<Homework>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (homework) => {
      queryClient.setQueryData<Homework[]>(homeworkKeys.forClient(homework.clientId), (list) =>
        list ? (list.some((one) => one.id === homework.id) ? list.map((one) => (one.id === homework.id ? homework : one)) : [homework, ...list]) : list,
      );
      return queryClient.invalidateQueries({ queryKey: homeworkKeys.all });
    },
  });
}

export function useCreateHomework() {
  return useHomeworkMutation((input: MethodInput<'homework.create'>) => call('homework.create', input));
}

export function useUpdateHomework() {
  return useHomeworkMutation((input: MethodInput<'homework.update'>) => call('homework.update', input));
}
