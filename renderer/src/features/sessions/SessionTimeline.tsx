import { memo, useState } from 'react';
import type { Session } from '../../../../shared/contract';
import type { ResolvedEvent } from '../../../../shared/session/timeline';
import type { VitalThreshold } from '../../../../shared/session/vital-thresholds';
import { describeEntry, KIND_LABELS } from '../../../../shared/session/describe-entry';
import { EntryEditor, isEditableKind, type EditableKind } from './quick-log/EntryEditor';
import { WithdrawDialog } from './quick-log/WithdrawDialog';
import { useCorrectEvent, useRetractEvent } from './session-queries';
import { Timeline } from './Timeline';
import type { useSessionTimeline } from './use-session-timeline';
import { stageAt } from '../../../../shared/session/room-state';

type Change = { kind: 'correct'; event: ResolvedEvent; entryKind: EditableKind } | { kind: 'withdraw'; event: ResolvedEvent };

interface SessionTimelineProps {
  session: Session;
  timeline: ReturnType<typeof useSessionTimeline>;
  thresholds: readonly VitalThreshold[];
  /** Tells the room a form is open, so its single-key shortcuts stand down. */
  onEditingChange?: (editing: boolean) => void;
}

/**
 * The timeline with its two ways to change an entry, both of which keep the original: correct and withdraw.
 * Memoised: the room repaints every second for the clock, and 500 entries need not repaint with it.
 */
export const SessionTimeline = memo(function SessionTimeline({ session, timeline, thresholds, onEditingChange }: SessionTimelineProps) {
  const [change, setChange] = useState<Change | null>(null);
  const correct = useCorrectEvent();
  const retract = useRetractEvent();
  const { dosedAt } = timeline.anchors;

  const open = (next: Change | null) => {
    setChange(next);
    onEditingChange?.(next !== null);
  };

  return (
    <>
      <Timeline
        events={timeline.resolved}
        dosedAt={dosedAt}
        protocol={session.protocol}
        alertsOf={(event) => timeline.alerts.get(event.id) ?? []}
        onCorrect={(event) => {
          if (isEditableKind(event.entry.kind)) open({ kind: 'correct', event, entryKind: event.entry.kind });
        }}
        onWithdraw={(event) => open({ kind: 'withdraw', event })}
      />
      {change?.kind === 'correct' ? (
        <EntryEditor
          kind={change.entryKind}
          initial={change.event.entry}
          session={session}
          nextDevice={timeline.nextDevice}
          stage={stageAt(change.event.at, dosedAt)}
          baseline={timeline.baseline}
          thresholds={thresholds}
          onSave={(entry) => correct.mutateAsync({ sessionId: session.id, eventId: change.event.id, entry })}
          onClose={() => open(null)}
        />
      ) : null}
      {change?.kind === 'withdraw' ? (
        <WithdrawDialog
          summary={`${KIND_LABELS[change.event.entry.kind]}: ${describeEntry(change.event.entry, session.protocol)}`}
          onWithdraw={(reason) => retract.mutateAsync({ sessionId: session.id, eventId: change.event.id, reason })}
          onClose={() => open(null)}
        />
      ) : null}
    </>
  );
});
