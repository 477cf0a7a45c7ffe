import type Database from 'better-sqlite3-multiple-ciphers';
import type { AuditDetail, AuditEntry, AuditKind } from '../shared/contract/audit';
import { AUDIT_GENESIS_HASH, hashAuditEntry, type StoredAuditEntry } from './audit-chain';

interface AuditRow {
  seq: number;
  at: number;
  kind: string;
  subject_id: string | null;
  detail: string | null;
  prev_hash: string;
  hash: string;
}

/** Sorted keys, so the same facts always make the same text (and hash). */
function detailText(detail: AuditDetail | undefined): string | null {
  if (!detail || Object.keys(detail).length === 0) return null;
  return JSON.stringify(Object.fromEntries(Object.entries(detail).sort(([a], [b]) => a.localeCompare(b))));
}

function toStored(row: AuditRow): StoredAuditEntry {
  return { seq: row.seq, at: row.at, kind: row.kind, subjectId: row.subject_id, detail: row.detail, prevHash: row.prev_hash, hash: row.hash };
}

/**
 * Appends to, reads and prunes the audit log. Append runs inside the caller's transaction when
 * there is one, so an entry lands with what it records or not at all; the schema's triggers keep
 * the chain in order and refuse edits (db/migrations/017-audit-log.ts).
 */
export class AuditLogRepository {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      last: db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)'),
      insert: db.prepare(
        'INSERT INTO audit_log (seq, at, kind, subject_id, detail, prev_hash, hash) VALUES (@seq, @at, @kind, @subjectId, @detail, @prevHash, @hash)',
      ),
      range: db.prepare<[{ from: number; to: number; kinds: string | null; limit: number }], AuditRow>(
        'SELECT * FROM audit_log WHERE at >= @from AND at < @to AND (@kinds IS NULL OR kind IN (SELECT value FROM json_each(@kinds))) ORDER BY seq DESC LIMIT @limit',
      ),
      all: db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY seq'),
      lastBefore: db.prepare<[number], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log WHERE at < ? ORDER BY seq DESC LIMIT 1'),
      deleteThrough: db.prepare<[number]>('DELETE FROM audit_log WHERE seq <= ?'),
    };
  }

  append(entry: { at: number; kind: AuditKind; subjectId?: string | null; detail?: AuditDetail }): StoredAuditEntry {
    return this.db.transaction(() => {
      const last = this.statements.last.get();
      const unhashed = {
        seq: (last?.seq ?? 0) + 1,
        at: entry.at,
        kind: entry.kind,
        subjectId: entry.subjectId ?? null,
        detail: detailText(entry.detail),
        prevHash: last?.hash ?? AUDIT_GENESIS_HASH,
      };
      const stored = { ...unhashed, hash: hashAuditEntry(unhashed) };
      this.statements.insert.run(stored);
      return stored;
    })();
  }

  /** Entries with `from <= at < to` (of the given kinds), newest first; one more than `limit` is read to tell whether more matched. */
  list(range: { from: number; to: number; kinds?: readonly AuditKind[] }, limit: number): { entries: StoredAuditEntry[]; truncated: boolean } {
    const rows = this.statements.range.all({ from: range.from, to: range.to, kinds: range.kinds ? JSON.stringify(range.kinds) : null, limit: limit + 1 });
    return { entries: rows.slice(0, limit).map(toStored), truncated: rows.length > limit };
  }

  /** Every entry in chain order, for checking. */
  all(): StoredAuditEntry[] {
    return this.statements.all.all().map(toStored);
  }

  /**
   * Removes the entries older than `before` and records that it did, with the hash the first kept
   * entry follows, so the chain can still be checked from there. Null when nothing was old enough.
   */
  pruneBefore(before: number, at: number): StoredAuditEntry | null {
    return this.db.transaction(() => {
      const through = this.statements.lastBefore.get(before);
      if (!through) return null;
      this.statements.deleteThrough.run(through.seq);
      return this.append({ at, kind: 'audit-pruned', detail: { throughSeq: through.seq, throughHash: through.hash } });
    })();
  }
}

export function toAuditEntry(stored: StoredAuditEntry): AuditEntry {
  return {
    seq: stored.seq,
    at: stored.at,
    kind: stored.kind as AuditEntry['kind'],
    subjectId: stored.subjectId,
    detail: stored.detail === null ? null : (JSON.parse(stored.detail) as AuditDetail),
    hash: stored.hash,
  };
}
