import type { ExportResult } from '../../../shared/contract/exports';
import { exportFileName, type ExportFormat, type RecordExport } from '../../../shared/exports/record-export';
import type { FeatureHandlers, HandlerContext } from '../../rpc/handler-types';
import { buildRecordExport } from './build-record-export';
import { renderRecordPdf } from './record-pdf';
import { saveAfterPassphrase } from './save-export';

async function serialise(exported: RecordExport, format: ExportFormat): Promise<Buffer | string> {
  return format === 'pdf' ? renderRecordPdf(exported) : `${JSON.stringify(exported, null, 2)}\n`;
}

/** One client's record or the whole practice, in the asked format, saved like every file that leaves the vault. */
async function exportTo(
  context: HandlerContext,
  scope: { clientId: string } | 'practice',
  format: ExportFormat,
  choice: { includePrivateNotes: boolean; passphrase: string },
): Promise<ExportResult> {
  const { saved, fileName } = await saveAfterPassphrase(
    context,
    choice.passphrase,
    async (exportedAt) => {
      const exported = buildRecordExport(context.records(), scope, { includePrivateNotes: choice.includePrivateNotes, exportedAt });
      return { content: await serialise(exported, format), suggestedFileName: exportFileName(scope, format, exportedAt), extension: format };
    },
    (exportedAt) =>
      context.records().audit.append({
        at: exportedAt,
        kind: 'record-exported',
        subjectId: scope === 'practice' ? null : scope.clientId,
        detail: { scope: scope === 'practice' ? 'practice' : 'client', format, privateNotes: choice.includePrivateNotes },
      }),
  );
  return { saved, fileName };
}

export const exportsHandlers: FeatureHandlers<'exports.clientRecord' | 'exports.practice'> = {
  'exports.clientRecord': ({ clientId, format, includePrivateNotes, passphrase }, context) =>
    exportTo(context, { clientId }, format, { includePrivateNotes, passphrase }),
  'exports.practice': ({ includePrivateNotes, passphrase }, context) => exportTo(context, 'practice', 'json', { includePrivateNotes, passphrase }),
};
