import type { RecordStore } from '../../../db/record-store';
import { RpcFailure } from '../../../shared/contract/errors';
import type { Session, SessionDetail } from '../../../shared/contract/sessions';
import { DOSE_BOUNDS_MG, ESKETAMINE_MG_PER_DEVICE, type Route, ROUTE_LABELS } from '../../../shared/session/routes';
import { deriveAnchors } from '../../../shared/session/session-clock';
import { resolveTimeline } from '../../../shared/session/timeline';

/** How far back an entry may be dated before check-in, for readings taken in the waiting room. */
const BACKDATE_BEFORE_CHECK_IN_MS = 12 * 60 * 60_000;
/** Clock skew between a tick in the renderer and main. */
export const FUTURE_TOLERANCE_MS = 60_000;

export function requireSession(records: RecordStore, id: string): Session {
  const session = records.sessions.get(id);
  if (!session) throw new RpcFailure('NOT_FOUND', 'That session does not exist.');
  return session;
}

export function sessionDetail(records: RecordStore, id: string): SessionDetail {
  return { session: requireSession(records, id), events: records.sessions.events(id) };
}

export function assertDosePlausible(route: Route, amountMg: number, field: string): void {
  const { max } = DOSE_BOUNDS_MG[route];
  if (amountMg > max) throw new RpcFailure('INVALID', `${field}: above ${max} mg, the most a single ${ROUTE_LABELS[route]} dose can plausibly be.`);
  if (route === 'esketamine' && amountMg % ESKETAMINE_MG_PER_DEVICE !== 0) {
    throw new RpcFailure('INVALID', `${field}: esketamine comes in ${ESKETAMINE_MG_PER_DEVICE} mg devices.`);
  }
}

/** The time an entry happened: now by default; never in the future, never long before the session. */
export function entryTime(session: Session, requested: number | undefined, now: number): number {
  if (requested === undefined) return now;
  if (requested > now + FUTURE_TOLERANCE_MS) throw new RpcFailure('INVALID', 'at: an entry cannot be dated in the future.');
  const earliest = (session.checkInAt ?? session.createdAt) - BACKDATE_BEFORE_CHECK_IN_MS;
  if (requested < earliest) throw new RpcFailure('INVALID', 'at: that is too long before this session began.');
  return requested;
}

/**
 * The time a late entry refers to: from check-in (a discharged session always has one) until now. A
 * time a moment ahead by the renderer's clock is now: the schema wants it no later than when it was written.
 */
export function lateEntryTime(session: Session, requested: number, now: number): number {
  if (requested > now + FUTURE_TOLERANCE_MS) throw new RpcFailure('INVALID', 'at: a late entry cannot refer to a time still to come.');
  if (session.checkInAt === null || requested < session.checkInAt) throw new RpcFailure('INVALID', 'at: a late entry cannot refer to a time before check-in.');
  return Math.min(requested, now);
}

export function assertKnownChecklistItems(given: Record<string, boolean>, items: { id: string }[], field: string): void {
  const known = new Set(items.map((item) => item.id));
  const unknown = Object.keys(given).filter((id) => !known.has(id));
  if (unknown.length) throw new RpcFailure('INVALID', `${field}: ${unknown.length} item(s) are not in this protocol's checklist.`);
}

/** T0 is derived from the timeline; keep the session row's copy (for lists and deadlines) in step. */
export function syncDosedAt(records: RecordStore, session: Session, now: number): void {
  const { dosedAt } = deriveAnchors(resolveTimeline(records.sessions.events(session.id)), session);
  if (dosedAt !== session.dosedAt) records.sessions.setDosedAt(session.id, dosedAt, now);
}
