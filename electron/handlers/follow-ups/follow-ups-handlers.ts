import type { RecordStore } from '../../../db/record-store';
import { RpcFailure } from '../../../shared/contract/errors';
import type { FollowUpContact } from '../../../shared/contract/follow-up-contact';
import { localCalendarDate } from '../../../shared/calendar-date';
import { doseDayOf } from '../../../shared/follow-up/follow-up-ladder';
import type { FeatureHandlers } from '../../rpc/handler-types';
import { saveAfterPassphrase } from '../exports/save-export';
import { readSettings } from '../settings/settings-handlers';
import { renderFollowUpPdf } from './follow-up-pdf';
import { prepareFollowUp } from './follow-up-preparation';

type FollowUpsMethod = 'followUps.listForSession' | 'followUps.prepare' | 'followUps.markDone' | 'followUps.skip' | 'followUps.move' | 'followUps.exportPdf';

/** A contact still planned; done and skipped ones are final. */
function requirePlanned(store: RecordStore, id: string): FollowUpContact {
  const contact = store.followUps.get(id);
  if (!contact) throw new RpcFailure('NOT_FOUND', 'That follow-up contact does not exist.');
  if (contact.status !== 'planned') throw new RpcFailure('CONFLICT', 'This follow-up contact was already marked done or skipped.');
  return contact;
}

/** The file name says what and when, never whose: the client appears as the first letters of the record id. */
function followUpFileName(clientId: string, madeAt: number): string {
  const shortId =
    clientId
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 8)
      .toLowerCase() || 'client';
  return `follow-up-${shortId}-${localCalendarDate(madeAt)}.pdf`;
}

export const followUpsHandlers: FeatureHandlers<FollowUpsMethod> = {
  'followUps.listForSession': ({ sessionId }, { records }) => {
    const store = records();
    if (!store.sessions.get(sessionId)) throw new RpcFailure('NOT_FOUND', 'That session does not exist.');
    return { contacts: store.followUps.forSession(sessionId) };
  },

  'followUps.prepare': ({ clientId }, { records }) => prepareFollowUp(records(), clientId),

  'followUps.markDone': ({ id, noteId }, { records, now }) => {
    const store = records();
    const contact = requirePlanned(store, id);
    if (noteId !== null && store.notes.head(noteId)?.clientId !== contact.clientId)
      throw new RpcFailure('NOT_FOUND', 'That note does not exist for this client.');
    if (!store.followUps.markDone(id, noteId, now())) throw new RpcFailure('CONFLICT', 'This follow-up contact changed meanwhile.');
    return store.followUps.get(id)!;
  },

  'followUps.skip': ({ id, reason }, { records, now }) => {
    const store = records();
    requirePlanned(store, id);
    if (!store.followUps.skip(id, reason, now())) throw new RpcFailure('CONFLICT', 'This follow-up contact changed meanwhile.');
    return store.followUps.get(id)!;
  },

  'followUps.move': ({ id, dueDate }, { records, now }) => {
    const store = records();
    const contact = requirePlanned(store, id);
    const dosedAt = store.sessions.get(contact.sessionId)?.dosedAt ?? null;
    if (dosedAt !== null && dueDate < doseDayOf(dosedAt)) throw new RpcFailure('INVALID', 'dueDate: a follow-up contact cannot come before the dose day.');
    if (!store.followUps.move(id, dueDate, now())) throw new RpcFailure('CONFLICT', 'This follow-up contact changed meanwhile.');
    return store.followUps.get(id)!;
  },

  /** Saved like every file that leaves the vault (exports/save-export.ts); its audit entry is written with the file. */
  'followUps.exportPdf': async ({ clientId, passphrase }, context) => {
    const { saved, fileName } = await saveAfterPassphrase(
      context,
      passphrase,
      async (madeAt) => {
        const store = context.records();
        const content = await renderFollowUpPdf(prepareFollowUp(store, clientId), readSettings(store), madeAt);
        return { content, suggestedFileName: followUpFileName(clientId, madeAt), extension: 'pdf' };
      },
      (madeAt) =>
        context
          .records()
          .audit.append({ at: madeAt, kind: 'document-exported', subjectId: clientId, detail: { document: 'follow-up preparation', format: 'pdf' } }),
    );
    return { saved, fileName };
  },
};
