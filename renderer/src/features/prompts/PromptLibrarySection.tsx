import { useId, useState, type ReactNode } from 'react';
import { Heading } from '../../ui/aria-primitives';
import type { Prompt } from '../../../../shared/contract';
import { PROMPT_PHASE_LABELS, type PromptPhase } from '../../../../shared/prompts/prompt-phases';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { ToggleSwitch } from '../../ui/ChoiceControls';
import { QueryView } from '../../ui/QueryView';
import { ChangeNotice, type Notice } from '../../ui/ChangeNotice';
import { SettingsSection } from '../../ui/SettingsSection';
import { firstWords, groupByPhase, offered } from './prompt-groups';
import { useArchivePrompt, usePrompts, useRestorePrompt } from './prompt-queries';
import { PromptEditorDialog } from './PromptEditorDialog';
import { PromptLibraryItem } from './PromptLibraryItem';
import './prompts.css';

/** Which dialog is open: none, a new prompt, or an existing one. */
type Editing = { prompt: Prompt | null } | null;

/** The prompt library in Settings: the team's prompts and the therapist's own, by phase. */
export function PromptLibrarySection() {
  // Archived prompts come too, so the switch only filters and never waits on a second list.
  const prompts = usePrompts({ includeArchived: true });
  const archive = useArchivePrompt();
  const restore = useRestorePrompt();
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const setArchived = (prompt: Prompt, archived: boolean) =>
    (archived ? archive : restore).mutate(prompt.id, {
      onSuccess: () =>
        setNotice({
          text: archived ? `Archived “${firstWords(prompt.text)}”. It is no longer offered in the room or in notes.` : `Restored “${firstWords(prompt.text)}”.`,
          undo: () => setArchived(prompt, !archived),
        }),
      onError: (error) => setNotice({ text: describeError(error) }),
    });

  const shown = prompts.data ? (showArchived ? prompts.data : offered(prompts.data)) : [];

  return (
    <SettingsSection title="Integration prompts">
      <p>
        Questions to have at hand before, during and after a session and at follow-up. The room shows the ones for its current phase; notes can insert them. The
        team’s prompts can be edited or archived like your own.
      </p>
      <div className="prompt-library-toolbar">
        <ActionButton variant="primary" onPress={() => setEditing({ prompt: null })}>
          Add a prompt
        </ActionButton>
        <ToggleSwitch isSelected={showArchived} onChange={setShowArchived}>
          Show archived
        </ToggleSwitch>
      </div>
      <ChangeNotice notice={notice} onDismiss={() => setNotice(null)} />
      <QueryView query={prompts}>
        {() =>
          shown.length === 0 ? (
            <p className="hint">No prompts yet. Add one to have it at hand in sessions and notes.</p>
          ) : (
            groupByPhase(shown).map((group) => (
              <PhaseGroup key={group.phase} phase={group.phase}>
                {group.prompts.map((prompt) => (
                  <PromptLibraryItem
                    key={prompt.id}
                    prompt={prompt}
                    onEdit={() => setEditing({ prompt })}
                    onSetArchived={(archived) => setArchived(prompt, archived)}
                  />
                ))}
              </PhaseGroup>
            ))
          )
        }
      </QueryView>
      {editing ? (
        <PromptEditorDialog
          prompt={editing.prompt}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setNotice({ text: `${editing.prompt ? 'Saved' : 'Added'} “${firstWords(saved.text)}” under ${PROMPT_PHASE_LABELS[saved.phase]}.` });
            setEditing(null);
          }}
        />
      ) : null}
    </SettingsSection>
  );
}

function PhaseGroup({ phase, children }: { phase: PromptPhase; children: ReactNode }) {
  const headingId = useId();
  return (
    <div className="prompt-phase-group">
      <Heading level={3} id={headingId} className="prompt-phase-title">
        {PROMPT_PHASE_LABELS[phase]}
      </Heading>
      <ul className="prompt-list" aria-labelledby={headingId}>
        {children}
      </ul>
    </div>
  );
}
