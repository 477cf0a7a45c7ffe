import type { Session } from '../../../../shared/contract';
import { deviceOfCue } from '../../../../shared/session/device-cues';
import type { CueState } from '../../../../shared/session/session-clock';
import type { MarkablePhase } from '../../../../shared/session/protocol';
import { ESKETAMINE_MG_PER_DEVICE } from '../../../../shared/session/routes';
import type { TimelineEntry } from '../../../../shared/session/timeline';
import { useSubmit } from '../../ui/use-submit';
import type { SaveEntry } from './quick-log/entry-save';
import { useLogEvent } from './session-queries';

/**
 * What the room adds to the record. One-press actions (dose, cue, phase mark, clinically ready) share one submit
 * whose busy state and error the room shows; the quick-log forms use their own and show errors in place. A device
 * given answers its cue on its own: the main process writes the acknowledgement with the dose.
 */
export function useRoomActions(session: Session) {
  const quick = useLogEvent();
  const pressing = useSubmit();
  const fromDialog = useLogEvent();
  const sessionId = session.id;
  /** Answers whether the entry was saved. */
  const log = (entry: TimelineEntry) => pressing.run(() => quick.mutateAsync({ sessionId, entry }));

  const add: SaveEntry = (entry, at) => fromDialog.mutateAsync({ sessionId, entry, at });

  const startClock = () => {
    const entry: TimelineEntry =
      session.route === 'esketamine'
        ? { kind: 'dose', amountMg: ESKETAMINE_MG_PER_DEVICE, deviceNumber: 1 }
        : { kind: 'dose', amountMg: session.plannedDoseMg };
    void log(entry);
  };

  const acknowledge = (cue: CueState) => {
    const device = cue.kind === 'dose' ? deviceOfCue(cue.id, session.deviceCount) : null;
    const entry: TimelineEntry =
      device !== null ? { kind: 'dose', amountMg: ESKETAMINE_MG_PER_DEVICE, deviceNumber: device } : { kind: 'cue-acknowledged', cueId: cue.id };
    return log(entry);
  };

  const mark = (phase: MarkablePhase) => void log({ kind: 'phase-mark', phase });
  const ready = () => void log({ kind: 'clinically-ready' });

  return { add, startClock, acknowledge, mark, ready, quickBusy: pressing.busy, quickError: pressing.error };
}
