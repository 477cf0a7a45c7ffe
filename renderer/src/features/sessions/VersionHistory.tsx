import type { ProtocolDefinition } from '../../../../shared/session/protocol';
import type { TimelineEvent } from '../../../../shared/session/timeline';
import { describeEntry } from '../../../../shared/session/describe-entry';
import { formatClockTime, formatSinceDose } from '../../ui/time-text';

interface VersionHistoryProps {
  versions: readonly TimelineEvent[];
  dosedAt: number | null;
  protocol: ProtocolDefinition;
}

function versionLabel(version: TimelineEvent): string {
  if (version.retractsId !== null) return 'Withdrawn';
  if (version.supersedesId !== null) return 'Corrected';
  return 'Original';
}

/** Every version of an entry, oldest first, with when each was written: nothing is ever overwritten. */
export function VersionHistory({ versions, dosedAt, protocol }: VersionHistoryProps) {
  return (
    <ol className="version-history" aria-label="History">
      {versions.map((version) => (
        <li key={version.id} className="version">
          <span className="version-label">{versionLabel(version)}</span>{' '}
          <span className="version-time">
            written {formatClockTime(version.recordedAt)}
            {version.entry ? `, for ${formatSinceDose(version.at, dosedAt)}` : ''}
          </span>
          <span className="version-text">{version.entry ? describeEntry(version.entry, protocol) : `Reason: ${version.retractionReason ?? ''}`}</span>
        </li>
      ))}
    </ol>
  );
}
