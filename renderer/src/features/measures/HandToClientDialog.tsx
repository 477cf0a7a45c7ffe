import { useState } from 'react';
import type { SessionSummary } from '../../../../shared/contract';
import { MEASURE_KINDS, type MeasureKind, QUESTIONNAIRES } from '../../../../shared/measures/questionnaires';
import { Label, RadioGroup } from '../../ui/aria-primitives';
import { RadioOption } from '../../ui/ChoiceControls';
import { FormDialog } from '../../ui/FormDialog';
import { useSubmit } from '../../ui/use-submit';
import { useStartHandover } from './measure-queries';
import { defaultSessionId } from './measure-text';
import { SessionChoice } from './SessionChoice';

interface HandToClientDialogProps {
  clientId: string;
  sessions: readonly SessionSummary[];
  onClose: () => void;
}

/**
 * Hands the screen to the client for a PHQ-9 or GAD-7. Main then answers nothing but the
 * questionnaire until the therapist takes the screen back with the PIN or the passphrase.
 */
export function HandToClientDialog({ clientId, sessions, onClose }: HandToClientDialogProps) {
  const [kind, setKind] = useState<MeasureKind>('phq-9');
  const [sessionId, setSessionId] = useState(() => defaultSessionId(sessions, Date.now()));
  const start = useStartHandover();
  const starting = useSubmit();

  const submit = () => void starting.run(() => start.mutateAsync({ clientId, kind, sessionId }));

  return (
    <FormDialog title="Hand the screen to the client" submitLabel="Hand over" {...starting.formProps} onSubmit={submit} onClose={onClose}>
      <p>
        The screen will show only the questionnaire, one question at a time, and no score. The client&apos;s answers are saved as they go. To take the screen
        back you need the hand-over PIN (set in Settings) or your passphrase.
      </p>
      <RadioGroup value={kind} onChange={(chosen) => setKind(chosen as MeasureKind)} className="field radio-list">
        <Label className="field-label">Questionnaire</Label>
        {MEASURE_KINDS.map((option) => (
          <RadioOption key={option} value={option} autoFocus={option === kind}>
            {QUESTIONNAIRES[option].title}
          </RadioOption>
        ))}
      </RadioGroup>
      <SessionChoice sessions={sessions} value={sessionId} onChange={setSessionId} />
    </FormDialog>
  );
}
