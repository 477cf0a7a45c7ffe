import { useState } from 'react';
import type { SessionDetail, Settings } from '../../../../shared/contract';
import { promptPhaseForClock } from '../../../../shared/prompts/prompt-phases';
import { computeSessionClock, type CueState } from '../../../../shared/session/session-clock';
import { effectiveOfKind } from '../../../../shared/session/timeline';
import { FormAlert } from '../../ui/FormAlert';
import { SessionPromptPanel } from '../prompts';
import { AlertPanel } from './AlertPanel';
import { ClockPanel } from './ClockPanel';
import { useCueChime } from './cue-chime';
import { CancelSessionDialog } from './CancelSessionDialog';
import { DischargeDialog } from './DischargeDialog';
import { DosePanel } from './DosePanel';
import { DueCues } from './DueCues';
import { DialogThemeContext } from '../../ui/dialog-theme';
import { EntryEditor, type EditableKind } from './quick-log/EntryEditor';
import { QuickLogBar } from './QuickLogBar';
import { RoomHeader } from './RoomHeader';
import { ACKNOWLEDGE_KEY, LOG_SHORTCUTS, useRoomShortcuts } from './room-shortcuts';
import { SessionTimeline } from './SessionTimeline';
import { UpcomingCues } from './UpcomingCues';
import { VitalsOffer } from './VitalsOffer';
import { useNow } from './use-now';
import { useRoomActions } from './use-room-actions';
import { RoomDialogDraftContext, useKeptRoomDialog } from './quick-log/use-room-dialog-draft';
import { useSessionTimeline } from './use-session-timeline';
import { stageAt } from '../../../../shared/session/room-state';

type OpenDialog = { kind: 'log'; entryKind: EditableKind } | { kind: 'discharge' } | { kind: 'cancel' };

interface SessionRoomProps {
  detail: SessionDetail;
  clientName: string;
  settings: Settings;
  onLeave: () => void;
}

/**
 * The one screen during a session: the clock since the dose, phase and cues, alerts, quick logging
 * by single keys, and the timeline. Every time shown is computed from stored anchors and now.
 */
export function SessionRoom({ detail, clientName, settings, onLeave }: SessionRoomProps) {
  const { session } = detail;
  // The open dialog and what is typed in it outlive a lock (quick-log/room-dialog-drafts).
  const { dialog, open: setDialog, close } = useKeptRoomDialog<OpenDialog>(session.id);
  const [editingTimeline, setEditingTimeline] = useState(false);
  const [vitalsOffer, setVitalsOffer] = useState<string | null>(null);
  const timeline = useSessionTimeline(detail, settings.vitalThresholds);
  const { anchors, latestVitals } = timeline;
  const now = useNow(anchors.dosedAt);
  const clock = computeSessionClock(anchors, session.protocol, now);
  const actions = useRoomActions(session);
  const dosedAt = anchors.dosedAt;
  const firstDue = clock.cues.find((cue) => cue.state === 'due');
  useCueChime(clock.cues, settings.cueSound);

  const acknowledge = async (cue: CueState) => {
    setVitalsOffer(null);
    if ((await actions.acknowledge(cue)) && cue.kind === 'vitals') setVitalsOffer(cue.label);
  };
  const openDialog = (next: OpenDialog) => {
    setVitalsOffer(null);
    setDialog(next);
  };

  useRoomShortcuts(
    (key) => {
      if (key === ACKNOWLEDGE_KEY && firstDue && !actions.quickBusy) {
        void acknowledge(firstDue);
        return true;
      }
      const shortcut = LOG_SHORTCUTS.find((candidate) => candidate.key === key);
      if (!shortcut) return false;
      openDialog({ kind: 'log', entryKind: shortcut.kind });
      return true;
    },
    dialog === null && !editingTimeline,
  );

  return (
    <DialogThemeContext.Provider value="room-theme">
      <div className="room room-theme">
        <RoomHeader
          session={session}
          clientName={clientName}
          onDischarge={dosedAt !== null ? () => openDialog({ kind: 'discharge' }) : undefined}
          onCancelSession={dosedAt === null ? () => openDialog({ kind: 'cancel' }) : undefined}
          onLeave={onLeave}
        />
        <div className="room-grid">
          <div className="room-main">
            {dosedAt === null || clock.elapsedMs === null ? (
              <DosePanel
                session={session}
                busy={actions.quickBusy}
                onDose={actions.startClock}
                onOtherAmount={() => openDialog({ kind: 'log', entryKind: 'dose' })}
              />
            ) : (
              <ClockPanel
                clock={clock}
                elapsedMs={clock.elapsedMs}
                dosedAt={dosedAt}
                now={now}
                busy={actions.quickBusy}
                onMark={actions.mark}
                readyAt={effectiveOfKind(timeline.resolved, 'clinically-ready').at(-1)?.at ?? null}
                onReady={actions.ready}
              />
            )}
            <FormAlert>{actions.quickError}</FormAlert>
            <DueCues cues={clock.cues} busy={actions.quickBusy} onAcknowledge={(cue) => void acknowledge(cue)} />
            <VitalsOffer cueLabel={vitalsOffer} onOpen={() => openDialog({ kind: 'log', entryKind: 'vitals' })} onDismiss={() => setVitalsOffer(null)} />
            {latestVitals ? <AlertPanel alerts={timeline.latestAlerts} at={latestVitals.at} dosedAt={dosedAt} /> : null}
            <UpcomingCues cues={clock.cues} />
            {session.intention ? (
              <p className="room-intention">
                <span className="room-intention-label">Intention</span> {session.intention}
              </p>
            ) : null}
            <SessionPromptPanel phase={promptPhaseForClock(clock)} />
          </div>
          <div className="room-side">
            <QuickLogBar onOpen={(entryKind) => openDialog({ kind: 'log', entryKind })} />
            <SessionTimeline session={session} timeline={timeline} thresholds={settings.vitalThresholds} onEditingChange={setEditingTimeline} />
          </div>
        </div>
        <RoomDialogDraftContext.Provider value={session.id}>
          {dialog?.kind === 'log' ? (
            <EntryEditor
              kind={dialog.entryKind}
              session={session}
              nextDevice={timeline.nextDevice}
              stage={stageAt(now, dosedAt)}
              baseline={timeline.baseline}
              thresholds={settings.vitalThresholds}
              onSave={actions.add}
              onClose={close}
            />
          ) : null}
          {dialog?.kind === 'discharge' && dosedAt !== null ? <DischargeDialog session={session} dosedAt={dosedAt} onClose={close} /> : null}
          {dialog?.kind === 'cancel' && dosedAt === null ? <CancelSessionDialog sessionId={session.id} onClose={close} /> : null}
        </RoomDialogDraftContext.Provider>
      </div>
    </DialogThemeContext.Provider>
  );
}
