import type { Session } from '../../../../shared/contract';
import type { CueState, SessionAnchors } from '../../../../shared/session/session-clock';
import type { MarkablePhase } from '../../../../shared/session/protocol';
import { ESKETAMINE_MG_PER_DEVICE } from '../../../../shared/session/routes';
import type { TimelineEntry } from '../../../../shared/session/timeline';
import type { SaveEntry } from './quick-log/entry-save';
import { useLogEvents } from './session-queries';

const DEVICE_CUE = /^device-(\d)$/;

/**
 * What the room adds to the record. One-press actions (dose, cue, phase mark) share one mutation
 * whose error the room shows; the quick-log forms use their own and show errors in place.
 */
export function useRoomActions(session: Session, anchors: SessionAnchors) {
  const quick = useLogEvents();
  const fromDialog = useLogEvents();
  const sessionId = session.id;

  /** A device given is the answer to its cue: log both, so the cue stops waiting. */
  const withDeviceCue = (entry: TimelineEntry): TimelineEntry[] => {
    if (entry.kind !== 'dose' || !entry.deviceNumber) return [entry];
    const cueId = `device-${entry.deviceNumber}`;
    const open = session.protocol.cues.some((cue) => cue.id === cueId) && anchors.acknowledgedCues[cueId] === undefined;
    return open ? [entry, { kind: 'cue-acknowledged', cueId }] : [entry];
  };

  const add: SaveEntry = (entry, at) => fromDialog.mutateAsync({ sessionId, entries: withDeviceCue(entry), at });

  const startClock = () => {
    const entry: TimelineEntry =
      session.route === 'esketamine' ? { kind: 'dose', amountMg: ESKETAMINE_MG_PER_DEVICE, deviceNumber: 1 } : { kind: 'dose', amountMg: session.plannedDoseMg };
    quick.mutate({ sessionId, entries: [entry] });
  };

  const acknowledge = (cue: CueState) => {
    const device = DEVICE_CUE.exec(cue.id)?.[1];
    const entries: TimelineEntry[] =
      cue.kind === 'dose' && device
        ? [{ kind: 'dose', amountMg: ESKETAMINE_MG_PER_DEVICE, deviceNumber: Number(device) }, { kind: 'cue-acknowledged', cueId: cue.id }]
        : [{ kind: 'cue-acknowledged', cueId: cue.id }];
    quick.mutate({ sessionId, entries });
  };

  const mark = (phase: MarkablePhase) => quick.mutate({ sessionId, entries: [{ kind: 'phase-mark', phase }] });

  return { add, startClock, acknowledge, mark, quickBusy: quick.isPending, quickError: quick.error };
}
