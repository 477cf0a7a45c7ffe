import { type ReactNode, useState } from 'react';
import { alertsFor, type DoseStage } from '../../../../../shared/session/room-state';
import type { Route } from '../../../../../shared/session/routes';
import type { VitalField, Vitals } from '../../../../../shared/session/timeline';
import type { VitalThreshold } from '../../../../../shared/session/vital-thresholds';
import { FormDialog } from '../../../ui/FormDialog';
import { draftFromVitals, EMPTY_VITALS, plausibleVitals, vitalsFromDraft, vitalsProblems, type VitalsDraft } from '../fields/vitals-draft';
import { VitalsFields } from '../fields/VitalsFields';
import { VitalAlerts } from '../VitalAlerts';
import { entryDialogText, minutesAgo, minutesAgoProblem, type SaveEntry } from './entry-save';
import { MinutesAgoField } from './MinutesAgoField';
import { useRoomDialog } from './use-room-dialog';
import { useDraftField } from './use-room-dialog-draft';

interface VitalsDialogProps {
  initial?: Vitals;
  correcting?: boolean;
  /** Set when the entry is added after discharge: the field for the time it refers to, shown in place of any other time field. */
  lateTime?: ReactNode;
  stage: DoseStage;
  baseline: Vitals | null;
  thresholds: readonly VitalThreshold[];
  route: Route;
  onSave: SaveEntry;
  onClose: () => void;
}

/** A set of readings; any reading past a threshold shows as you type, and never stops the save. */
export function VitalsDialog({ initial, correcting = false, lateTime, stage, baseline, thresholds, route, onSave, onClose }: VitalsDialogProps) {
  const [draft, setDraft] = useDraftField<VitalsDraft>('vitals', initial ? draftFromVitals(initial) : EMPTY_VITALS);
  const [ago, setAgo] = useDraftField('minutesAgo', 0);
  const [problem, setProblem] = useState<string | null>(null);
  const saving = useRoomDialog<VitalField | 'minutesAgo'>(entryDialogText('Vitals', correcting, lateTime !== undefined), onClose);
  const vitals = vitalsFromDraft(draft);
  // Shown as the readings are typed, so nothing appears when a field is left: a click on the
  // button below would otherwise land where the button was before the alert pushed it down.
  const plausible = plausibleVitals(draft);
  const alerts = plausible ? alertsFor(plausible, stage, baseline, thresholds, route) : [];

  const submit = () => {
    setProblem(vitals ? null : 'Enter at least one reading.');
    if (saving.showProblems({ ...vitalsProblems(draft), minutesAgo: minutesAgoProblem(ago) }) || !vitals) return;
    saving.saveThenClose(() => onSave({ kind: 'vitals', vitals }, correcting || lateTime ? undefined : minutesAgo(ago)));
  };

  return (
    <FormDialog {...saving.dialogProps} error={problem ?? saving.error} onSubmit={submit} modalClassName="room-modal-wide">
      <VitalsFields
        value={draft}
        onChange={(next, field) => {
          setDraft(next);
          saving.clearFieldError(field);
        }}
        autoFocus
      />
      <div aria-live="polite">
        <VitalAlerts alerts={alerts} />
      </div>
      {lateTime ?? (correcting ? null : <MinutesAgoField label="Taken this many minutes ago" value={ago} {...saving.bind('minutesAgo', setAgo)} />)}
    </FormDialog>
  );
}
