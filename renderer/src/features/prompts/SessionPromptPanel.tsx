import { useId, useState } from 'react';
import { Heading } from '../../ui/aria-primitives';
import { PROMPT_PHASE_LABELS, type PromptPhase } from '../../../../shared/prompts/prompt-phases';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { offered } from './prompt-groups';
import { usePrompts } from './prompt-queries';
import './prompts.css';

/** docs/clinical.md, section 6: while the medicine acts, brief body and safety check-ins only. */
const PHASE_GUIDANCE: Partial<Record<PromptPhase, string>> = {
  during: 'Brief body and safety check-ins only; no interpreting.',
  after: 'Capture first, make sense later.',
};

/**
 * The prompts for where the session is now, quiet and small at the foot of the room so they are
 * there when wanted and never pull the eye. Hidden stays hidden for as long as the room is open.
 */
export function SessionPromptPanel({ phase }: { phase: PromptPhase }) {
  const prompts = usePrompts();
  const [shown, setShown] = useState(true);
  const listId = useId();
  const forPhase = offered(prompts.data ?? []).filter((prompt) => prompt.phase === phase);
  const guidance = PHASE_GUIDANCE[phase];

  return (
    <section className="room-prompts" aria-label="Prompts for now">
      <div className="room-prompts-header">
        <Heading level={2} className="room-prompts-title">
          Prompts · {PROMPT_PHASE_LABELS[phase]}
        </Heading>
        <ActionButton
          variant="quiet"
          className="room-prompts-toggle"
          aria-expanded={shown}
          aria-controls={shown ? listId : undefined}
          onPress={() => setShown(!shown)}
        >
          {shown ? 'Hide prompts' : 'Show prompts'}
        </ActionButton>
      </div>
      {shown ? (
        <div id={listId} className="room-prompts-body">
          {guidance ? <p className="room-prompts-guidance">{guidance}</p> : null}
          {prompts.isError ? (
            <p className="room-prompts-empty">{describeError(prompts.error)}</p>
          ) : !prompts.data ? null : forPhase.length === 0 ? (
            <p className="room-prompts-empty">No prompts for this phase. Add some under Settings, Integration prompts.</p>
          ) : (
            <ul className="room-prompt-list">
              {forPhase.map((prompt) => (
                <li key={prompt.id}>{prompt.text}</li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </section>
  );
}
