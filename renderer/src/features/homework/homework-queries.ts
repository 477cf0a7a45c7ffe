import type { Homework, MethodName } from '../../../../shared/contract';
import { setRpcQueryData, type SharedReadOptions, useRpcMutation, useRpcQuery } from '../../rpc/rpc-queries';

/** The client's homework; notes read titles and statuses for their links from this one list. */
export function useClientHomework(clientId: string, options: SharedReadOptions = {}) {
  return useRpcQuery('homework.listForClient', { clientId }, { ...options, select: ({ homework }) => homework });
}

/** One homework with the notes that mention it. */
export function useHomework(id: string | null) {
  return useRpcQuery('homework.get', { id: id ?? '' }, { enabled: id !== null });
}

/** Reads a change to homework can alter; note links read titles and statuses from the client's list. */
const HOMEWORK_READS: readonly MethodName[] = ['homework.listForClient', 'homework.get'];

/** The client's list shows the change at once, before the refetch answers. */
function showInClientList(homework: Homework, queryClient: Parameters<typeof setRpcQueryData>[0]): void {
  setRpcQueryData(queryClient, 'homework.listForClient', { clientId: homework.clientId }, (cached) =>
    cached
      ? {
          homework: cached.homework.some((one) => one.id === homework.id)
            ? cached.homework.map((one) => (one.id === homework.id ? { ...homework, assignedFrom: one.assignedFrom } : one))
            : [{ ...homework, assignedFrom: null }, ...cached.homework],
        }
      : cached,
  );
}

export function useCreateHomework() {
  return useRpcMutation('homework.create', { onSuccess: showInClientList, invalidates: HOMEWORK_READS });
}

export function useUpdateHomework() {
  return useRpcMutation('homework.update', { onSuccess: showInClientList, invalidates: HOMEWORK_READS });
}
