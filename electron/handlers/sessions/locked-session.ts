import type { RecordStore } from '../../../db/record-store';
import { RpcFailure } from '../../../shared/contract/errors';
import type { LockedSessionClock } from '../../../shared/contract/index';
import { isDeviceCue } from '../../../shared/session/device-cues';
import { computeSessionClock, deriveAnchors } from '../../../shared/session/session-clock';
import { resolveTimeline } from '../../../shared/session/timeline';
import { FUTURE_TOLERANCE_MS } from './session-rules';

interface KeptSession {
  /** Main's only: the lock screen never sees it. */
  sessionId: string;
  clock: LockedSessionClock;
}

/**
 * What main keeps of a running session through a lock, in memory only: its protocol and clock
 * anchors, so the lock screen keeps the clock and phase, and the cues acknowledged there, which go
 * into the session's timeline at the next unlock (decision 0033). Nothing that names the client.
 */
export class LockedSession {
  private kept: KeptSession | null = null;
  private acknowledgements: { cueId: string; at: number }[] = [];

  constructor(private readonly onError: (error: unknown) => void) {}

  /**
   * Just before the vault locks. Never fails the lock: a damaged record means no clock. Anything
   * acknowledged at the last lock was written at the unlock between.
   */
  capture(records: RecordStore): void {
    this.acknowledgements = [];
    try {
      const session = records.sessions.active();
      this.kept =
        session?.status === 'dosed'
          ? {
              sessionId: session.id,
              clock: { protocol: session.protocol, anchors: deriveAnchors(resolveTimeline(records.sessions.events(session.id)), session) },
            }
          : null;
    } catch (error) {
      this.kept = null;
      this.onError(error);
    }
  }

  clock(): LockedSessionClock | null {
    return this.kept?.clock ?? null;
  }

  /**
   * A due cue acknowledged on the lock screen: kept until the unlock, and shown acknowledged at
   * once. A device is a dose, which is recorded in the room, so its cue waits for the unlock.
   */
  acknowledge(cueId: string, requested: number | undefined, now: number): LockedSessionClock {
    const kept = this.kept;
    if (!kept) throw new RpcFailure('NOT_FOUND', 'No session was running when the vault locked.');
    const at = requested ?? now;
    if (at > now + FUTURE_TOLERANCE_MS) throw new RpcFailure('INVALID', 'at: an acknowledgement cannot be dated in the future.');
    if (at < (kept.clock.anchors.dosedAt ?? now)) throw new RpcFailure('INVALID', 'at: that is before the dose.');
    const cue = computeSessionClock(kept.clock.anchors, kept.clock.protocol, at).cues.find((candidate) => candidate.id === cueId);
    if (!cue) throw new RpcFailure('INVALID', "cueId: not a cue of the running session's protocol.");
    if (isDeviceCue(cue)) throw new RpcFailure('CONFLICT', 'A device is recorded as a dose: unlock to record it.');
    if (cue.state === 'acknowledged') throw new RpcFailure('CONFLICT', 'That cue was already acknowledged.');
    if (cue.state !== 'due') throw new RpcFailure('CONFLICT', 'That cue is not due yet.');
    this.acknowledgements.push({ cueId, at });
    const { anchors } = kept.clock;
    this.kept = { ...kept, clock: { ...kept.clock, anchors: { ...anchors, acknowledgedCues: { ...anchors.acknowledgedCues, [cueId]: at } } } };
    return this.kept.clock;
  }

  /**
   * After an unlock: each acknowledgement from the lock screen becomes a timeline entry dated when
   * it was made, unless the session has ended or the cue was acknowledged meanwhile. An error here
   * is reported, never a failed unlock.
   */
  writeAcknowledgements(records: RecordStore, newId: () => string, now: number): void {
    const { kept, acknowledgements } = this;
    this.acknowledgements = [];
    if (!kept || acknowledgements.length === 0) return;
    try {
      records.transaction(() => {
        const session = records.sessions.get(kept.sessionId);
        if (session?.status !== 'dosed') return;
        const { acknowledgedCues } = deriveAnchors(resolveTimeline(records.sessions.events(session.id)), session);
        for (const { cueId, at } of acknowledgements) {
          if (acknowledgedCues[cueId] !== undefined) continue;
          records.sessions.appendEvent({ id: newId(), sessionId: session.id, at, recordedAt: now, entry: { kind: 'cue-acknowledged', cueId } });
        }
      });
    } catch (error) {
      this.onError(error);
    }
  }
}
