import type { RecordStore } from '../../../db/record-store';
import type { LockReason } from '../../../shared/contract/vault';
import type { Logger } from '../../logger';
import { describeErrorWithoutContent } from '../../rpc/dispatch';

/** The lock's entry, written just before the database closes. A lock happens even when this cannot be written (a full disk). */
export function recordLock(store: RecordStore, reason: LockReason, at: number, logger: Logger): void {
  try {
    store.audit.append({ at, kind: 'lock', detail: { reason } });
  } catch (error) {
    logger.error(`audit: the lock could not be recorded: ${describeErrorWithoutContent(error)}`);
  }
}
