import { useEffect, useRef, useState } from 'react';
import { CheckboxGroup, Heading, Label } from '../../ui/aria-primitives';
import type { Prompt } from '../../../../shared/contract';
import { PROMPT_PHASE_LABELS } from '../../../../shared/prompts/prompt-phases';
import { ActionButton } from '../../ui/ActionButton';
import { FormDialog } from '../../ui/FormDialog';
import { QueryView } from '../../ui/QueryView';
import { useSubmit } from '../../ui/use-submit';
import { FOLLOW_UP_PHASE_ORDER, firstWords, groupByPhase, offered } from './prompt-groups';
import { movePlanned, replanPhase } from './prompt-plan';
import { usePrompts, useSetSessionPromptPlan } from './prompt-queries';
import { CheckboxOption } from '../../ui/ChoiceControls';

/** The contract's limit on one plan. */
const PLAN_MAX = 40;

interface PlanPromptsDialogProps {
  sessionId: string;
  planned: readonly Prompt[];
  onClose: () => void;
  onSaved: (count: number) => void;
}

type Move = { id: string; direction: 'up' | 'down' };

/** Choose the follow-up's prompts (left) and put them in the order they will be asked (right). */
export function PlanPromptsDialog({ sessionId, planned, onClose, onSaved }: PlanPromptsDialogProps) {
  const library = usePrompts();
  const save = useSetSessionPromptPlan();
  const saving = useSubmit();
  const [ids, setIds] = useState<string[]>(() => planned.map((prompt) => prompt.id));
  const [tooMany, setTooMany] = useState(false);
  const pendingFocus = useRef<Move | null>(null);
  const orderRef = useRef<HTMLOListElement>(null);

  // Planned prompts archived since still show in the order, so the plan never loses one silently.
  const known = new Map([...planned, ...(library.data ?? [])].map((prompt) => [prompt.id, prompt]));
  const chosen = ids.map((id) => known.get(id)).filter((prompt) => prompt !== undefined);

  // The moved prompt keeps focus at its new place; at an end, the way back is focused instead.
  useEffect(() => {
    const moved = pendingFocus.current;
    pendingFocus.current = null;
    if (!moved) return;
    const buttons = orderRef.current?.querySelectorAll<HTMLButtonElement>(`[data-prompt-id="${CSS.escape(moved.id)}"] [data-move]`);
    const [up, down] = [...(buttons ?? [])];
    const wanted = moved.direction === 'up' ? up : down;
    (wanted && !wanted.disabled ? wanted : moved.direction === 'up' ? down : up)?.focus();
  }, [ids]);

  const move = (id: string, direction: Move['direction']) => {
    pendingFocus.current = { id, direction };
    setIds((current) => movePlanned(current, current.indexOf(id), direction === 'up' ? -1 : 1));
  };

  const submit = () => {
    if (ids.length > PLAN_MAX) {
      setTooMany(true);
      return;
    }
    void saving.run(async () => onSaved((await save.mutateAsync({ sessionId, promptIds: ids })).prompts.length));
  };

  return (
    <FormDialog
      title="Plan follow-up prompts"
      submitLabel="Save plan"
      busy={saving.busy}
      error={tooMany ? `A plan holds up to ${PLAN_MAX} prompts; ${ids.length} are ticked.` : saving.error}
      onSubmit={submit}
      onClose={onClose}
      isDismissable
      modalClassName="plan-prompts-modal"
    >
      <p className="hint">Tick the prompts to have at hand 24-72 hours later. The client leads; these are for when a question helps.</p>
      <div className="plan-prompts-columns">
        <div className="plan-prompts-choices">
          <QueryView query={library} loading="Loading prompts…">
            {(prompts) =>
              groupByPhase(offered(prompts), FOLLOW_UP_PHASE_ORDER).map((group, groupIndex) => {
                const phaseIds = group.prompts.map((prompt) => prompt.id);
                return (
                  <CheckboxGroup
                    key={group.phase}
                    value={ids.filter((id) => phaseIds.includes(id))}
                    onChange={(ticked) => {
                      setIds((current) => replanPhase(current, phaseIds, ticked));
                      setTooMany(false);
                    }}
                    className="field plan-prompts-group"
                  >
                    <Label className="field-label">{PROMPT_PHASE_LABELS[group.phase]}</Label>
                    {group.prompts.map((prompt, index) => (
                      <CheckboxOption key={prompt.id} value={prompt.id} className="plan-prompts-checkbox" autoFocus={groupIndex === 0 && index === 0}>
                        {prompt.text}
                      </CheckboxOption>
                    ))}
                  </CheckboxGroup>
                );
              })
            }
          </QueryView>
        </div>
        <div className="card plan-prompts-order">
          <Heading level={3} id="plan-prompts-order-title" className="field-label">
            In this order
          </Heading>
          {chosen.length === 0 ? (
            <p className="hint">None chosen yet.</p>
          ) : (
            <ol ref={orderRef} className="plan-order-list" aria-labelledby="plan-prompts-order-title">
              {chosen.map((prompt, index) => {
                const short = firstWords(prompt.text);
                return (
                  <li key={prompt.id} className="plan-order-item" data-prompt-id={prompt.id}>
                    <span className="plan-order-text">
                      {prompt.text}
                      {prompt.archivedAt !== null ? <span className="prompt-origin"> · archived</span> : null}
                    </span>
                    <span className="plan-order-actions">
                      <ActionButton
                        variant="quiet"
                        data-move="up"
                        isDisabled={index === 0}
                        onPress={() => move(prompt.id, 'up')}
                        aria-label={`Move up: ${short}`}
                      >
                        ↑
                      </ActionButton>
                      <ActionButton
                        variant="quiet"
                        data-move="down"
                        isDisabled={index === chosen.length - 1}
                        onPress={() => move(prompt.id, 'down')}
                        aria-label={`Move down: ${short}`}
                      >
                        ↓
                      </ActionButton>
                      <ActionButton
                        variant="quiet"
                        onPress={() => setIds((current) => current.filter((id) => id !== prompt.id))}
                        aria-label={`Remove: ${short}`}
                      >
                        ×
                      </ActionButton>
                    </span>
                  </li>
                );
              })}
            </ol>
          )}
        </div>
      </div>
    </FormDialog>
  );
}
