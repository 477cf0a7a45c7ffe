import { ToggleButton } from '../../ui/aria-primitives';
import type { ProtocolDefinition } from '../../../../shared/session/protocol';
import type { ResolvedEvent } from '../../../../shared/session/timeline';
import { ActionButton } from '../../ui/ActionButton';
import { describeEntry, KIND_LABELS, lateEntryMark } from '../../../../shared/session/describe-entry';
import { isEditableKind } from './quick-log/EntryEditor';
import { formatClockTime, formatDateTime, formatSinceDose } from '../../ui/time-text';
import type { ShownAlert } from '../../../../shared/session/room-state';
import { VitalAlerts } from './VitalAlerts';
import { VersionHistory } from './VersionHistory';

interface TimelineRowProps {
  event: ResolvedEvent;
  dosedAt: number | null;
  protocol: ProtocolDefinition;
  alerts: ShownAlert[];
  expanded: boolean;
  onToggleHistory: () => void;
  onCorrect: (event: ResolvedEvent) => void;
  onWithdraw: (event: ResolvedEvent) => void;
}

interface EntryActionsProps extends Pick<TimelineRowProps, 'event' | 'expanded' | 'onToggleHistory' | 'onCorrect' | 'onWithdraw'> {
  name: string;
}

/** History when there is more than one version; Correct and Withdraw while the entry stands (a cancellation always stands). */
function EntryActions({ event, name, expanded, onToggleHistory, onCorrect, onWithdraw }: EntryActionsProps) {
  return (
    <span className="entry-actions">
      {event.versions.length > 1 ? (
        <ToggleButton className="button button-quiet" isSelected={expanded} onChange={onToggleHistory} aria-label={`History of ${name}`}>
          History
        </ToggleButton>
      ) : null}
      {event.retracted || event.entry.kind === 'session-cancelled' ? null : (
        <>
          {isEditableKind(event.entry.kind) ? (
            <ActionButton variant="quiet" onPress={() => onCorrect(event)} aria-label={`Correct ${name}`}>
              Correct
            </ActionButton>
          ) : null}
          <ActionButton variant="quiet" onPress={() => onWithdraw(event)} aria-label={`Withdraw ${name}`}>
            Withdraw
          </ActionButton>
        </>
      )}
    </span>
  );
}

/** One entry as it now stands, with what happened to it (corrected, withdrawn) and, on request, every version. */
export function TimelineRow({ event, dosedAt, protocol, alerts, expanded, onToggleHistory, onCorrect, onWithdraw }: TimelineRowProps) {
  const when = formatSinceDose(event.at, dosedAt);
  const kind = KIND_LABELS[event.entry.kind];
  const corrections = event.versions.filter((version) => version.supersedesId !== null).length;
  const retraction = event.versions.find((version) => version.retractsId !== null);
  const name = `${kind} at ${when}`;
  const late = lateEntryMark(event.lateWrittenAt, formatDateTime);

  return (
    <article
      className="timeline-entry"
      data-kind={event.entry.kind}
      data-withdrawn={event.retracted || undefined}
      data-late={late ? true : undefined}
      aria-label={name}
    >
      <div className="entry-when">
        <span className="entry-since">{when}</span>
        {dosedAt !== null ? <span className="entry-clock">{formatClockTime(event.at)}</span> : null}
      </div>
      <div className="entry-body">
        <div className="entry-head">
          <span className="entry-kind">{kind}</span>
          {event.entry.kind === 'quote' ? <span className="entry-tag entry-tag-quote">For integration</span> : null}
          {late ? <span className="entry-tag entry-tag-late">{late}</span> : null}
          {corrections > 0 ? <span className="entry-tag">Corrected</span> : null}
          {retraction ? <span className="entry-tag entry-tag-withdrawn">Withdrawn: {retraction.retractionReason}</span> : null}
          <EntryActions event={event} name={name} expanded={expanded} onToggleHistory={onToggleHistory} onCorrect={onCorrect} onWithdraw={onWithdraw} />
        </div>
        <p className="entry-text">{describeEntry(event.entry, protocol)}</p>
        {event.retracted ? null : <VitalAlerts alerts={alerts} compact />}
        {expanded ? <VersionHistory versions={event.versions} dosedAt={dosedAt} protocol={protocol} /> : null}
      </div>
    </article>
  );
}
