import { DEFAULT_SIDE_EFFECT_ITEMS, SIDE_EFFECT_LIMITS, sameSideEffect } from '../../../../shared/side-effects/side-effect-items';
import { LabelListForm, type LabelRow, nextRowKey } from '../../ui/LabelListForm';
import { QueryView } from '../../ui/QueryView';
import { SettingsSection } from '../../ui/SettingsSection';
import { useSettings, useUpdateSettings } from '../settings';

/** Items are their labels; the keys are for the screen only. */
const asRows = (labels: readonly string[]): LabelRow[] => labels.map((label, index) => ({ key: `side-effect-${index}`, label }));

const LIMITS = { items: SIDE_EFFECT_LIMITS.items, label: SIDE_EFFECT_LIMITS.label, minItems: 1 };

/** The clinic's side-effect checklist: the adverse events pick-list until the clinic changes it. */
export function SideEffectItemsSection() {
  const settings = useSettings();
  const update = useUpdateSettings();
  return (
    <SettingsSection title="Side effects after each dose">
      <p>Asked after each dose, in this order. A checklist already recorded keeps its items as they read then.</p>
      <QueryView query={settings}>
        {(saved) => (
          <LabelListForm
            saved={asRows(saved.sideEffectItems)}
            defaults={asRows(DEFAULT_SIDE_EFFECT_ITEMS)}
            itemName="Side effect"
            limits={LIMITS}
            newKey={(rows) => nextRowKey('side-effect', rows)}
            sameItem={sameSideEffect}
            submitLabel="Save the checklist"
            save={async (rows) => asRows((await update.mutateAsync({ sideEffectItems: rows.map((row) => row.label) })).sideEffectItems)}
          />
        )}
      </QueryView>
    </SettingsSection>
  );
}
