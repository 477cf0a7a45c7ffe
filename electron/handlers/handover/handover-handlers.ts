import type { RecordStore } from '../../../db/record-store';
import type { StoredMeasureDraft } from '../../../db/measure-drafts-repository';
import { localCalendarDate } from '../../../shared/calendar-date';
import { RpcFailure } from '../../../shared/contract/errors';
import { answeredCount, completeAnswers, noAnswersYet } from '../../../shared/measures/handover-answers';
import { isPinShaped } from '../../../shared/measures/handover-pin';
import { measureTotal } from '../../../shared/measures/scoring';
import type { FeatureHandlers } from '../../rpc/handler-types';
import { currentIdleLockMinutes } from '../settings/settings-handlers';
import type { ActiveHandover, Handover } from './handover-state';
import { hashPin, pinMatches } from './pin-hash';

type HandoverMethod =
  | 'handover.current'
  | 'handover.start'
  | 'handover.continue'
  | 'handover.answer'
  | 'handover.finish'
  | 'handover.end'
  | 'handover.draftsForClient'
  | 'handover.discardDraft'
  | 'handover.pinStatus'
  | 'handover.setPin'
  | 'handover.removePin';

/** A questionnaire is handed over only for a client still in care. */
function assertClientInCare(store: RecordStore, clientId: string): void {
  const client = store.clients.get(clientId);
  if (!client) throw new RpcFailure('NOT_FOUND', 'That client does not exist.');
  if (client.archivedAt !== null) throw new RpcFailure('CONFLICT', 'This client is archived. Restore them before handing over a questionnaire.');
}

/** The draft the client is filling in: the renderer never names it, main knows which one was handed over. */
function draftBeingAnswered(store: RecordStore, handover: Handover): { current: ActiveHandover; draft: StoredMeasureDraft } {
  const current = handover.inProgress;
  if (!current || current.draftId === null) throw new RpcFailure('CONFLICT', 'No questionnaire is being answered.');
  const draft = store.measureDrafts.get(current.draftId);
  if (!draft) throw new RpcFailure('NOT_FOUND', 'That questionnaire no longer exists.');
  return { current, draft };
}

export const handoverHandlers: FeatureHandlers<HandoverMethod> = {
  'handover.current': (_input, { records, handover }) => {
    const current = handover.inProgress;
    if (!current) return { state: 'off' };
    const store = records();
    const idleLockMinutes = currentIdleLockMinutes(store);
    if (current.draftId === null) return { state: 'finished', idleLockMinutes };
    const { draft } = draftBeingAnswered(store, handover);
    return { state: 'answering', kind: draft.kind, answers: draft.answers, difficulty: draft.difficulty, idleLockMinutes };
  },

  'handover.start': ({ clientId, sessionId, kind }, { records, handover, newId, now }) => {
    const store = records();
    assertClientInCare(store, clientId);
    if (sessionId !== null && store.sessions.get(sessionId)?.clientId !== clientId)
      throw new RpcFailure('INVALID', "sessionId: must be one of this client's sessions.");
    const id = newId();
    const time = now();
    store.transaction(() => {
      store.measureDrafts.create({ id, clientId, sessionId, kind, answers: noAnswersYet(kind), difficulty: null, startedAt: time, updatedAt: time });
      store.audit.append({ at: time, kind: 'handover-started', subjectId: clientId, detail: { questionnaire: kind } });
    });
    handover.begin(clientId, id);
    return {};
  },

  'handover.continue': ({ draftId }, { records, handover, now }) => {
    const store = records();
    const draft = store.measureDrafts.get(draftId);
    if (!draft) throw new RpcFailure('NOT_FOUND', 'That questionnaire no longer exists.');
    assertClientInCare(store, draft.clientId);
    store.audit.append({ at: now(), kind: 'handover-started', subjectId: draft.clientId, detail: { questionnaire: draft.kind, continued: true } });
    handover.begin(draft.clientId, draft.id);
    return {};
  },

  'handover.answer': ({ question, answer }, { records, handover, now }) => {
    const store = records();
    const { draft } = draftBeingAnswered(store, handover);
    if (question === 'difficulty') {
      if (draft.kind !== 'phq-9') throw new RpcFailure('INVALID', 'question: only the PHQ-9 asks it.');
      store.measureDrafts.saveAnswers(draft.id, draft.answers, answer, now());
    } else {
      if (question >= draft.answers.length) throw new RpcFailure('INVALID', 'question: this questionnaire has no such item.');
      store.measureDrafts.saveAnswers(draft.id, draft.answers.with(question, answer), draft.difficulty, now());
    }
    return {};
  },

  'handover.finish': (_input, { records, handover, newId, now }) => {
    const store = records();
    const { current, draft } = draftBeingAnswered(store, handover);
    const answers = completeAnswers(draft.answers);
    if (!answers) throw new RpcFailure('CONFLICT', 'Some questions are not answered yet.');
    const time = now();
    store.transaction(() => {
      store.measures.create({
        id: newId(),
        clientId: draft.clientId,
        sessionId: draft.sessionId,
        kind: draft.kind,
        answers,
        difficulty: draft.difficulty,
        total: measureTotal(answers),
        // Main and the window share the machine's zone, so this is the therapist's day.
        takenOn: localCalendarDate(time),
        enteredBy: 'client',
        createdAt: time,
      });
      store.measureDrafts.remove(draft.id);
    });
    current.draftId = null;
    return {};
  },

  'handover.end': async ({ secret }, { records, handover, vault, now }) => {
    const current = handover.inProgress;
    if (!current) throw new RpcFailure('CONFLICT', 'The screen is not handed over.');
    const using = isPinShaped(secret) ? 'pin' : 'passphrase';
    if (using === 'pin') {
      const stored = records().handoverPin.get();
      if (!stored) throw new RpcFailure('WRONG_SECRET', 'No hand-over PIN is set. Use the passphrase.');
      if (!handover.takePinAttempt(current)) throw new RpcFailure('WRONG_SECRET', 'Too many wrong PINs. Use the passphrase.');
      if (!(await pinMatches(secret, stored))) {
        // Recorded only while still unlocked: a lock meanwhile has ended the hand-over anyway.
        if (vault.state === 'unlocked') records().audit.append({ at: now(), kind: 'handover-pin-refused', subjectId: current.clientId });
        throw new RpcFailure('WRONG_SECRET', 'That PIN is not right.');
      }
    } else {
      await vault.verifyPassphrase(secret);
    }
    // A lock while the secret was checked has ended this hand-over already; the unlock then asks for the passphrase.
    if (!handover.endIfCurrent(current)) throw new RpcFailure('CONFLICT', 'The hand-over already ended.');
    records().audit.append({ at: now(), kind: 'handover-ended', subjectId: current.clientId, detail: { using } });
    return { clientId: current.clientId };
  },

  'handover.draftsForClient': ({ clientId }, { records }) => {
    const store = records();
    if (!store.clients.get(clientId)) throw new RpcFailure('NOT_FOUND', 'That client does not exist.');
    const drafts = store.measureDrafts.listForClient(clientId).map((draft) => ({
      id: draft.id,
      sessionId: draft.sessionId,
      kind: draft.kind,
      answered: answeredCount(draft.answers),
      items: draft.answers.length,
      startedAt: draft.startedAt,
      updatedAt: draft.updatedAt,
    }));
    return { drafts };
  },

  'handover.discardDraft': ({ id }, { records }) => {
    if (!records().measureDrafts.remove(id)) throw new RpcFailure('NOT_FOUND', 'That questionnaire no longer exists.');
    return {};
  },

  'handover.pinStatus': (_input, { records }) => ({ pinSet: records().handoverPin.get() !== null }),

  'handover.setPin': async ({ pin }, { records, now }) => {
    const hashed = await hashPin(pin);
    const store = records();
    store.transaction(() => {
      store.handoverPin.put(hashed, now());
      store.audit.append({ at: now(), kind: 'handover-pin-changed', detail: { pin: 'set' } });
    });
    return {};
  },

  'handover.removePin': (_input, { records, now }) => {
    const store = records();
    store.transaction(() => {
      store.handoverPin.remove();
      store.audit.append({ at: now(), kind: 'handover-pin-changed', detail: { pin: 'removed' } });
    });
    return {};
  },
};
