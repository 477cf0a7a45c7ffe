import type { RecordStore } from '../../../db/record-store';
import { deriveAnchors } from '../../../shared/session/session-clock';
import { resolveTimeline } from '../../../shared/session/timeline';
import type { LockedSessionClock } from '../../../shared/contract/index';

/**
 * Taken just before the vault locks: the running session's protocol and clock anchors, so the
 * lock screen keeps the clock and phase. Never fails the lock; a damaged record means no clock.
 */
export function captureLockedSessionClock(records: RecordStore): LockedSessionClock | null {
  try {
    const session = records.sessions.active();
    if (!session || session.status !== 'dosed') return null;
    return { protocol: session.protocol, anchors: deriveAnchors(resolveTimeline(records.sessions.events(session.id)), session) };
  } catch {
    return null;
  }
}
