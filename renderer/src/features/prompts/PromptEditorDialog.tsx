import { useState, type FormEvent } from 'react';
import { Dialog, Form, Heading, Label, Modal, ModalOverlay, Radio, RadioGroup } from 'react-aria-components';
import { PROMPT_TEXT_MAX, type Prompt } from '../../../../shared/contract';
import { PROMPT_PHASES, PROMPT_PHASE_LABELS, type PromptPhase } from '../../../../shared/prompts/prompt-phases';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { TextAreaField } from '../../ui/TextAreaField';
import { useSavePrompt } from './prompt-queries';

interface PromptEditorDialogProps {
  /** The prompt to change; null for a new one of the therapist's own. */
  prompt: Prompt | null;
  onClose(): void;
  onSaved(prompt: Prompt): void;
}

/** One prompt's phase and words. A team prompt edited here stays in the library as the therapist left it. */
export function PromptEditorDialog({ prompt, onClose, onSaved }: PromptEditorDialogProps) {
  const [phase, setPhase] = useState<PromptPhase>(prompt?.phase ?? 'follow-up');
  const [text, setText] = useState(prompt?.text ?? '');
  const [missingText, setMissingText] = useState(false);
  const save = useSavePrompt();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    if (text.trim() === '') {
      setMissingText(true);
      return;
    }
    save.mutate({ id: prompt?.id, phase, text: text.trim() }, { onSuccess: onSaved });
  };

  return (
    <ModalOverlay isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="modal-overlay">
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {prompt ? 'Edit prompt' : 'Add a prompt'}
          </Heading>
          <Form onSubmit={submit} validationErrors={missingText ? { text: 'Write the prompt.' } : undefined} validationBehavior="aria" className="form">
            <RadioGroup value={phase} onChange={(value) => setPhase(value as PromptPhase)} className="field radio-list">
              <Label className="field-label">Phase</Label>
              {PROMPT_PHASES.map((candidate) => (
                <Radio key={candidate} value={candidate} className="radio" autoFocus={candidate === phase}>
                  <span className="radio-dot" aria-hidden="true" />
                  {PROMPT_PHASE_LABELS[candidate]}
                </Radio>
              ))}
            </RadioGroup>
            <TextAreaField
              name="text"
              label="Prompt"
              description="In the words you would say to the client."
              value={text}
              onChange={(value) => {
                setText(value);
                setMissingText(false);
              }}
              maxLength={PROMPT_TEXT_MAX}
              rows={3}
              isRequired
            />
            <FormAlert>{save.isError ? describeError(save.error) : null}</FormAlert>
            <div className="actions">
              <ActionButton onPress={onClose}>Cancel</ActionButton>
              <ActionButton type="submit" variant="primary" busy={save.isPending}>
                Save prompt
              </ActionButton>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
