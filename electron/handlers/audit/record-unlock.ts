import type { RecordStore } from '../../../db/record-store';
import { readSettings } from '../settings/settings-handlers';
import type { UnlockFailures } from './unlock-failures';

const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;

/**
 * What an unlock writes to the audit log: the failed tries before it, the unlock itself, and the
 * removal of entries older than the retention setting (never younger than six years: the schema
 * refuses that whatever the setting says).
 */
export function recordUnlock(store: RecordStore, failures: UnlockFailures, using: 'passphrase' | 'recovery-code' | 'key-file', at: number): void {
  store.transaction(() => {
    failures.writeTo(store);
    store.audit.append({ at, kind: 'unlock', detail: { using } });
    try {
      store.audit.pruneBefore(at - readSettings(store).auditRetentionYears * YEAR_MS, at);
    } catch {
      // Only the pruning's savepoint is undone (a clock set back can make the schema refuse it); it is tried at the next unlock.
    }
  });
}
