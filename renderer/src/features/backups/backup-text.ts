import { isRpcError } from '../../../../shared/contract/errors';
import { describeError } from '../../rpc/error-message';

/** The record kinds a therapist recognises, in the order shown; the rest (settings, templates) are left out. */
export const COUNT_LABELS: [table: string, label: string][] = [
  ['clients', 'Clients'],
  ['sessions', 'Sessions'],
  ['session_events', 'Timeline entries'],
  ['notes', 'Notes'],
  ['note_revisions', 'Note revisions'],
  ['note_addenda', 'Addenda'],
  ['homework', 'Homework'],
  ['measures', 'Measures'],
];

/** Main's messages for backups and restore say what happened and what to do, and name no path or record. */
export function describeBackupError(error: unknown): string {
  if (isRpcError(error) && error.code !== 'INTERNAL' && error.message) return error.message;
  return describeError(error);
}
