import { useState } from 'react';
import type { Vitals } from '../../../../../shared/session/timeline';
import type { VitalThreshold } from '../../../../../shared/session/vital-thresholds';
import { draftFromVitals, EMPTY_VITALS, vitalsFromDraft, vitalsProblems, type VitalsDraft } from '../fields/vitals-draft';
import { VitalsFields } from '../fields/VitalsFields';
import { alertsFor, type DoseStage } from '../../../../../shared/session/room-state';
import { VitalAlerts } from '../VitalAlerts';
import { minutesAgo, minutesAgoProblem, type SaveEntry } from './entry-save';
import { MinutesAgoField } from './MinutesAgoField';
import { RoomDialog } from './RoomDialog';
import { useSave } from './use-save';

interface VitalsDialogProps {
  initial?: Vitals;
  correcting?: boolean;
  stage: DoseStage;
  baseline: Vitals | null;
  thresholds: readonly VitalThreshold[];
  onSave: SaveEntry;
  onClose: () => void;
}

/** A set of readings; any reading past a threshold shows as you type, and never stops the save. */
export function VitalsDialog({ initial, correcting = false, stage, baseline, thresholds, onSave, onClose }: VitalsDialogProps) {
  const [draft, setDraft] = useState<VitalsDraft>(initial ? draftFromVitals(initial) : EMPTY_VITALS);
  const [ago, setAgo] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, error, run } = useSave(onClose);
  const vitals = vitalsFromDraft(draft);
  const alerts = vitals ? alertsFor(vitals, stage, baseline, thresholds) : [];

  const submit = () => {
    const agoProblem = minutesAgoProblem(ago);
    const problems: Record<string, string> = { ...vitalsProblems(draft), ...(agoProblem ? { minutesAgo: agoProblem } : {}) };
    setErrors(problems);
    setProblem(vitals ? null : 'Enter at least one reading.');
    if (!vitals || Object.keys(problems).length > 0) return;
    void run(() => onSave({ kind: 'vitals', vitals }, correcting ? undefined : minutesAgo(ago)));
  };

  return (
    <RoomDialog
      title={correcting ? 'Correct: Vitals' : 'Vitals'}
      submitLabel={correcting ? 'Save correction' : 'Add to timeline'}
      busy={busy}
      error={problem ?? error}
      validationErrors={errors}
      onSubmit={submit}
      onClose={onClose}
      wide
    >
      <VitalsFields value={draft} onChange={setDraft} autoFocus />
      <div aria-live="polite">
        <VitalAlerts alerts={alerts} />
      </div>
      {correcting ? null : <MinutesAgoField label="Taken this many minutes ago" value={ago} onChange={setAgo} />}
    </RoomDialog>
  );
}
