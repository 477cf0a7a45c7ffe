import { describe, expect, it } from 'vitest';
import type { Session } from '../../../../../shared/contract/sessions';
import { summarizeSession } from '../../../../../electron/handlers/sessions/session-summary';
import { DEFAULT_PROTOCOLS } from '../../../../../shared/session/default-protocols';
import type { TimelineEntry, TimelineEvent } from '../../../../../shared/session/timeline';

const session: Session = {
  id: 's1',
  clientId: 'c1',
  route: 'im',
  protocolId: null,
  protocol: DEFAULT_PROTOCOLS.im,
  plannedDoseMg: 50,
  mgPerKg: null,
  weightKg: null,
  deviceCount: null,
  courseSessionNumber: 1,
  status: 'discharged',
  intention: null,
  readiness: {},
  dischargeChecklist: {},
  remsForm: null,
  remsSubmittedAt: null,
  checkInAt: 1,
  dosedAt: 2,
  endedAt: 3,
  createdAt: 1,
  updatedAt: 3,
};

const event = (sequence: number, entry: TimelineEntry | null, retractsId: string | null = null): TimelineEvent => ({
  id: `e${sequence}`,
  sequence,
  at: sequence,
  recordedAt: sequence,
  writtenLate: false,
  entry,
  supersedesId: null,
  retractsId,
  retractionReason: retractsId ? 'wrong session' : null,
});

describe('summarizeSession: adverse events', () => {
  it('lists only what was ticked, and says a detail was written without inventing an "other"', () => {
    const summary = summarizeSession(session, [
      event(1, { kind: 'adverse-event', items: ['nausea', 'dizziness'], text: 'Mild, passed with slow breaths' }),
      event(2, { kind: 'adverse-event', items: ['nausea'] }),
    ]);
    expect(summary.adverseEvents).toEqual(['nausea', 'dizziness']);
    expect(summary.adverseEventDetails).toBe(true);
  });

  it('has no details when none was written, and none from a withdrawn entry', () => {
    const summary = summarizeSession(session, [
      event(1, { kind: 'adverse-event', items: ['headache'] }),
      event(2, { kind: 'adverse-event', items: ['vomiting'], text: 'Entered for the wrong client' }),
      event(3, null, 'e2'),
    ]);
    expect(summary.adverseEvents).toEqual(['headache']);
    expect(summary.adverseEventDetails).toBe(false);
  });

  it('has details and no items when an event was only described', () => {
    const summary = summarizeSession(session, [event(1, { kind: 'adverse-event', items: [], text: 'Brief tingling in the hands' })]);
    expect(summary.adverseEvents).toEqual([]);
    expect(summary.adverseEventDetails).toBe(true);
  });
});

describe('summarizeSession: late entries', () => {
  it('counts the entries added after discharge that still stand', () => {
    const late = (sequence: number, entry: TimelineEntry): TimelineEvent => ({
      ...event(sequence, entry),
      at: 2,
      recordedAt: 10 + sequence,
      writtenLate: true,
    });
    const summary = summarizeSession(session, [
      event(1, { kind: 'observation', text: 'Written in the room' }),
      late(2, { kind: 'observation', text: 'Remembered while writing up' }),
      late(3, { kind: 'quote', text: 'Withdrawn: the wrong session' }),
      event(4, null, 'e3'),
      late(5, { kind: 'adverse-event', items: ['nausea'] }),
    ]);
    expect(summary.lateEntries).toBe(2);
    expect(summary.adverseEvents).toEqual(['nausea']);
  });

  it('counts none for a session written up in the room', () => {
    expect(summarizeSession(session, [event(1, { kind: 'observation', text: 'In the room' })]).lateEntries).toBe(0);
  });
});
