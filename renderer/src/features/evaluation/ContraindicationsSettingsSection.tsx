import { DEFAULT_CONTRAINDICATIONS, newContraindicationId } from '../../../../shared/evaluation/contraindications';
import { EVALUATION_LIMITS } from '../../../../shared/evaluation/evaluation-types';
import { LabelListForm, type LabelRow } from '../../ui/LabelListForm';
import { QueryView } from '../../ui/QueryView';
import { SettingsSection } from '../../ui/SettingsSection';
import { useSettings, useUpdateSettings } from '../settings';

/** An item's id is its key: evaluations answer items by id, so it stays with the item through edits. */
const asRows = (items: readonly { id: string; label: string }[]): LabelRow[] => items.map(({ id, label }) => ({ key: id, label }));

const LIMITS = { items: EVALUATION_LIMITS.contraindications, label: EVALUATION_LIMITS.contraindicationLabel, minItems: 0 };

/** The contraindications checklist a new evaluation asks. Editing it never changes an evaluation already recorded. */
export function ContraindicationsSettingsSection() {
  const settings = useSettings();
  const update = useUpdateSettings();
  return (
    <SettingsSection title="Evaluation checklist">
      <p>
        The contraindications a new evaluation asks, each answered present, absent or not asked. The defaults are the Spravato label&apos;s contraindications
        and screening items common in KAP practice (see the clinical notes). Evaluations already recorded keep the items as they were asked.
      </p>
      <QueryView query={settings}>
        {(saved) => (
          <LabelListForm
            saved={asRows(saved.contraindications)}
            defaults={asRows(DEFAULT_CONTRAINDICATIONS)}
            itemName="Contraindication"
            limits={LIMITS}
            newKey={(rows) => newContraindicationId(rows.map((row) => row.key))}
            sameItem={(a, b) => a.toLocaleLowerCase() === b.toLocaleLowerCase()}
            submitLabel="Save checklist"
            save={async (rows) =>
              asRows((await update.mutateAsync({ contraindications: rows.map(({ key, label }) => ({ id: key, label })) })).contraindications)
            }
          />
        )}
      </QueryView>
    </SettingsSection>
  );
}
