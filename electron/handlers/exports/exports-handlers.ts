import { basename } from 'node:path';
import { RpcFailure } from '../../../shared/contract/errors';
import type { ExportResult } from '../../../shared/contract/exports';
import { exportFileName, type ExportFormat, type RecordExport } from '../../../shared/exports/record-export';
import type { FeatureHandlers, HandlerContext } from '../../rpc/handler-types';
import { buildRecordExport } from './build-record-export';
import { renderRecordPdf } from './record-pdf';
import { writeExportFile } from './write-export-file';

async function serialise(exported: RecordExport, format: ExportFormat): Promise<Buffer | string> {
  return format === 'pdf' ? renderRecordPdf(exported) : `${JSON.stringify(exported, null, 2)}\n`;
}

/**
 * The passphrase first (nothing is read or asked before it is right), then the record is read
 * and validated, then the save dialog, then the file. Locking meanwhile writes nothing.
 */
async function exportTo(
  context: HandlerContext,
  scope: { clientId: string } | 'practice',
  format: ExportFormat,
  choice: { includePrivateNotes: boolean; passphrase: string },
): Promise<ExportResult> {
  context.records();
  await context.vault.verifyPassphrase(choice.passphrase);
  const exportedAt = context.now();
  const exported = buildRecordExport(context.records(), scope, { includePrivateNotes: choice.includePrivateNotes, exportedAt });
  const content = await serialise(exported, format);
  const path = await context.platform.chooseSaveFile({ suggestedFileName: exportFileName(scope, format, exportedAt), extension: format });
  if (path === null) return { saved: false, fileName: null };
  if (context.vault.state !== 'unlocked') throw new RpcFailure('LOCKED', 'The vault locked before the export was written. Nothing was saved.');
  writeExportFile(path, content);
  context.records().audit.append({
    at: context.now(),
    kind: 'record-exported',
    subjectId: scope === 'practice' ? null : scope.clientId,
    detail: { scope: scope === 'practice' ? 'practice' : 'client', format, privateNotes: choice.includePrivateNotes },
  });
  return { saved: true, fileName: basename(path) };
}

export const exportsHandlers: FeatureHandlers<'exports.clientRecord' | 'exports.practice'> = {
  'exports.clientRecord': ({ clientId, format, includePrivateNotes, passphrase }, context) =>
    exportTo(context, { clientId }, format, { includePrivateNotes, passphrase }),
  'exports.practice': ({ includePrivateNotes, passphrase }, context) => exportTo(context, 'practice', 'json', { includePrivateNotes, passphrase }),
};
