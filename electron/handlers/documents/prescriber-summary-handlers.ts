import { basename } from 'node:path';
import { localCalendarDate } from '../../../shared/calendar-date';
import { RpcFailure } from '../../../shared/contract/errors';
import type { FeatureHandlers } from '../../rpc/handler-types';
import { writeExportFile } from '../exports/write-export-file';
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
  /**
   * Like a record export: the passphrase first (nothing is read or asked before it is right), then
   * the PDF is made, then the save dialog. A lock meanwhile writes nothing. The file and the row
   * that says it was made go together: a failed write rolls the row back.
   */
  'documents.prescriberSummary': async ({ sessionId, summary, passphrase }, context) => {
    context.records();
    await context.vault.verifyPassphrase(passphrase);
    const madeAt = context.now();
    const content = await renderPrescriberSummaryPdf(prescriberSummaryFacts(context.records(), sessionId, summary, madeAt));
    const path = await context.platform.chooseSaveFile({ suggestedFileName: summaryFileName(sessionId, madeAt), extension: 'pdf' });
    if (path === null) return { saved: false, fileName: null, made: null };
    if (context.vault.state !== 'unlocked') throw new RpcFailure('LOCKED', 'The vault locked before the summary was written. Nothing was saved.');
    const store = context.records();
    store.transaction(() => {
      store.prescriberSummaries.record({ id: context.newId(), sessionId, summary, madeAt });
      writeExportFile(path, content);
    });
    return { saved: true, fileName: basename(path), made: { summary, madeAt } };
  },

  'documents.lastPrescriberSummary': ({ sessionId }, { records }) => ({ made: records().prescriberSummaries.latest(sessionId) }),
};
