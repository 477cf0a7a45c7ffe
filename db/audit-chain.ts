import { createHash } from 'node:crypto';
import type { AuditChainProblem } from '../shared/contract/audit';

/** The hash the first entry follows: the hash of nothing. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/** A row as stored, with the hash it carries and the hash it follows. */
export interface StoredAuditEntry {
  seq: number;
  at: number;
  kind: string;
  subjectId: string | null;
  detail: string | null;
  prevHash: string;
  hash: string;
}

/**
 * The hash of one entry: SHA-256 over the hash it follows and its own fields, in a fixed order.
 * `seq` is inside, so a row moved to another place no longer hashes to itself.
 */
export function hashAuditEntry(entry: Omit<StoredAuditEntry, 'hash'>): string {
  const canonical = JSON.stringify([entry.prevHash, entry.seq, entry.at, entry.kind, entry.subjectId, entry.detail]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The hash the first kept entry must follow after old entries were pruned, as the newest prune recorded it. */
function prunedThrough(entries: readonly StoredAuditEntry[]): { seq: number; hash: string } | null {
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index]!;
    if (entry.kind !== 'audit-pruned' || entry.detail === null) continue;
    const detail = JSON.parse(entry.detail) as { throughSeq?: unknown; throughHash?: unknown };
    if (typeof detail.throughSeq === 'number' && typeof detail.throughHash === 'string') return { seq: detail.throughSeq, hash: detail.throughHash };
  }
  return null;
}

/**
 * Checks the chain and names each break by its place (`seq`):
 * - `missing`: a number absent from the sequence (a deleted row);
 * - `reordered`: a row whose content is intact but hashes only with another place's number
 *   (an emptied place or another broken row's), so it was moved;
 * - `edited`: a row that hashes with no place, or an intact-looking row whose successor follows
 *   another hash (edited, then re-hashed).
 * Rows before the first are accounted for only by an `audit-pruned` entry that names where it cut.
 */
export function checkAuditChain(entries: readonly StoredAuditEntry[]): AuditChainProblem[] {
  const start = prunedThrough(entries) ?? { seq: 0, hash: AUDIT_GENESIS_HASH };
  const problems = new Map<number, AuditChainProblem['problem']>();
  let expected = start.seq + 1;
  for (const entry of entries) {
    for (let seq = expected; seq < entry.seq; seq++) problems.set(seq, 'missing');
    expected = Math.max(expected, entry.seq + 1);
  }
  const broken = entries.filter((entry) => hashAuditEntry(entry) !== entry.hash);
  const places = [...problems.keys(), ...broken.map((entry) => entry.seq)];
  for (const entry of broken) {
    const moved = places.some((seq) => seq !== entry.seq && hashAuditEntry({ ...entry, seq }) === entry.hash);
    problems.set(entry.seq, moved ? 'reordered' : 'edited');
  }
  let previous: { seq: number; hash: string } = start;
  for (const entry of entries) {
    const follows = entry.seq !== previous.seq + 1 || entry.prevHash === previous.hash;
    if (!follows && !problems.has(entry.seq) && !problems.has(previous.seq)) problems.set(previous.seq === start.seq ? entry.seq : previous.seq, 'edited');
    previous = entry;
  }
  return [...problems].sort(([a], [b]) => a - b).map(([seq, problem]) => ({ seq, problem }));
}
