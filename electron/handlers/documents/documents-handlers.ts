import type { FeatureHandlers } from '../../rpc/handler-types';

export const documentsHandlers: FeatureHandlers<'documents.exportPdf'> = {
  'documents.exportPdf': ({ suggestedFileName }, { platform }) => platform.exportWindowToPdf(suggestedFileName),
};
