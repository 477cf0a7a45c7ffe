import { RpcFailure } from '../../../shared/contract/errors';
import type { Session } from '../../../shared/contract/sessions';
import { deviceCueId } from '../../../shared/session/device-cues';
import { remsDueDate } from '../../../shared/session/rems-form';
import { BY_WEIGHT_ROUTE_NAMES, doseFromWeight, dosedByWeight, esketamineDeviceCount } from '../../../shared/session/routes';
import { deriveAnchors } from '../../../shared/session/session-clock';
import { resolveTimeline, type TimelineEntry } from '../../../shared/session/timeline';
import { indexSession } from '../../../db/session-search';
import { changesSessionSearchText } from '../../../shared/search/session-search-text';
import type { NewTimelineEvent } from '../../../db/sessions-repository';
import type { FeatureHandlers, HandlerContext } from '../../rpc/handler-types';
import { planFollowUps } from '../follow-ups/plan-follow-ups';
import { summarizeSession } from './session-summary';
import { snapshotProtocol } from '../../../shared/session/session-snapshot';
import { assertDosePlausible, assertKnownChecklistItems, entryTime, lateEntryTime, requireSession, sessionDetail, syncDosedAt } from './session-rules';

type SessionsMethod =
  | 'sessions.plan'
  | 'sessions.get'
  | 'sessions.listForClient'
  | 'sessions.active'
  | 'sessions.checkIn'
  | 'sessions.logEvent'
  | 'sessions.correctEvent'
  | 'sessions.retractEvent'
  | 'sessions.discharge'
  | 'sessions.addLateEntry'
  | 'sessions.cancel'
  | 'sessions.saveRemsForm'
  | 'sessions.setRemsSubmitted'
  | 'sessions.remsPending'
  | 'sessions.lockedClock'
  | 'sessions.acknowledgeLockedCue';

/** Entries that only make sense once the clock runs, and must name something in the protocol. */
function assertEntryFits(entry: TimelineEntry, session: ReturnType<typeof requireSession>, field: string): void {
  if (entry.kind === 'session-cancelled') throw new RpcFailure('INVALID', `${field}.kind: a session is cancelled through sessions.cancel.`);
  if (session.status === 'planned') throw new RpcFailure('CONFLICT', 'Check the client in before adding to the timeline.');
  if (entry.kind === 'dose') assertDosePlausible(session.route, entry.amountMg, `${field}.amountMg`);
  if ((entry.kind === 'phase-mark' || entry.kind === 'cue-acknowledged' || entry.kind === 'clinically-ready') && session.dosedAt === null) {
    throw new RpcFailure('CONFLICT', 'The clock starts at the dose; record the dose first.');
  }
  if (entry.kind === 'cue-acknowledged' && !session.protocol.cues.some((cue) => cue.id === entry.cueId)) {
    throw new RpcFailure('INVALID', `${field}.cueId: not a cue of this session's protocol.`);
  }
}

/** Changes the session row (and maybe adds an entry) in one transaction; answers the whole detail. */
function updateSession(context: HandlerContext, sessionId: string, write: (now: number) => void) {
  const store = context.records();
  return store.transaction(() => {
    write(context.now());
    return sessionDetail(store, sessionId);
  });
}

type NewEntry = Omit<NewTimelineEvent, 'id' | 'sessionId' | 'recordedAt'>;

/**
 * Appends timeline events in one transaction and answers with the first and the session, so logging
 * costs the same on the 500th entry as on the first. T0 is re-derived only when a dose changed.
 * `follow` may add events that belong with the first (a device's cue acknowledgement): both land or neither.
 */
function appendToTimeline(
  context: HandlerContext,
  sessionId: string,
  touchesDose: boolean,
  build: (now: number) => NewEntry,
  follow: (first: NewEntry) => NewEntry | null = () => null,
) {
  const store = context.records();
  return store.transaction(() => {
    const now = context.now();
    const append = (event: NewEntry) => {
      const id = context.newId();
      store.sessions.appendEvent({ ...event, id, sessionId, recordedAt: now });
      return id;
    };
    const first = build(now);
    const id = append(first);
    const followUp = follow(first);
    const followId = followUp ? append(followUp) : null;
    if (touchesDose) {
      syncDosedAt(store, requireSession(store, sessionId), now);
      planFollowUps(store, requireSession(store, sessionId), context.newId, now);
    }
    // Re-indexing reads the whole timeline; the entry is caught up before the next search instead.
    if ([first, followUp].some((appended) => appended && changesSessionSearchText(appended.entry))) store.search.markStale('session', sessionId, now);
    return {
      session: requireSession(store, sessionId),
      event: store.sessions.event(sessionId, id)!,
      followUp: followId === null ? null : store.sessions.event(sessionId, followId)!,
    };
  });
}

/**
 * A device given is the answer to its cue: when the cue is in this session's protocol and still
 * waits, its acknowledgement is written with the dose, at the same time.
 */
function deviceCueAnswer(store: ReturnType<HandlerContext['records']>, session: Session, first: NewEntry): NewEntry | null {
  const entry = first.entry;
  if (entry?.kind !== 'dose' || !entry.deviceNumber) return null;
  const cueId = deviceCueId(entry.deviceNumber);
  if (!session.protocol.cues.some((cue) => cue.id === cueId)) return null;
  const { acknowledgedCues } = deriveAnchors(resolveTimeline(store.sessions.events(session.id)), session);
  return acknowledgedCues[cueId] === undefined ? { at: first.at, entry: { kind: 'cue-acknowledged', cueId } } : null;
}

/** Corrections and withdrawals always point at the original entry, which must still stand. */
function requireStandingOriginal(store: ReturnType<HandlerContext['records']>, sessionId: string, eventId: string) {
  const original = store.sessions.event(sessionId, eventId);
  if (!original?.entry || original.supersedesId || original.retractsId) throw new RpcFailure('NOT_FOUND', 'That timeline entry does not exist.');
  if (store.sessions.isRetracted(sessionId, eventId)) throw new RpcFailure('CONFLICT', 'That entry was already withdrawn.');
  if (original.entry.kind === 'session-cancelled') throw new RpcFailure('CONFLICT', 'A cancellation stands; it cannot be corrected or withdrawn.');
  return { ...original, entry: original.entry };
}

export const sessionsHandlers: FeatureHandlers<SessionsMethod> = {
  'sessions.plan': (input, { records, newId, now }) => {
    const store = records();
    const client = store.clients.get(input.clientId);
    if (!client) throw new RpcFailure('NOT_FOUND', 'That client does not exist.');
    if (client.archivedAt !== null) throw new RpcFailure('CONFLICT', 'This client is archived. Restore them before planning a session.');
    const protocol = store.protocols.get(input.protocolId);
    if (!protocol || protocol.archivedAt !== null) throw new RpcFailure('NOT_FOUND', 'That protocol does not exist or is archived.');
    const route = protocol.route;
    const byWeight = input.mgPerKg !== undefined || input.weightKg !== undefined;
    if (byWeight && !dosedByWeight(route)) throw new RpcFailure('INVALID', `mgPerKg: dosing by weight applies to ${BY_WEIGHT_ROUTE_NAMES} only.`);
    if (byWeight && (input.mgPerKg === undefined || input.weightKg === undefined)) {
      throw new RpcFailure('INVALID', 'mgPerKg: give both mg/kg and the weight in kg.');
    }
    const plannedDoseMg = byWeight ? doseFromWeight(input.mgPerKg!, input.weightKg!) : input.plannedDoseMg;
    if (plannedDoseMg === undefined) throw new RpcFailure('INVALID', 'plannedDoseMg: Required');
    if (byWeight && input.plannedDoseMg !== undefined && input.plannedDoseMg !== plannedDoseMg) {
      throw new RpcFailure('INVALID', 'plannedDoseMg: does not match mg/kg times the weight.');
    }
    assertDosePlausible(route, plannedDoseMg, 'plannedDoseMg');
    const deviceCount = route === 'esketamine' ? esketamineDeviceCount(plannedDoseMg) : null;
    return store.transaction(() =>
      store.sessions.create(
        {
          id: newId(),
          clientId: client.id,
          route,
          protocolId: protocol.id,
          protocol: snapshotProtocol(protocol.definition, deviceCount),
          plannedDoseMg,
          mgPerKg: input.mgPerKg ?? null,
          weightKg: input.weightKg ?? null,
          deviceCount,
          courseSessionNumber: input.courseSessionNumber ?? store.sessions.nextCourseSessionNumber(client.id),
        },
        now(),
      ),
    );
  },

  'sessions.get': ({ id }, { records }) => sessionDetail(records(), id),

  'sessions.listForClient': ({ clientId }, { records }) => {
    const store = records();
    if (!store.clients.get(clientId)) throw new RpcFailure('NOT_FOUND', 'That client does not exist.');
    return { sessions: store.sessions.listForClient(clientId).map((session) => summarizeSession(session, store.sessions.events(session.id))) };
  },

  'sessions.active': (_input, { records }) => ({ session: records().sessions.active() }),

  'sessions.checkIn': ({ id, vitals, readiness, intention, at }, context) => {
    const store = context.records();
    const session = requireSession(store, id);
    if (session.status !== 'planned' && session.status !== 'checked-in') throw new RpcFailure('CONFLICT', 'This session is past check-in.');
    assertKnownChecklistItems(readiness, session.protocol.readinessChecklist, 'readiness');
    return updateSession(context, id, (now) => {
      const time = entryTime(session, at, now);
      store.sessions.checkIn(id, { at: time, readiness, intention: intention || null }, now);
      if (vitals) store.sessions.appendEvent({ id: context.newId(), sessionId: id, at: time, recordedAt: now, entry: { kind: 'vitals', vitals } });
      indexSession(store.search, requireSession(store, id), store.sessions.events(id), now);
    });
  },

  'sessions.logEvent': ({ sessionId, entry, at }, context) => {
    const store = context.records();
    const session = requireSession(store, sessionId);
    // Entries already there may still be corrected or withdrawn; nothing new is added after a cancellation.
    if (session.status === 'cancelled') throw new RpcFailure('CONFLICT', 'This session was cancelled; nothing more is added to it.');
    if (session.status === 'discharged') throw new RpcFailure('CONFLICT', 'This session was discharged: add what you remember as a late entry.');
    assertEntryFits(entry, session, 'entry');
    const { followUp, ...appended } = appendToTimeline(
      context,
      sessionId,
      entry.kind === 'dose',
      (now) => ({ at: entryTime(session, at, now), entry }),
      (first) => deviceCueAnswer(store, session, first),
    );
    return { ...appended, cueAcknowledgement: followUp };
  },

  'sessions.correctEvent': ({ sessionId, eventId, entry, at }, context) => {
    const store = context.records();
    const session = requireSession(store, sessionId);
    const original = requireStandingOriginal(store, sessionId, eventId);
    if (original.entry.kind !== entry.kind) throw new RpcFailure('INVALID', 'entry.kind: a correction keeps the kind of the entry it corrects.');
    assertEntryFits(entry, session, 'entry');
    const { session: after, event } = appendToTimeline(context, sessionId, entry.kind === 'dose', (now) => ({
      at: entryTime(session, at ?? original.at, now),
      entry,
      supersedesId: eventId,
    }));
    return { session: after, event };
  },

  'sessions.retractEvent': ({ sessionId, eventId, reason }, context) => {
    const store = context.records();
    requireSession(store, sessionId);
    const original = requireStandingOriginal(store, sessionId, eventId);
    const { session, event } = appendToTimeline(context, sessionId, original.entry.kind === 'dose', (now) => ({
      at: now,
      entry: null,
      retractsId: eventId,
      retractionReason: reason,
    }));
    return { session, event };
  },

  'sessions.discharge': ({ id, checklist, at }, context) => {
    const store = context.records();
    const session = requireSession(store, id);
    if (session.status !== 'dosed' || session.dosedAt === null) throw new RpcFailure('CONFLICT', 'Only a dosed session that has not ended can be discharged.');
    assertKnownChecklistItems(checklist, session.protocol.dischargeChecklist, 'checklist');
    return updateSession(context, id, (now) => {
      const time = entryTime(session, at, now);
      if (time < session.dosedAt!) throw new RpcFailure('INVALID', 'at: discharge cannot come before the dose.');
      store.sessions.discharge(id, { at: time, checklist }, now);
    });
  },

  'sessions.addLateEntry': ({ sessionId, entry, at }, context) => {
    const store = context.records();
    const session = requireSession(store, sessionId);
    if (session.status === 'cancelled') throw new RpcFailure('CONFLICT', 'This session was cancelled before a dose; nothing more is added to it.');
    if (session.status !== 'discharged') throw new RpcFailure('CONFLICT', 'This session has not been discharged: add the entry in the session room.');
    const { session: after, event } = appendToTimeline(context, sessionId, false, (now) => ({ at: lateEntryTime(session, at, now), entry, writtenLate: true }));
    return { session: after, event };
  },

  'sessions.cancel': ({ id, reason }, context) => {
    const store = context.records();
    const session = requireSession(store, id);
    if (session.status === 'cancelled') throw new RpcFailure('CONFLICT', 'This session was already cancelled.');
    if (session.dosedAt !== null || session.status === 'dosed' || session.status === 'discharged') {
      throw new RpcFailure('CONFLICT', 'A dose was given in this session: discharge it instead of cancelling.');
    }
    return updateSession(context, id, (now) => {
      store.sessions.appendEvent({ id: context.newId(), sessionId: id, at: now, recordedAt: now, entry: { kind: 'session-cancelled', reason } });
      if (!store.sessions.cancel(id, now, now)) throw new RpcFailure('CONFLICT', 'This session changed meanwhile; it was not cancelled.');
    });
  },

  'sessions.saveRemsForm': ({ id, fields }, { records, now }) => {
    const store = records();
    const session = requireSession(store, id);
    if (session.route !== 'esketamine') throw new RpcFailure('INVALID', 'id: the REMS form applies to esketamine sessions only.');
    store.sessions.saveRemsForm(id, fields, now());
    return requireSession(store, id);
  },

  'sessions.setRemsSubmitted': ({ id, submitted }, { records, now }) => {
    const store = records();
    const session = requireSession(store, id);
    if (session.route !== 'esketamine') throw new RpcFailure('INVALID', 'id: the REMS form applies to esketamine sessions only.');
    const time = now();
    store.sessions.setRemsSubmitted(id, submitted ? time : null, time);
    return requireSession(store, id);
  },

  'sessions.remsPending': (_input, { records }) => ({
    items: records()
      .sessions.remsPending()
      .map(({ session, clientName }) => ({
        sessionId: session.id,
        clientId: session.clientId,
        clientName,
        dosedAt: session.dosedAt!,
        dueDate: remsDueDate(session.dosedAt!),
      })),
  }),

  'sessions.lockedClock': (_input, { vault, lockedSession }) => ({ clock: vault.state === 'unlocked' ? null : lockedSession.clock() }),

  'sessions.acknowledgeLockedCue': ({ cueId, at }, { vault, lockedSession, now }) => {
    if (vault.state === 'unlocked') throw new RpcFailure('CONFLICT', 'The vault is open: acknowledge the cue in the session room.');
    return { clock: lockedSession.acknowledge(cueId, at, now()) };
  },
};
