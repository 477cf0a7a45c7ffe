import { beforeEach, describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import { emptyHomeworkFields, type HomeworkFieldsInput, HOMEWORK_TYPES, type HomeworkType } from '../../shared/homework/homework-types';
import { homeworkLink, noteJson, paragraph } from '../support/note-docs';
import { call } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);
const HOUR = 60 * 60_000;

/** Filled-in fields for each type, as a therapist and client would complete them. */
const FILLED: Record<HomeworkType, HomeworkFieldsInput> = {
  'thought-record': {
    type: 'thought-record',
    rows: [
      {
        situation: 'Meeting at work',
        automaticThought: 'They think I am useless',
        emotion: 'Shame',
        emotionBefore: 80,
        evidenceFor: 'Nobody replied to my idea',
        evidenceAgainst: 'My manager thanked me afterwards',
        balancedThought: 'Silence is not a verdict',
        emotionAfter: 35,
      },
    ],
  },
  'behavioural-activation': {
    type: 'behavioural-activation',
    activities: [
      { day: 'Monday', activity: 'Walk by the river', done: true, pleasure: 7, mastery: 4 },
      { day: 'Tuesday', activity: 'Call my sister', done: false, pleasure: null, mastery: null },
    ],
  },
  'exposure-hierarchy': {
    type: 'exposure-hierarchy',
    steps: [
      { situation: 'Look at a photo of a lift', suds: 20, done: true },
      { situation: 'Ride one floor', suds: 70, done: false },
    ],
  },
  'behavioural-experiment': {
    type: 'behavioural-experiment',
    prediction: 'If I say no, she will be angry',
    beliefBefore: 90,
    experiment: 'Decline the Friday shift',
    whatHappened: 'She said that was fine',
    beliefAfter: 30,
    learning: 'People can take a no',
  },
  'core-belief': {
    type: 'core-belief',
    oldBelief: 'I am unlovable',
    oldBeliefStrength: 85,
    newBelief: 'I am worth caring for',
    newBeliefStrength: 30,
    evidence: 'Friends stayed',
  },
  'values-action': { type: 'values-action', domain: 'Family', value: 'Being present', committedAction: 'Phone-free dinners', barriers: 'Work emails' },
  custom: { type: 'custom', instructions: 'Write one sentence each evening' },
};

describe('homework on a real vault', () => {
  let core: AppCore;
  let clock: number;
  let clientId: string;

  vaultTest.override('coreOptions', { now: () => clock });
  beforeEach(() => {
    clock = T0; // before the vault is made: the fixture's core reads it
  });
  vaultTest.beforeEach(async ({ vault }) => {
    core = vault.core;
    clientId = (await call(core, 'clients.create', { displayName: 'Homework Client' })).id;
  });

  vaultTest.each(HOMEWORK_TYPES)('creates and updates a %s with its own fields', async (type) => {
    const created = await call(core, 'homework.create', { clientId, title: `  ${type} homework  `, dueDate: '2026-12-01', fields: emptyHomeworkFields(type) });
    expect(created).toMatchObject({
      clientId,
      title: `${type} homework`,
      status: 'assigned',
      dueDate: '2026-12-01',
      outcome: null,
      statusChangedAt: T0,
      createdAt: T0,
      updatedAt: T0,
    });
    expect(created.fields).toEqual(emptyHomeworkFields(type));

    clock += HOUR;
    const updated = await call(core, 'homework.update', {
      id: created.id,
      title: created.title,
      dueDate: null,
      fields: FILLED[type],
      status: 'in-progress',
      outcome: null,
    });
    expect(updated.fields).toEqual(FILLED[type]);
    expect(updated).toMatchObject({ dueDate: null, updatedAt: T0 + HOUR, createdAt: T0 });
    const fetched = await call(core, 'homework.get', { id: created.id });
    expect(fetched.homework).toEqual(updated);
    expect(fetched.backlinks).toEqual([]);
    expect((await call(core, 'homework.listForClient', { clientId })).homework).toEqual([{ ...updated, assignedFrom: null }]);
  });

  vaultTest("lists each homework with the earliest note that links it and that note's session, and none for homework no note links", async () => {
    const protocol = (await call(core, 'protocols.list', {})).protocols.find((p) => p.route === 'im' && p.isDefault)!;
    const session = await call(core, 'sessions.plan', { clientId, protocolId: protocol.id, plannedDoseMg: 50, courseSessionNumber: 3 });
    const linked = await call(core, 'homework.create', { clientId, title: 'Walks', fields: FILLED['behavioural-activation'] });
    const loose = await call(core, 'homework.create', { clientId, title: 'Loose', fields: FILLED.custom });
    const link = async (note: { id: string; revision: number }, title: string) =>
      call(core, 'notes.save', {
        id: note.id,
        baseRevision: note.revision,
        title,
        isPrivate: false,
        content: noteJson(paragraph('Agreed on ', homeworkLink(linked.id))),
      });

    const sessionNote = await call(core, 'notes.create', { clientId, kind: 'session', sessionId: session.id, title: 'Dosing day' });
    await link(sessionNote, 'Dosing day');
    clock += HOUR;
    // A later note that mentions it again (a review) is not where it was assigned.
    const review = await call(core, 'notes.create', { clientId, kind: 'integration', title: 'Review' });
    await link(review, 'Review');

    const listed = (await call(core, 'homework.listForClient', { clientId })).homework;
    expect(listed.find((one) => one.id === linked.id)?.assignedFrom).toEqual({
      noteId: sessionNote.id,
      kind: 'session',
      title: 'Dosing day',
      createdAt: T0,
      sessionNumber: 3,
    });
    expect(listed.find((one) => one.id === loose.id)?.assignedFrom).toBeNull();

    // Without the session note, the review is the earliest note left, and it has no session.
    await call(core, 'notes.discardDraft', { id: sessionNote.id });
    const after = (await call(core, 'homework.listForClient', { clientId })).homework;
    expect(after.find((one) => one.id === linked.id)?.assignedFrom).toEqual({
      noteId: review.id,
      kind: 'integration',
      title: 'Review',
      createdAt: T0 + HOUR,
      sessionNumber: null,
    });
  });

  vaultTest('trims text fields', async () => {
    const created = await call(core, 'homework.create', { clientId, title: 'Trim', fields: { type: 'custom', instructions: '  spaced out  ' } });
    expect(created.fields).toEqual({ type: 'custom', instructions: 'spaced out' });
  });

  vaultTest('refuses a change of type and keeps the homework as it was', async () => {
    const created = await call(core, 'homework.create', { clientId, title: 'Record', fields: FILLED['thought-record'] });
    const result = await core.dispatch('homework.update', { id: created.id, title: 'Record', fields: FILLED.custom, status: 'assigned' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(result.ok === false && result.error.message).toContain('fields.type');
    expect((await call(core, 'homework.get', { id: created.id })).homework).toEqual(created);
  });

  vaultTest('moves statusChangedAt only when the status changes, and records the outcome', async () => {
    const created = await call(core, 'homework.create', { clientId, title: 'Walks', fields: FILLED['behavioural-activation'] });
    clock += HOUR;
    const started = await call(core, 'homework.update', { id: created.id, title: 'Walks', fields: FILLED['behavioural-activation'], status: 'in-progress' });
    expect(started).toMatchObject({ status: 'in-progress', statusChangedAt: T0 + HOUR, updatedAt: T0 + HOUR });
    clock += HOUR;
    const edited = await call(core, 'homework.update', {
      id: created.id,
      title: 'Walks, daily',
      fields: FILLED['behavioural-activation'],
      status: 'in-progress',
    });
    expect(edited).toMatchObject({ title: 'Walks, daily', statusChangedAt: T0 + HOUR, updatedAt: T0 + 2 * HOUR });
    clock += HOUR;
    const reviewed = await call(core, 'homework.update', {
      id: created.id,
      title: 'Walks, daily',
      fields: FILLED['behavioural-activation'],
      status: 'reviewed',
      outcome: '  Walked four of seven days; mood lifted on those days.  ',
    });
    expect(reviewed).toMatchObject({ status: 'reviewed', statusChangedAt: T0 + 3 * HOUR, outcome: 'Walked four of seven days; mood lifted on those days.' });
    const cleared = await call(core, 'homework.update', {
      id: created.id,
      title: 'Walks, daily',
      fields: FILLED['behavioural-activation'],
      status: 'reviewed',
      outcome: '   ',
    });
    expect(cleared).toMatchObject({ outcome: null, statusChangedAt: T0 + 3 * HOUR });
  });

  vaultTest('refuses out-of-range ratings with INVALID naming the field, and saves nothing', async () => {
    const created = await call(core, 'homework.create', { clientId, title: 'Lifts', fields: FILLED['exposure-hierarchy'] });
    const suds = await core.dispatch('homework.update', {
      id: created.id,
      title: 'Lifts',
      fields: { type: 'exposure-hierarchy', steps: [{ situation: 'Ride ten floors', suds: 101, done: false }] },
      status: 'assigned',
    });
    expect(suds).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(suds.ok === false && suds.error.message).toContain('suds');
    const bad: HomeworkFieldsInput[] = [
      { type: 'exposure-hierarchy', steps: [{ situation: 'x', suds: -1, done: false }] },
      { type: 'exposure-hierarchy', steps: [{ situation: 'x', suds: 50.5, done: false }] },
      { type: 'behavioural-activation', activities: [{ day: 'Mon', activity: 'x', done: true, pleasure: 11, mastery: 0 }] },
      { type: 'behavioural-experiment', ...(FILLED['behavioural-experiment'] as object), beliefAfter: 101 } as HomeworkFieldsInput,
      { type: 'thought-record', rows: [{ ...(FILLED['thought-record'] as { rows: object[] }).rows[0], emotionBefore: 120 }] } as HomeworkFieldsInput,
    ];
    for (const fields of bad) {
      expect(await core.dispatch('homework.create', { clientId, title: 'Bad', fields }), JSON.stringify(fields)).toMatchObject({
        ok: false,
        error: { code: 'INVALID' },
      });
    }
    expect(await core.dispatch('homework.create', { clientId, title: 'Extra', fields: { type: 'custom', instructions: 'x', html: '<b>' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID' },
    });
    expect((await call(core, 'homework.get', { id: created.id })).homework).toEqual(created);
    expect((await call(core, 'homework.listForClient', { clientId })).homework).toHaveLength(1);
  });

  vaultTest('refuses unknown and archived clients and unknown homework', async () => {
    expect(await core.dispatch('homework.create', { clientId: 'nobody', title: 'x', fields: FILLED.custom })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await call(core, 'clients.archive', { id: clientId });
    expect(await core.dispatch('homework.create', { clientId, title: 'x', fields: FILLED.custom })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await core.dispatch('homework.update', { id: 'nothing', title: 'x', fields: FILLED.custom, status: 'assigned' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await core.dispatch('homework.get', { id: 'nothing' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
