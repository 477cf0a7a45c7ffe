import type { RecordStore } from '../../../db/record-store';
import type { Vault } from '../../vault/vault';
import { readSettings } from '../settings/settings-handlers';

const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;

/**
 * What an unlock writes to the audit log, in one transaction: the wrong secrets the vault counted
 * since the log last had them (one entry, at the first one's time), the unlock itself, and the
 * removal of entries older than the retention setting (never younger than six years: the schema
 * refuses that whatever the setting says).
 */
export function recordUnlock(vault: Vault, using: 'passphrase' | 'recovery-code' | 'key-file', at: number): void {
  const store = vault.records();
  vault.recordUnauditedFailures((failures) =>
    store.transaction(() => {
      if (failures !== null) {
        store.audit.append({
          at: failures.firstAt,
          kind: 'unlock-failed',
          detail: { count: failures.count, lastAt: failures.lastAt, using: failures.methods.join(', ') },
        });
      }
      store.audit.append({ at, kind: 'unlock', detail: { using } });
      pruneExpired(store, at);
    }),
  );
}

function pruneExpired(store: RecordStore, at: number): void {
  try {
    store.audit.pruneBefore(at - readSettings(store).auditRetentionYears * YEAR_MS, at);
  } catch {
    // Only the pruning's savepoint is undone (a clock set back can make the schema refuse it); it is tried at the next unlock.
  }
}
