import { useState } from 'react';
import { addCalendarDays, localCalendarDate, localMidnight } from '../../../../shared/calendar-date';
import { AUDIT_LIST_LIMIT, EARLIEST_CALENDAR_DATE } from '../../../../shared/contract';
import { useNavigation } from '../../navigation/navigation';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { PageHeader } from '../../ui/PageHeader';
import { QueryView } from '../../ui/QueryView';
import { TextInputField } from '../../ui/TextInputField';
import { AuditEntriesTable } from './AuditEntriesTable';
import { AuditKindFilter, kindsOfGroups } from './AuditKindFilter';
import { useAuditLog, useCheckRecords } from './audit-queries';
import { ExportAuditLogDialog } from './ExportAuditLogDialog';
import { RecordsCheckReport } from './RecordsCheckReport';
import './audit.css';

/** The days shown at first: the last 30, today included. */
const FIRST_DAYS = 30;

/** From the first day's midnight to the midnight after the last day, in this computer's zone; null while a date is blank or reversed. */
function rangeOf(from: string, to: string): { from: number; to: number } | null {
  if (from === '' || to === '' || to < from) return null;
  return { from: localMidnight(from), to: localMidnight(addCalendarDays(to, 1)) };
}

/**
 * Settings → Audit log: the entries of a date range, filterable by kind and sortable, the check of
 * the whole chain and of every signature, and an export for an auditor.
 */
export function AuditLogPage() {
  const { openSettings } = useNavigation();
  const [today] = useState(() => localCalendarDate(Date.now()));
  const [from, setFrom] = useState(() => addCalendarDays(today, 1 - FIRST_DAYS));
  const [to, setTo] = useState(today);
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const [exporting, setExporting] = useState(false);
  const range = rangeOf(from, to);
  const log = useAuditLog(range, kindsOfGroups(groupIds));
  const check = useCheckRecords();

  return (
    <div className="audit-page">
      <PageHeader title="Audit log">
        <ActionButton onPress={openSettings}>Back to settings</ActionButton>
      </PageHeader>
      <p>
        Every unlock and lock, signature, export, backup, and change of passphrase, keys or settings, in the order they happened. Each entry carries the hash of
        the one before it, so an entry changed, removed or moved outside the app shows when the records are checked. Entries name records by id, never by name
        or content.
      </p>

      <div className="audit-actions">
        <ActionButton variant="primary" busy={check.isPending} onPress={() => check.mutate({})}>
          Check records
        </ActionButton>
        <ActionButton isDisabled={range === null} onPress={() => setExporting(true)}>
          Export these dates…
        </ActionButton>
      </div>
      {check.error ? <FormAlert>{describeError(check.error)}</FormAlert> : null}
      {check.data ? <RecordsCheckReport check={check.data} /> : null}

      <div className="audit-filters" role="group" aria-label="Which entries">
        <TextInputField label="From" inputType="date" min={EARLIEST_CALENDAR_DATE} value={from} onChange={setFrom} />
        <TextInputField label="To" inputType="date" min={EARLIEST_CALENDAR_DATE} value={to} onChange={setTo} />
      </div>
      <AuditKindFilter groupIds={groupIds} onChange={setGroupIds} />
      {range === null ? (
        <p className="hint">Choose a first and a last day, the last on or after the first.</p>
      ) : (
        <QueryView query={log} loading="Reading the audit log…">
          {({ entries, truncated }) =>
            entries.length === 0 ? (
              <p className="hint">No entries on these dates.</p>
            ) : (
              <>
                <p className="hint" role="status">
                  {truncated ? `The newest ${AUDIT_LIST_LIMIT} entries of these dates; choose fewer days to see the rest.` : `${entries.length} entries.`}
                </p>
                <AuditEntriesTable entries={entries} />
              </>
            )
          }
        </QueryView>
      )}
      {exporting && range !== null ? <ExportAuditLogDialog range={range} onClose={() => setExporting(false)} /> : null}
    </div>
  );
}
