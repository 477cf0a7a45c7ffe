import type { Session } from '../../../../../shared/contract';
import type { TimelineEntry, Vitals } from '../../../../../shared/session/timeline';
import type { VitalThreshold } from '../../../../../shared/session/vital-thresholds';
import type { DoseStage } from '../../../../../shared/session/room-state';
import { AdverseEventDialog } from './AdverseEventDialog';
import { DoseDialog } from './DoseDialog';
import type { SaveEntry } from './entry-save';
import { SedationDialog } from './SedationDialog';
import { TextEntryDialog } from './TextEntryDialog';
import { VitalsDialog } from './VitalsDialog';

/** The kinds a therapist writes by hand (phase marks, cue acknowledgements, "clinically ready" and a cancellation come from buttons). */
export type EditableKind = 'observation' | 'quote' | 'intervention' | 'adverse-event' | 'sedation' | 'vitals' | 'dose';

export function isEditableKind(kind: TimelineEntry['kind']): kind is EditableKind {
  return kind !== 'phase-mark' && kind !== 'cue-acknowledged' && kind !== 'clinically-ready' && kind !== 'session-cancelled';
}

interface EntryEditorProps {
  kind: EditableKind;
  /** Set when correcting: the entry as it now stands. */
  initial?: TimelineEntry;
  session: Session;
  nextDevice: number | null;
  stage: DoseStage;
  baseline: Vitals | null;
  thresholds: readonly VitalThreshold[];
  onSave: SaveEntry;
  onClose: () => void;
}

/** The one small form for a kind of entry, new or as a correction. */
export function EntryEditor({ kind, initial, session, nextDevice, stage, baseline, thresholds, onSave, onClose }: EntryEditorProps) {
  const common = { correcting: initial !== undefined, onSave, onClose };
  switch (kind) {
    case 'observation':
    case 'quote':
    case 'intervention':
      return <TextEntryDialog kind={kind} initial={initial && 'text' in initial ? initial.text : undefined} {...common} />;
    case 'adverse-event':
      return <AdverseEventDialog initial={initial?.kind === 'adverse-event' ? initial : undefined} {...common} />;
    case 'sedation':
      return <SedationDialog initial={initial?.kind === 'sedation' ? initial.moaas : undefined} {...common} />;
    case 'vitals':
      return (
        <VitalsDialog
          initial={initial?.kind === 'vitals' ? initial.vitals : undefined}
          stage={stage}
          baseline={baseline}
          thresholds={thresholds}
          route={session.route}
          {...common}
        />
      );
    case 'dose':
      return (
        <DoseDialog
          route={session.route}
          deviceCount={session.deviceCount}
          nextDevice={nextDevice}
          initial={initial?.kind === 'dose' ? initial : undefined}
          {...common}
        />
      );
  }
}
