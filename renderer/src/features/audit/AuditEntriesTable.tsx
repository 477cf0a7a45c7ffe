import { useState } from 'react';
import { AUDIT_KIND_LABELS, type AuditEntry } from '../../../../shared/contract';
import { ActionButton } from '../../ui/ActionButton';
import { formatDateTime } from '../../ui/time-text';
import { describeAuditDetail } from './audit-entry-text';

type SortKey = 'time' | 'kind';

function sorted(entries: readonly AuditEntry[], key: SortKey, descending: boolean): AuditEntry[] {
  const byTime = (a: AuditEntry, b: AuditEntry) => a.seq - b.seq;
  const compare =
    key === 'time' ? byTime : (a: AuditEntry, b: AuditEntry) => AUDIT_KIND_LABELS[a.kind].localeCompare(AUDIT_KIND_LABELS[b.kind]) || byTime(a, b);
  const list = [...entries].sort(compare);
  return descending ? list.reverse() : list;
}

function SortHeader({
  label,
  sortKey,
  sort,
  onSort,
}: {
  label: string;
  sortKey: SortKey;
  sort: { key: SortKey; descending: boolean };
  onSort: (key: SortKey) => void;
}) {
  const active = sort.key === sortKey;
  return (
    <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <ActionButton variant="quiet" className="sort-button" onPress={() => onSort(sortKey)}>
        {label}
        <span aria-hidden="true">{active ? (sort.descending ? ' ↓' : ' ↑') : ''}</span>
      </ActionButton>
    </th>
  );
}

/** The entries as a table, newest first unless sorted otherwise; each row names its place in the chain. */
export function AuditEntriesTable({ entries }: { entries: readonly AuditEntry[] }) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'time', descending: true });
  const onSort = (key: SortKey) => setSort((current) => ({ key, descending: current.key === key ? !current.descending : key === 'time' }));
  return (
    <table className="data-table audit-table">
      <caption className="visually-hidden">Audit log entries</caption>
      <thead>
        <tr>
          <th scope="col">Entry</th>
          <SortHeader label="When" sortKey="time" sort={sort} onSort={onSort} />
          <SortHeader label="What" sortKey="kind" sort={sort} onSort={onSort} />
          <th scope="col">Record</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {sorted(entries, sort.key, sort.descending).map((entry) => (
          <tr key={entry.seq}>
            <th scope="row">{entry.seq}</th>
            <td>{formatDateTime(entry.at)}</td>
            <td>{AUDIT_KIND_LABELS[entry.kind]}</td>
            <td className="audit-subject">{entry.subjectId ?? '–'}</td>
            <td>{describeAuditDetail(entry, formatDateTime)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
