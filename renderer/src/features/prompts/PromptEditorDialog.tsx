import { useState } from 'react';
import { Label, RadioGroup } from '../../ui/aria-primitives';
import { PROMPT_TEXT_MAX, type Prompt } from '../../../../shared/contract';
import { PROMPT_PHASES, PROMPT_PHASE_LABELS, type PromptPhase } from '../../../../shared/prompts/prompt-phases';
import { FormDialog } from '../../ui/FormDialog';
import { TextAreaField } from '../../ui/TextAreaField';
import { useSubmit } from '../../ui/use-submit';
import { useSavePrompt } from './prompt-queries';
import { RadioOption } from '../../ui/ChoiceControls';

interface PromptEditorDialogProps {
  /** The prompt to change; null for a new one of the therapist's own. */
  prompt: Prompt | null;
  onClose: () => void;
  onSaved: (prompt: Prompt) => void;
}

/** One prompt's phase and words. A team prompt edited here stays in the library as the therapist left it. */
export function PromptEditorDialog({ prompt, onClose, onSaved }: PromptEditorDialogProps) {
  const [phase, setPhase] = useState<PromptPhase>(prompt?.phase ?? 'follow-up');
  const [text, setText] = useState(prompt?.text ?? '');
  const save = useSavePrompt();
  const saving = useSubmit<'text'>();

  const submit = () => {
    if (saving.showProblems({ text: text.trim() === '' ? 'Write the prompt.' : undefined })) return;
    void saving.run(async () => onSaved(await save.mutateAsync({ id: prompt?.id, phase, text: text.trim() })));
  };

  return (
    <FormDialog
      title={prompt ? 'Edit prompt' : 'Add a prompt'}
      submitLabel="Save prompt"
      {...saving.formProps}
      onSubmit={submit}
      onClose={onClose}
      isDismissable
    >
      <RadioGroup value={phase} onChange={(value) => setPhase(value as PromptPhase)} className="field radio-list">
        <Label className="field-label">Phase</Label>
        {PROMPT_PHASES.map((candidate) => (
          <RadioOption key={candidate} value={candidate} autoFocus={candidate === phase}>
            {PROMPT_PHASE_LABELS[candidate]}
          </RadioOption>
        ))}
      </RadioGroup>
      <TextAreaField
        label="Prompt"
        description="In the words you would say to the client."
        value={text}
        {...saving.bind('text', setText)}
        maxLength={PROMPT_TEXT_MAX}
        rows={3}
        isRequired
      />
    </FormDialog>
  );
}
