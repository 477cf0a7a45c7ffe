import type { RpcClient } from '../../shared/contract/rpc-client';
import type { NoteNode } from '../../shared/notes/note-document';
import type { DemoClock } from './demo-clock';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Invented: the demo vault's own, never a real one. */
export const DEMO_PASSPHRASE = 'lantern orchard velvet quarry nineteen';
const THERAPIST = 'Dr. Ines Marlowe';

/** The records each screen opens. */
export interface DemoCaseload {
  courseClientId: string;
  roomSessionId: string;
  signedNoteId: string;
}

/** The local calendar date `days` days ago, as the therapist's calendar names it. */
function dayAgo(days: number): string {
  const date = new Date(Date.now() - days * DAY);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Noon, `days` days ago: a time main accepts (in its past) on the right calendar day. */
function noonAgo(days: number): number {
  const date = new Date(Date.now() - days * DAY);
  date.setHours(12, 0, 0, 0);
  return date.getTime();
}

const paragraph = (...content: (NoteNode | string)[]): NoteNode => ({
  type: 'paragraph',
  content: content.map((part) => (typeof part === 'string' ? { type: 'text', text: part } : part)),
});
const heading = (text: string): NoteNode => ({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] });
const homeworkLink = (id: string): NoteNode => ({ type: 'homeworkLink', attrs: { id } });

/** A PHQ-9 with this total, spread over the items (item 9 at 0). */
function phq9Answers(total: number): number[] {
  return Array.from({ length: 9 }, (_, item) => (item === 8 ? 0 : Math.min(3, Math.floor(total / 8) + (item < total % 8 ? 1 : 0))));
}

/**
 * A small, invented caseload made through the backend's own methods on a new vault: a client in an
 * induction course with two dosing sessions, a signed session note linking homework and a falling
 * PHQ-9; a client dosed with esketamine forty minutes ago (the room); a client just evaluated.
 */
export async function seedDemoCaseload(client: RpcClient, clock: DemoClock): Promise<DemoCaseload> {
  const { call } = client;
  const { recoveryCode, confirmGroup } = await call('vault.create', { passphrase: DEMO_PASSPHRASE });
  await call('vault.confirmCreate', { group: recoveryCode.split('-')[confirmGroup - 1]! });

  const { protocols } = await call('protocols.list', {});
  const protocolFor = (route: string) => {
    const found = protocols.find((protocol) => protocol.route === route);
    if (!found) throw new Error(`No ${route} protocol`);
    return found;
  };

  const maya = await call('clients.create', { displayName: 'Maya Lindqvist', pronouns: 'she/her', dateOfBirth: '1984-03-17', sex: 'female' });
  await call('courses.start', { clientId: maya.id, kind: 'induction', schedule: { kind: 'clinic-default', doses: 6, weeks: 3 }, startDate: dayAgo(7) });
  const sessionIds: string[] = [];
  for (const days of [7, 4]) sessionIds.push(await dosedImSession(client, clock, maya.id, protocolFor('im').id, noonAgo(days)));
  // The evaluation's baseline, one before each dose, and one today: a falling trend that reaches response.
  for (const [days, total, sessionId] of [
    [10, 19, null],
    [7, 16, sessionIds[0]],
    [4, 12, sessionIds[1]],
    [0, 9, null],
  ] as const) {
    await call('measures.record', { clientId: maya.id, sessionId, kind: 'phq-9', answers: phq9Answers(total), difficulty: 1, takenOn: dayAgo(days) });
  }

  const walk = await call('homework.create', {
    clientId: maya.id,
    title: 'Morning walk by the river',
    dueDate: dayAgo(-3), // in three days
    fields: { type: 'behavioural-activation', activities: [{ day: 'Mon', activity: 'Walk 20 minutes', done: true, pleasure: 6, mastery: 5 }] },
  });
  const letter = await call('homework.create', {
    clientId: maya.id,
    title: 'Letter to her younger self',
    dueDate: dayAgo(-3), // in three days
    fields: { type: 'custom', instructions: 'Write one page to yourself at twelve; bring it next session.' },
  });
  // Written and signed on the evening of the second dose.
  clock.setTo(noonAgo(4) + 6 * 60 * MINUTE);
  const note = await call('notes.create', { clientId: maya.id, kind: 'session', sessionId: sessionIds[1]! });
  const content = JSON.stringify({
    type: 'doc',
    content: [
      heading('Experience'),
      paragraph('Settled quickly after the second dose. Described "a wide, quiet field" and her grandmother\'s kitchen.'),
      heading('Integration'),
      paragraph('We connected the field image to the calm she wants in the mornings. Agreed on ', homeworkLink(walk.id), ' and ', homeworkLink(letter.id), '.'),
      heading('Plan'),
      paragraph('Third dose as planned; PHQ-9 before it.'),
    ],
  });
  const saved = await call('notes.save', { id: note.id, baseRevision: note.revision, content, title: note.title, isPrivate: false });
  await call('notes.sign', { id: note.id, baseRevision: saved.revision, signerName: THERAPIST });
  clock.reset();

  const daniel = await call('clients.create', { displayName: 'Daniel Achterberg', pronouns: 'he/him', dateOfBirth: '1979-11-02', sex: 'male' });
  const roomSessionId = await dosedEsketamineSession(client, daniel.id, protocolFor('esketamine').id);

  const amara = await call('clients.create', { displayName: 'Amara Osei-Whitfield', pronouns: 'they/them', dateOfBirth: '1992-06-24' });
  await call('measures.record', { clientId: amara.id, kind: 'phq-9', answers: phq9Answers(21), difficulty: 2, takenOn: dayAgo(1) });

  return { courseClientId: maya.id, roomSessionId, signedNoteId: note.id };
}

/** An intramuscular session at `dosedAt`, with vitals, observations and the client's words, discharged. */
async function dosedImSession({ call }: RpcClient, clock: DemoClock, clientId: string, protocolId: string, dosedAt: number): Promise<string> {
  clock.setTo(dosedAt - 30 * MINUTE);
  const { id } = await call('sessions.plan', { clientId, protocolId, plannedDoseMg: 50 });
  clock.setTo(dosedAt + 3 * 60 * MINUTE);
  await call('sessions.checkIn', {
    id,
    readiness: {},
    vitals: { systolic: 122, diastolic: 78, heartRate: 70, spo2: 98 },
    intention: 'To feel less braced',
    at: dosedAt - 15 * MINUTE,
  });
  const entries = [
    { kind: 'dose', amountMg: 50 },
    { kind: 'vitals', vitals: { systolic: 138, diastolic: 86, heartRate: 78, spo2: 97 } },
    { kind: 'observation', text: 'Eyes closed, breathing slow and even; hands open.' },
    { kind: 'quote', text: 'It is like a wide, quiet field.' },
    { kind: 'vitals', vitals: { systolic: 126, diastolic: 80, heartRate: 72, spo2: 98 } },
  ] as const;
  for (const [index, entry] of entries.entries()) await call('sessions.logEvent', { sessionId: id, entry, at: dosedAt + index * 15 * MINUTE });
  await call('sessions.discharge', { id, checklist: {}, at: dosedAt + 2 * 60 * MINUTE });
  clock.reset();
  return id;
}

/** An esketamine session dosed forty minutes ago and still in the room. */
async function dosedEsketamineSession({ call }: RpcClient, clientId: string, protocolId: string): Promise<string> {
  const dosedAt = Date.now() - 40 * MINUTE;
  const { id } = await call('sessions.plan', { clientId, protocolId, plannedDoseMg: 84 });
  await call('sessions.checkIn', { id, readiness: {}, vitals: { systolic: 124, diastolic: 80, heartRate: 74, spo2: 98 }, at: dosedAt - 10 * MINUTE });
  const entries = [
    { kind: 'dose', amountMg: 28, deviceNumber: 1 },
    { kind: 'dose', amountMg: 28, deviceNumber: 2 },
    { kind: 'dose', amountMg: 28, deviceNumber: 3 },
    { kind: 'vitals', vitals: { systolic: 142, diastolic: 88, heartRate: 80, spo2: 97 } },
    { kind: 'sedation', moaas: 4 },
    { kind: 'quote', text: 'The music is very far away and very close.' },
    { kind: 'vitals', vitals: { systolic: 134, diastolic: 84, heartRate: 76, spo2: 98 } },
  ] as const;
  for (const [index, entry] of entries.entries()) await call('sessions.logEvent', { sessionId: id, entry, at: dosedAt + index * 5 * MINUTE });
  return id;
}
