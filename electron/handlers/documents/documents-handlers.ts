import type { FeatureHandlers } from '../../rpc/handler-types';
import { prescriberSummaryHandlers } from './prescriber-summary-handlers';

export const documentsHandlers: FeatureHandlers<'documents.exportPdf' | 'documents.prescriberSummary' | 'documents.lastPrescriberSummary'> = {
  'documents.exportPdf': ({ suggestedFileName }, { platform }) => platform.exportWindowToPdf(suggestedFileName),
  ...prescriberSummaryHandlers,
};
