import type { TimelineEntry } from '../../../shared/session/timeline';
import { call, createVault, newCore } from '../../support/temp-vault';
import { digestOf } from '../digest';
import type { ChildRecord, ChildTranscript, CrashScenario } from '../scenario';

const WORDS = ['calm', 'settled', 'talkative', 'quiet', 'resting', 'smiling', 'reflective', 'still'];

interface TimelineRecord extends ChildRecord {
  /** Write number: an intent and its ack share it. */
  w: number;
  op: 'plan' | 'checkIn' | 'event';
  sessionId?: string;
  /** Acks of an event: its id and time as answered. */
  eventId?: string;
  at?: number;
  /** Of the timeline entry written (checkIn: its vitals entry). */
  digest?: string;
  checkInAt?: number;
}

function nextEntry(prng: { int: (min: number, max: number) => number; pick: <T>(items: readonly T[]) => T }, n: number): TimelineEntry {
  switch (prng.int(0, 2)) {
    case 0:
      return { kind: 'vitals', vitals: { systolic: prng.int(100, 170), diastolic: prng.int(60, 100), heartRate: prng.int(55, 110), spo2: prng.int(92, 100) } };
    case 1:
      return { kind: 'observation', text: `Observation ${n}: ${prng.pick(WORDS)}` };
    default:
      return { kind: 'sedation', moaas: prng.int(3, 5) };
  }
}

/** The last write whose ack was not printed, if any. */
export function writeInFlight<R extends { w: number }>(transcript: ChildTranscript): R | null {
  const acked = new Set((transcript.acks as R[]).map((record) => record.w));
  const last = transcript.intents.at(-1) as R | undefined;
  return last && !acked.has(last.w) ? last : null;
}

/**
 * A dosing session's timeline: plan, check in with vitals, a dose, then vitals, observations and
 * sedation scores as fast as dispatch answers. Every acknowledged event must be there after the
 * kill, by id, with its entry and time; nothing else but the one write in flight.
 */
export const timelineWrites: CrashScenario = {
  name: 'timeline-writes',
  summary: 'sessions.plan, checkIn, a dose, then sessions.logEvent until killed',
  kill: { afterMark: 'ready', maxDelayMs: 1500 },

  async buildTemplate(vaultDir) {
    const core = newCore(vaultDir);
    try {
      await createVault(core);
      const client = await call(core, 'clients.create', { displayName: 'Crash Test Client' });
      const protocol = (await call(core, 'protocols.list', {})).protocols.find((one) => one.route === 'im' && one.isDefault);
      if (!protocol) throw new Error('no default IM protocol');
      return { clientId: client.id, protocolId: protocol.id };
    } finally {
      await core.close();
    }
  },

  async workload({ facts, prng, unlockedCore, mark, intent, ack }) {
    const core = await unlockedCore();
    let w = 0;
    mark('ready');
    intent({ w: ++w, op: 'plan' } satisfies TimelineRecord);
    const session = await call(core, 'sessions.plan', { clientId: facts.clientId as string, protocolId: facts.protocolId as string, plannedDoseMg: 50 });
    ack({ w, op: 'plan', sessionId: session.id } satisfies TimelineRecord);

    const baseline: TimelineEntry = { kind: 'vitals', vitals: { systolic: 124, diastolic: 80, heartRate: 72, spo2: 98 } };
    intent({ w: ++w, op: 'checkIn', sessionId: session.id, digest: digestOf(baseline) } satisfies TimelineRecord);
    const checkedIn = await call(core, 'sessions.checkIn', { id: session.id, vitals: baseline.vitals, readiness: {} });
    const [vitalsEvent] = checkedIn.events;
    if (!vitalsEvent?.entry || checkedIn.session.checkInAt === null) throw new Error('check-in answered no vitals event');
    ack({
      w,
      op: 'checkIn',
      sessionId: session.id,
      checkInAt: checkedIn.session.checkInAt,
      eventId: vitalsEvent.id,
      at: vitalsEvent.at,
      digest: digestOf(vitalsEvent.entry),
    } satisfies TimelineRecord);

    for (let n = 1; ; n += 1) {
      const entry: TimelineEntry = n === 1 ? { kind: 'dose', amountMg: 50 } : nextEntry(prng, n);
      intent({ w: ++w, op: 'event', sessionId: session.id, digest: digestOf(entry) } satisfies TimelineRecord);
      const { event } = await call(core, 'sessions.logEvent', { sessionId: session.id, entry });
      ack({ w, op: 'event', sessionId: session.id, eventId: event.id, at: event.at, digest: digestOf(event.entry) } satisfies TimelineRecord);
    }
  },

  verify({ facts, transcript, store }) {
    const failures: string[] = [];
    const acks = transcript.acks as TimelineRecord[];
    const inFlight = writeInFlight<TimelineRecord>(transcript);
    const sessions = store.sessions.listForClient(facts.clientId as string);
    const plan = acks.find((record) => record.op === 'plan');
    const unacknowledgedSessions = sessions.filter((one) => one.id !== plan?.sessionId);
    const allowedSessions = inFlight?.op === 'plan' ? 1 : 0;
    if (unacknowledgedSessions.length > allowedSessions)
      failures.push(`${unacknowledgedSessions.length} sessions nobody acknowledged (at most ${allowedSessions} was in flight)`);
    if (!plan) return failures;

    const session = store.sessions.get(plan.sessionId!);
    if (!session) return [...failures, `session ${plan.sessionId}: planning was acknowledged but the session is missing`];
    const checkIn = acks.find((record) => record.op === 'checkIn');
    if (checkIn && session.checkInAt !== checkIn.checkInAt)
      failures.push(`session ${session.id}: check-in at ${checkIn.checkInAt} acknowledged, stored ${session.checkInAt}`);
    const doseAcked = acks.some((record) => record.op === 'event');
    if (doseAcked && (session.status !== 'dosed' || session.dosedAt === null))
      failures.push(`session ${session.id}: the dose was acknowledged but the session is ${session.status}`);

    const stored = new Map(store.sessions.events(session.id).map((event) => [event.id, event]));
    const ackedEvents = acks.filter((record) => record.eventId !== undefined);
    for (const record of ackedEvents) {
      const event = stored.get(record.eventId!);
      if (!event) failures.push(`event ${record.eventId} (write ${record.w}): acknowledged but missing after the crash`);
      else if (digestOf(event.entry) !== record.digest || event.at !== record.at) {
        failures.push(
          `event ${record.eventId} (write ${record.w}): stored entry ${digestOf(event.entry)} at ${event.at}, acknowledged ${record.digest} at ${record.at}`,
        );
      }
    }
    const ackedIds = new Set(ackedEvents.map((record) => record.eventId));
    const extra = [...stored.values()].filter((event) => !ackedIds.has(event.id));
    const inFlightWritesEvent = inFlight?.op === 'event' || inFlight?.op === 'checkIn';
    if (extra.length > (inFlightWritesEvent ? 1 : 0))
      failures.push(`${extra.length} timeline events nobody acknowledged (in flight: ${inFlight?.op ?? 'nothing'})`);
    for (const event of extra) {
      if (inFlightWritesEvent && digestOf(event.entry) !== inFlight.digest)
        failures.push(`event ${event.id} was never acknowledged and is not the write in flight`);
    }
    const sequences = [...stored.values()].map((event) => event.sequence);
    if (new Set(sequences).size !== sequences.length) failures.push('two timeline events share a sequence number');
    return failures;
  },

  outcome({ transcript }) {
    const events = (transcript.acks as TimelineRecord[]).filter((record) => record.op === 'event').length;
    const inFlight = writeInFlight<TimelineRecord>(transcript);
    if (events === 0) return `killed before the first logEvent (in flight: ${inFlight?.op ?? 'nothing'})`;
    return inFlight ? 'killed with logEvent in flight' : 'killed between logEvents';
  },
};
