import { checkAuditChain } from '../../../db/audit-chain';
import { toAuditEntry } from '../../../db/audit-log-repository';
import { AUDIT_LIST_LIMIT } from '../../../shared/contract/audit';
import { localCalendarDate } from '../../../shared/calendar-date';
import type { FeatureHandlers } from '../../rpc/handler-types';
import { saveAfterPassphrase } from '../exports/save-export';
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
    let count = 0;
    const { saved, fileName } = await saveAfterPassphrase(
      context,
      passphrase,
      (exportedAt) => {
        const entries = context.records().audit.list(range, Number.MAX_SAFE_INTEGER).entries.reverse();
        count = entries.length;
        const content = `${JSON.stringify({ format: 'kap-audit-log/1', exportedAt, range, entries }, null, 2)}\n`;
        return Promise.resolve({ content, suggestedFileName: `audit-log-${localCalendarDate(exportedAt)}.json`, extension: 'json' });
      },
      (exportedAt) => context.records().audit.append({ at: exportedAt, kind: 'audit-exported', detail: { entries: count } }),
    );
    return { saved, fileName };
  },
};
