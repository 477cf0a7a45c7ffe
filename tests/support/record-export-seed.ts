import type { AppCore } from '../../electron/app-core';
import { localCalendarDate } from '../../shared/calendar-date';
import { heading, homeworkLink, noteJson, paragraph, promptBlock } from './note-docs';
import { call } from './temp-vault';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

export const SEED_NAME = 'Juniper Halvorsen-Tate';
export const PRIVATE_MARKER = 'Lighthouse dream, kept private';
export const SIGNER = 'Dr. Rowan Example, PsyD';

export interface SeededRecord {
  clientId: string;
  sessionId: string;
  noteId: string;
  /** Three days before it was written: the session's day, say, written up later. */
  noteServiceDate: string;
  privateNoteId: string;
  homeworkId: string;
  promptIds: string[];
}

/**
 * One client with a discharged IM session (a dose, vitals, an observation corrected, a quote
 * withdrawn), a follow-up prompt plan, a signed note with a prompt block, a homework link and an
 * addendum, a private psychotherapy note and a thought record. Times are relative to `now`.
 */
export async function seedExportRecord(core: AppCore, now = Date.now(), displayName = SEED_NAME): Promise<SeededRecord> {
  const client = await call(core, 'clients.create', {
    displayName,
    preferredName: 'June',
    pronouns: 'she/her',
    dateOfBirth: '1984-03-09',
    about: 'Referred by Dr. Lin.',
  });
  const protocol = (await call(core, 'protocols.list', {})).protocols.find((one) => one.route === 'im' && one.isDefault)!;
  const session = await call(core, 'sessions.plan', { clientId: client.id, protocolId: protocol.id, plannedDoseMg: 50 });
  await call(core, 'sessions.checkIn', {
    id: session.id,
    vitals: { systolic: 124, diastolic: 80, heartRate: 72, spo2: 98 },
    readiness: {},
    intention: 'To meet the grief gently',
    at: now - 100 * MIN,
  });
  await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'dose', amountMg: 50 }, at: now - 90 * MIN });
  const observed = await call(core, 'sessions.logEvent', {
    sessionId: session.id,
    entry: { kind: 'observation', text: 'Breathing slowed, eyes closed' },
    at: now - 80 * MIN,
  });
  await call(core, 'sessions.correctEvent', {
    sessionId: session.id,
    eventId: observed.event.id,
    entry: { kind: 'observation', text: 'Breathing slow and even, eyes closed' },
  });
  const quote = await call(core, 'sessions.logEvent', {
    sessionId: session.id,
    entry: { kind: 'quote', text: 'It feels like the tide going out' },
    at: now - 70 * MIN,
  });
  await call(core, 'sessions.retractEvent', { sessionId: session.id, eventId: quote.event.id, reason: 'Logged on the wrong session' });
  await call(core, 'sessions.logEvent', {
    sessionId: session.id,
    entry: { kind: 'vitals', vitals: { systolic: 138, diastolic: 86, heartRate: 80 } },
    at: now - 50 * MIN,
  });
  await call(core, 'sessions.discharge', { id: session.id, checklist: {}, at: now - 10 * MIN });

  const prompts = (await call(core, 'prompts.list', {})).prompts;
  const promptIds = prompts.slice(0, 2).map((prompt) => prompt.id);
  await call(core, 'prompts.setSessionPlan', { sessionId: session.id, promptIds });

  const homework = await call(core, 'homework.create', {
    clientId: client.id,
    title: 'Thought record after the call',
    fields: {
      type: 'thought-record',
      rows: [
        {
          situation: 'Phone call with sister',
          automaticThought: 'I always ruin it',
          emotion: 'Shame',
          emotionBefore: 80,
          evidenceFor: 'She hung up',
          evidenceAgainst: 'She called back',
          balancedThought: 'We both were tired',
          emotionAfter: 40,
        },
      ],
    },
  });

  const note = await call(core, 'notes.create', { clientId: client.id, kind: 'integration', title: 'Integration after session 1' });
  const saved = await call(core, 'notes.save', {
    id: note.id,
    baseRevision: note.revision,
    title: 'Integration after session 1',
    isPrivate: false,
    content: noteJson(
      heading('What came up'),
      paragraph('She named the grief for the first time. We agreed on ', homeworkLink(homework.id), '.'),
      promptBlock(promptIds[0]!, prompts[0]!.text, paragraph('The image of the tide stayed with her.')),
    ),
  });
  const noteServiceDate = localCalendarDate(now - 3 * DAY);
  await call(core, 'notes.setServiceDate', { id: note.id, serviceDate: noteServiceDate });
  await call(core, 'notes.sign', { id: note.id, baseRevision: saved.revision, signerName: SIGNER });
  await call(core, 'notes.addAddendum', { noteId: note.id, text: 'Added after supervision: follow up on sleep.' });

  const privateNote = await call(core, 'notes.create', { clientId: client.id, kind: 'general', isPrivate: true, title: 'Process note' });
  await call(core, 'notes.save', {
    id: privateNote.id,
    baseRevision: privateNote.revision,
    title: 'Process note',
    isPrivate: true,
    content: noteJson(paragraph(PRIVATE_MARKER)),
  });

  return { clientId: client.id, sessionId: session.id, noteId: note.id, noteServiceDate, privateNoteId: privateNote.id, homeworkId: homework.id, promptIds };
}
