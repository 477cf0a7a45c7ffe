import { useState } from 'react';
import type { SideEffectChecklist } from '../../../../shared/contract';
import { checklistItems } from '../../../../shared/side-effects/side-effect-checklist';
import { sameSideEffect, SIDE_EFFECT_LIMITS, type SideEffectLevel } from '../../../../shared/side-effects/side-effect-items';
import { ActionButton } from '../../ui/ActionButton';
import { FormDialog } from '../../ui/FormDialog';
import { TextAreaField } from '../../ui/TextAreaField';
import { useSubmit } from '../../ui/use-submit';
import { AnswerChoice, answerWithNumberKeys } from '../measures';
import { useRecordSideEffects } from './side-effect-queries';
import { LEVEL_OPTIONS } from './side-effect-text';

const itemField = (index: number) => `item-${index + 1}`;
const levelOf = (value: number) => LEVEL_OPTIONS.find((option) => option.value === value)!.level;
const valueOf = (level: SideEffectLevel | null) => LEVEL_OPTIONS.find((option) => option.level === level)?.value ?? null;

interface SideEffectsDialogProps {
  sessionId: string;
  /** The clinic's items today. */
  clinicItems: readonly string[];
  /** What an earlier save recorded, to change. */
  recorded: SideEffectChecklist | null;
  /** Adverse events the room logged for this session: named beside their item, for the therapist to confirm. */
  loggedInRoom: readonly string[];
  onClose: () => void;
}

/**
 * The side effects after the dose: a level for each of the clinic's items, and a note. Items left
 * unanswered are not recorded. An item the room logged as an adverse event is named so; its level
 * is the therapist's to choose, so "None for the rest" leaves it.
 */
export function SideEffectsDialog({ sessionId, clinicItems, recorded, loggedInRoom, onClose }: SideEffectsDialogProps) {
  const [items] = useState(() => checklistItems(clinicItems, recorded?.answers ?? []));
  const [levels, setLevels] = useState<(SideEffectLevel | null)[]>(() =>
    items.map((item) => recorded?.answers.find((answer) => sameSideEffect(answer.label, item))?.level ?? null),
  );
  const [note, setNote] = useState(recorded?.note ?? '');
  const recordSideEffects = useRecordSideEffects();
  const saving = useSubmit<'note'>();
  const logged = (item: string) => loggedInRoom.some((event) => sameSideEffect(event, item));
  const unanswered = levels.filter((level) => level === null).length;

  const choose = (field: string, value: number) => {
    setLevels((current) => current.map((old, index) => (itemField(index) === field ? levelOf(value) : old)));
    saving.clearFieldError('note');
  };
  const noneForTheRest = () => setLevels((current) => current.map((level, index) => level ?? (logged(items[index]!) ? null : 'none')));

  const submit = () => {
    const answers = items.flatMap((label, index) => {
      const level = levels[index] ?? null;
      return level === null ? [] : [{ label, level }];
    });
    if (saving.showProblems({ note: answers.length === 0 && note.trim() === '' ? 'Choose a level for at least one item, or write a note.' : undefined }))
      return;
    void saving.run(async () => {
      await recordSideEffects.mutateAsync({ sessionId, answers, note });
      onClose();
    });
  };

  return (
    <FormDialog
      title="Side effects after the dose"
      submitLabel="Save side effects"
      {...saving.formProps}
      onSubmit={submit}
      onClose={onClose}
      modalClassName="side-effects-modal"
    >
      <p className="hint">
        A level for each item, as seen and reported. Keys 0 to 3 choose None, Mild, Moderate or Severe and move to the next item. Items left unanswered are not
        recorded.
      </p>
      {loggedInRoom.length > 0 ? (
        <p className="side-effects-logged">Logged in the room as adverse events: {loggedInRoom.join(', ')}. Confirm a level for each.</p>
      ) : null}
      <div className="measure-questions" onKeyDown={answerWithNumberKeys(choose)}>
        {items.map((item, index) => (
          <AnswerChoice
            key={item}
            name={itemField(index)}
            label={logged(item) ? `${item} (logged in the room)` : item}
            options={LEVEL_OPTIONS}
            value={valueOf(levels[index] ?? null)}
            onChange={(value) => choose(itemField(index), value)}
            autoFocus={index === 0}
            isRequired={false}
          />
        ))}
      </div>
      <div className="side-effects-rest">
        <span className="hint">{unanswered === 0 ? 'Every item answered.' : `${unanswered} of ${items.length} items not answered.`}</span>
        <ActionButton variant="quiet" onPress={noneForTheRest} isDisabled={unanswered === 0}>
          None for the rest
        </ActionButton>
      </div>
      <TextAreaField
        label="Note"
        description="Anything else after the dose, in your words."
        maxLength={SIDE_EFFECT_LIMITS.note}
        rows={3}
        value={note}
        {...saving.bind('note', setNote)}
      />
    </FormDialog>
  );
}
