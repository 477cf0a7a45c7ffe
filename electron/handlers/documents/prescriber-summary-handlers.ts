import { localCalendarDate } from '../../../shared/calendar-date';
import type { FeatureHandlers } from '../../rpc/handler-types';
import { saveAfterPassphrase } from '../exports/save-export';
import { prescriberSummaryFacts } from './prescriber-summary-facts';
import { renderPrescriberSummaryPdf } from './prescriber-summary-pdf';

/** A default file name that names the session by a short id and the day, never the client. */
function summaryFileName(sessionId: string, madeAt: number): string {
  const shortId =
    sessionId
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 8)
      .toLowerCase() || 'session';
  return `prescriber-summary-${shortId}-${localCalendarDate(madeAt)}.pdf`;
}

export const prescriberSummaryHandlers: FeatureHandlers<'documents.prescriberSummary' | 'documents.lastPrescriberSummary'> = {
  /** Saved like a record export; the row that says it was made is written with the file, so a failed write keeps none. */
  'documents.prescriberSummary': async ({ sessionId, summary, passphrase }, context) => {
    const { saved, fileName, madeAt } = await saveAfterPassphrase(
      context,
      passphrase,
      async (at) => ({
        content: await renderPrescriberSummaryPdf(prescriberSummaryFacts(context.records(), sessionId, summary, at)),
        suggestedFileName: summaryFileName(sessionId, at),
        extension: 'pdf',
      }),
      (at) => {
        const store = context.records();
        store.prescriberSummaries.record({ id: context.newId(), sessionId, summary, madeAt: at });
        store.audit.append({ at, kind: 'document-exported', subjectId: sessionId, detail: { document: 'prescriber-summary' } });
      },
    );
    return { saved, fileName, made: saved ? { summary, madeAt } : null };
  },

  'documents.lastPrescriberSummary': ({ sessionId }, { records }) => ({ made: records().prescriberSummaries.latest(sessionId) }),
};
