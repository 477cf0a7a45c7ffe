import type { KeyboardEvent } from 'react';
import { FieldError, Label, RadioGroup, Text } from '../../../ui/aria-primitives';
import { MOAAS_LEVELS } from '../../../../../shared/session/timeline';
import { RadioOption } from '../../../ui/ChoiceControls';
import { FormDialog } from '../../../ui/FormDialog';
import { entryDialogText, type SaveEntry } from './entry-save';
import { useRoomDialog } from './use-room-dialog';
import { useDraftField } from './use-room-dialog-draft';

interface SedationDialogProps {
  initial?: number;
  correcting?: boolean;
  onSave: SaveEntry;
  onClose: () => void;
}

/** MOAA/S, 5 (responds readily) down to 0 (no response); a number key chooses its level, arrow keys move, Enter saves. */
export function SedationDialog({ initial, correcting = false, onSave, onClose }: SedationDialogProps) {
  const [score, setScore] = useDraftField<string | null>('score', initial === undefined ? null : String(initial));
  const saving = useRoomDialog<'moaas'>(entryDialogText('Sedation (MOAA/S)', correcting), onClose);
  const focused = score ?? String(MOAAS_LEVELS[0].score);
  const choice = saving.bind('moaas', setScore);

  // The score is the level's number, so its key chooses it and moves focus there (arrows go on from it).
  const chooseByNumber = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const level = MOAAS_LEVELS.find((candidate) => String(candidate.score) === event.key);
    if (!level) return;
    event.preventDefault();
    choice.onChange(String(level.score));
    event.currentTarget.querySelector<HTMLInputElement>(`input[value="${level.score}"]`)?.focus();
  };

  const submit = () => {
    if (saving.showProblems({ moaas: score === null ? 'Choose a level.' : undefined }) || score === null) return;
    saving.saveThenClose(() => onSave({ kind: 'sedation', moaas: Number(score) }));
  };

  return (
    <FormDialog {...saving.dialogProps} onSubmit={submit} modalClassName="room-modal-wide">
      {/* Number keys bubble here from the focused radio, which stays the control. */}
      <div onKeyDown={chooseByNumber}>
        <RadioGroup value={score} {...choice} className="field radio-list">
          <Label className="field-label">Modified Observer's Assessment of Alertness/Sedation</Label>
          <Text slot="description" className="field-description">
            Press a number from 0 to 5 to choose its level.
          </Text>
          {MOAAS_LEVELS.map((level) => (
            <RadioOption key={level.score} value={String(level.score)} autoFocus={String(level.score) === focused}>
              <span className="moaas-score">{level.score}</span>
              {level.label}
            </RadioOption>
          ))}
          <FieldError className="field-error" />
        </RadioGroup>
      </div>
    </FormDialog>
  );
}
