import type { MethodInput, MethodName } from '../../../../shared/contract';
import { useRpcMutation, useRpcQuery } from '../../rpc/rpc-queries';

export function useProtocols({ includeArchived = false } = {}) {
  return useRpcQuery('protocols.list', { includeArchived }, { select: ({ protocols }) => protocols });
}

const PROTOCOL_READS: readonly MethodName[] = ['protocols.list'];

export function useSaveProtocol() {
  return useRpcMutation('protocols.save', { invalidates: PROTOCOL_READS });
}

export function useArchiveProtocol() {
  return useRpcMutation('protocols.archive', { invalidates: PROTOCOL_READS, toInput: (id: string): MethodInput<'protocols.archive'> => ({ id }) });
}

export function useRestoreProtocol() {
  return useRpcMutation('protocols.restore', { invalidates: PROTOCOL_READS, toInput: (id: string): MethodInput<'protocols.restore'> => ({ id }) });
}
