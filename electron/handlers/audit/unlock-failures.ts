import type { RecordStore } from '../../../db/record-store';

/**
 * Wrong passphrases and recovery codes tried while the vault is locked. The log lives inside the
 * encrypted database, which is closed then, so they are counted here and written as one entry at
 * the next unlock. A count lost to a quit is the price of never writing outside the vault.
 */
export class UnlockFailures {
  private pending: { count: number; firstAt: number; lastAt: number; methods: Set<string> } | null = null;

  note(method: 'passphrase' | 'recovery-code', at: number): void {
    if (this.pending === null) this.pending = { count: 0, firstAt: at, lastAt: at, methods: new Set() };
    this.pending.count++;
    this.pending.lastAt = at;
    this.pending.methods.add(method);
  }

  /** Writes what was counted (with the first failure's time) and starts again. */
  writeTo(store: RecordStore): void {
    const pending = this.pending;
    if (pending === null) return;
    store.audit.append({
      at: pending.firstAt,
      kind: 'unlock-failed',
      detail: { count: pending.count, lastAt: pending.lastAt, using: [...pending.methods].sort().join(', ') },
    });
    this.pending = null;
  }
}
