import { useState } from 'react';
import { FieldError, Label, Radio, RadioGroup } from 'react-aria-components';
import { MOAAS_LEVELS } from '../../../../../shared/session/timeline';
import type { SaveEntry } from './entry-save';
import { RoomDialog } from './RoomDialog';
import { useSave } from './use-save';

interface SedationDialogProps {
  initial?: number;
  correcting?: boolean;
  onSave: SaveEntry;
  onClose: () => void;
}

/** MOAA/S, 5 (responds readily) down to 0 (no response); arrow keys move, Enter saves. */
export function SedationDialog({ initial, correcting = false, onSave, onClose }: SedationDialogProps) {
  const [score, setScore] = useState<string | null>(initial === undefined ? null : String(initial));
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, error, run } = useSave(onClose);
  const focused = score ?? String(MOAAS_LEVELS[0].score);

  const submit = () => {
    if (score === null) {
      setProblem('Choose a level.');
      return;
    }
    void run(() => onSave({ kind: 'sedation', moaas: Number(score) }));
  };

  return (
    <RoomDialog
      title={correcting ? 'Correct: Sedation (MOAA/S)' : 'Sedation (MOAA/S)'}
      submitLabel={correcting ? 'Save correction' : 'Add to timeline'}
      busy={busy}
      error={error}
      validationErrors={problem ? { moaas: problem } : undefined}
      onSubmit={submit}
      onClose={onClose}
      wide
    >
      <RadioGroup name="moaas" value={score} onChange={setScore} className="field radio-list">
        <Label className="field-label">Modified Observer's Assessment of Alertness/Sedation</Label>
        {MOAAS_LEVELS.map((level) => (
          <Radio key={level.score} value={String(level.score)} className="radio" autoFocus={String(level.score) === focused}>
            <span className="radio-dot" aria-hidden="true" />
            <span className="moaas-score">{level.score}</span>
            {level.label}
          </Radio>
        ))}
        <FieldError className="field-error" />
      </RadioGroup>
    </RoomDialog>
  );
}
