import type { AuditKind } from '../../../../shared/contract';
import { useRpcMutation, useRpcQuery } from '../../rpc/rpc-queries';

/** The entries of a range (epoch ms, end excluded), newest first; a check or an export adds one, so both refresh it. */
export function useAuditLog(range: { from: number; to: number } | null, kinds: readonly AuditKind[]) {
  return useRpcQuery('audit.list', { range: range ?? { from: 0, to: 1 }, kinds: kinds.length > 0 ? [...kinds] : undefined }, { enabled: range !== null });
}

export function useCheckRecords() {
  return useRpcMutation('audit.checkRecords', { invalidates: ['audit.list'] });
}

export function useExportAuditLog() {
  return useRpcMutation('audit.export', { invalidates: ['audit.list'] });
}
