import { useState } from 'react';
import { DEFAULT_SIDE_EFFECT_ITEMS, SIDE_EFFECT_LIMITS, sideEffectItemListSchema } from '../../../../shared/side-effects/side-effect-items';
import { ActionButton } from '../../ui/ActionButton';
import { QueryView } from '../../ui/QueryView';
import { SettingsSection } from '../../ui/SettingsSection';
import { SubmitForm } from '../../ui/SubmitForm';
import { TextAreaField } from '../../ui/TextAreaField';
import { useSubmit } from '../../ui/use-submit';
import { useSettings, useUpdateSettings } from '../settings';
import { itemsFromLines } from './side-effect-text';

/** Room for the longest list: every item at its longest, one a line. */
const LIST_TEXT_LIMIT = SIDE_EFFECT_LIMITS.items * (SIDE_EFFECT_LIMITS.label + 1);

/** Why the typed list cannot be saved, in the settings page's words; null when it can. */
function listProblem(items: readonly string[]): string | null {
  if (items.length === 0) return 'List at least one item.';
  if (items.length > SIDE_EFFECT_LIMITS.items) return `List at most ${SIDE_EFFECT_LIMITS.items} items.`;
  if (items.some((item) => item.length > SIDE_EFFECT_LIMITS.label)) return `Keep each item to ${SIDE_EFFECT_LIMITS.label} characters.`;
  return sideEffectItemListSchema.safeParse(items).success ? null : 'Each item is listed once.';
}

function SideEffectItemsForm({ saved }: { saved: readonly string[] }) {
  const [text, setText] = useState(saved.join('\n'));
  const update = useUpdateSettings();
  const saving = useSubmit<'items'>();

  const submit = () => {
    const items = itemsFromLines(text);
    if (saving.showProblems({ items: listProblem(items) ?? undefined })) return;
    void saving.run(async () => {
      const settings = await update.mutateAsync({ sideEffectItems: items });
      setText(settings.sideEffectItems.join('\n'));
    });
  };

  return (
    <SubmitForm
      submitLabel="Save the checklist"
      {...saving.formProps}
      onSubmit={submit}
      otherActions={
        <>
          <span role="status" className="saved-note">
            {saving.done ? 'Saved.' : ''}
          </span>
          <ActionButton
            onPress={() => {
              setText(DEFAULT_SIDE_EFFECT_ITEMS.join('\n'));
              saving.markChanged();
            }}
          >
            Back to the defaults
          </ActionButton>
        </>
      }
    >
      <TextAreaField
        label="Items, one a line"
        description="Asked after each dose, in this order. A checklist already recorded keeps its items as they read then."
        maxLength={LIST_TEXT_LIMIT}
        rows={8}
        value={text}
        {...saving.bind('items', saving.tracked(setText))}
      />
    </SubmitForm>
  );
}

/** The clinic's side-effect checklist: the adverse events pick-list until the clinic changes it. */
export function SideEffectItemsSection() {
  const settings = useSettings();
  return (
    <SettingsSection title="Side effects after each dose">
      <QueryView query={settings}>{(saved) => <SideEffectItemsForm saved={saved.sideEffectItems} />}</QueryView>
    </SettingsSection>
  );
}
