import { basename } from 'node:path';
import { checkAuditChain } from '../../../db/audit-chain';
import { toAuditEntry } from '../../../db/audit-log-repository';
import { RpcFailure } from '../../../shared/contract/errors';
import { AUDIT_LIST_LIMIT } from '../../../shared/contract/audit';
import { localCalendarDate } from '../../../shared/calendar-date';
import type { FeatureHandlers } from '../../rpc/handler-types';
import { writeExportFile } from '../exports/write-export-file';
import { checkSignatures } from './check-signatures';

export const auditHandlers: FeatureHandlers<'audit.list' | 'audit.checkRecords' | 'audit.export'> = {
  'audit.list': ({ range, kinds }, { records }) => {
    const { entries, truncated } = records().audit.list({ ...range, kinds }, AUDIT_LIST_LIMIT);
    return { entries: entries.map(toAuditEntry), truncated };
  },

  'audit.checkRecords': (_input, { records, now }) => {
    const store = records();
    const entries = store.audit.all();
    const chainProblems = checkAuditChain(entries);
    const signatures = checkSignatures(store);
    const checkedAt = now();
    // The check itself is recorded, with what it found (counts only).
    store.audit.append({
      at: checkedAt,
      kind: 'records-checked',
      detail: {
        entries: entries.length,
        chainProblems: chainProblems.length,
        notes: signatures.notesChecked,
        addenda: signatures.addendaChecked,
        signatureProblems: signatures.problems.length,
      },
    });
    return {
      checkedAt,
      entriesChecked: entries.length,
      chainProblems,
      notesChecked: signatures.notesChecked,
      addendaChecked: signatures.addendaChecked,
      signatureProblems: signatures.problems,
    };
  },

  /** Every entry of the range (no limit: the file is for an auditor), with the hashes to check it elsewhere. */
  'audit.export': async ({ range, passphrase }, context) => {
    context.records();
    await context.vault.verifyPassphrase(passphrase);
    const exportedAt = context.now();
    const { entries } = context.records().audit.list(range, Number.MAX_SAFE_INTEGER);
    const content = `${JSON.stringify({ format: 'kap-audit-log/1', exportedAt, range, entries: entries.reverse() }, null, 2)}\n`;
    const path = await context.platform.chooseSaveFile({ suggestedFileName: `audit-log-${localCalendarDate(exportedAt)}.json`, extension: 'json' });
    if (path === null) return { saved: false, fileName: null };
    if (context.vault.state !== 'unlocked') throw new RpcFailure('LOCKED', 'The vault locked before the audit log was written. Nothing was saved.');
    writeExportFile(path, content);
    context.records().audit.append({ at: context.now(), kind: 'audit-exported', detail: { entries: entries.length } });
    return { saved: true, fileName: basename(path) };
  },
};
