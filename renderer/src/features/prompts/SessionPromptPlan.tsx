import { useState } from 'react';
import { Heading } from '../../ui/aria-primitives';
import { ActionButton } from '../../ui/ActionButton';
import { QueryView } from '../../ui/QueryView';
import { PlanPromptsDialog } from './PlanPromptsDialog';
import { useSessionPromptPlan } from './prompt-queries';
import './prompts.css';

/** On a finished session's page: the prompts planned for its follow-up, in the order they will be asked. */
export function SessionPromptPlan({ sessionId }: { sessionId: string }) {
  const plan = useSessionPromptPlan(sessionId);
  const [planning, setPlanning] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <section className="session-prompt-plan" aria-labelledby="session-prompt-plan-title">
      <div className="section-header">
        <Heading level={2} id="session-prompt-plan-title" className="section-title">
          Follow-up prompts
        </Heading>
        <ActionButton
          onPress={() => {
            setSaved(null);
            setPlanning(true);
          }}
          isDisabled={!plan.data}
        >
          Plan follow-up prompts
        </ActionButton>
      </div>
      <span role="status" className="saved-note">
        {saved}
      </span>
      <QueryView query={plan}>
        {(planned) =>
          planned.length === 0 ? (
            <p className="hint">None planned yet. Choose a few to have at hand when you meet again in the next days.</p>
          ) : (
            <ol className="planned-prompt-list" aria-label="Planned follow-up prompts">
              {planned.map((prompt) => (
                <li key={prompt.id}>
                  {prompt.text}
                  {prompt.archivedAt !== null ? <span className="prompt-origin"> · archived</span> : null}
                </li>
              ))}
            </ol>
          )
        }
      </QueryView>
      {planning && plan.data ? (
        <PlanPromptsDialog
          sessionId={sessionId}
          planned={plan.data}
          onClose={() => setPlanning(false)}
          onSaved={(count) => {
            setPlanning(false);
            setSaved(count === 0 ? 'Saved: no prompts planned.' : `Saved: ${count} ${count === 1 ? 'prompt' : 'prompts'} planned.`);
          }}
        />
      ) : null}
    </section>
  );
}
