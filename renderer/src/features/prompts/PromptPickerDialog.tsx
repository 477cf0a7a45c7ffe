import { useState } from 'react';
import { Header, ListBox, ListBoxItem, ListBoxSection, type Key, type Selection } from '../../ui/aria-primitives';
import type { Prompt } from '../../../../shared/contract';
import { PROMPT_PHASE_LABELS } from '../../../../shared/prompts/prompt-phases';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { ModalDialog } from '../../ui/ModalDialog';
import { pickerSections } from './prompt-plan';
import { usePrompts, useSessionPromptPlan } from './prompt-queries';
import './prompts.css';

interface PromptPickerDialogProps {
  /** The note's session: its follow-up plan is listed first. Null for a note outside a session. */
  sessionId: string | null;
  onPick: (prompt: Prompt) => void;
  onClose: () => void;
}

/**
 * Choose a prompt to insert into a note. Keyboard first: the first prompt has focus, arrows move
 * (the choice follows), Enter inserts; a click chooses and a double click inserts.
 */
export function PromptPickerDialog({ sessionId, onPick, onClose }: PromptPickerDialogProps) {
  const library = usePrompts();
  const plan = useSessionPromptPlan(sessionId);
  const [chosenKey, setChosenKey] = useState<Key | null>(null);
  const failure = library.error ?? plan.error;
  const loading = !library.data || (sessionId !== null && !plan.data);
  const sections = loading ? [] : pickerSections(library.data ?? [], plan.data ?? [], PROMPT_PHASE_LABELS);
  const byId = new Map(sections.flatMap((section) => section.prompts).map((prompt) => [prompt.id, prompt]));

  const pick = (key: Key | null) => {
    const prompt = key === null ? undefined : byId.get(String(key));
    if (prompt) onPick(prompt);
  };
  const choose = (selection: Selection) => setChosenKey(selection === 'all' ? null : ([...selection][0] ?? null));

  return (
    <ModalDialog title="Insert a prompt" onClose={onClose} isDismissable modalClassName="prompt-picker-modal" dialogClassName="prompt-picker">
      {failure ? (
        <FormAlert>{describeError(failure)}</FormAlert>
      ) : loading ? (
        <p className="loading">Loading prompts…</p>
      ) : sections.length === 0 ? (
        <p className="hint">There are no prompts to insert. Add some in Settings, under Integration prompts.</p>
      ) : (
        <ListBox
          aria-label="Prompts"
          className="prompt-picker-list"
          selectionMode="single"
          selectionBehavior="replace"
          selectedKeys={chosenKey === null ? [] : [chosenKey]}
          onSelectionChange={choose}
          onAction={pick}
          autoFocus="first"
          // Escape closes the picker, as in every dialog, rather than clearing the choice.
          escapeKeyBehavior="none"
        >
          {sections.map((section) => (
            <ListBoxSection key={section.id} id={section.id} className="prompt-picker-section">
              <Header className="prompt-picker-header">{section.title}</Header>
              {section.prompts.map((prompt) => (
                <ListBoxItem key={prompt.id} id={prompt.id} textValue={prompt.text} className="prompt-picker-option">
                  {prompt.text}
                </ListBoxItem>
              ))}
            </ListBoxSection>
          ))}
        </ListBox>
      )}
      <div className="actions prompt-picker-actions">
        <span className="hint prompt-picker-keys" aria-hidden="true">
          ↑ ↓ to choose, Enter to insert
        </span>
        <ActionButton onPress={onClose}>Cancel</ActionButton>
        <ActionButton variant="primary" isDisabled={chosenKey === null} onPress={() => pick(chosenKey)}>
          Insert prompt
        </ActionButton>
      </div>
    </ModalDialog>
  );
}
