import { ActionButton } from '../../../ui/ActionButton';
import { EMPTY_EXPOSURE_STEP, isSortedBySuds, sortStepsBySuds, type ExposureStep, type Keyed } from '../homework-draft';
import { ColumnHeadings } from './ColumnHeadings';
import { DoneCheckbox } from './DoneCheckbox';
import { HomeworkTextField } from './HomeworkTextField';
import { RowsLimit } from './RowsLimit';
import { ScaleInput } from './ScaleInput';
import { useRows } from './use-rows';

interface ExposureHierarchyFieldsProps {
  steps: Keyed<ExposureStep>[];
  onChange: (steps: Keyed<ExposureStep>[]) => void;
}

/**
 * Steps of a hierarchy with their distress (SUDS 0-100). Sorting is an action, not automatic:
 * steps jumping about while a rating is typed would move the field being typed in.
 */
export function ExposureHierarchyFields({ steps, onChange }: ExposureHierarchyFieldsProps) {
  const { addButtonRef, canAdd, focusesOnMount, add, fieldsOf, remove } = useRows(steps, onChange, EMPTY_EXPOSURE_STEP);
  const sorted = isSortedBySuds(steps);
  return (
    <div className="homework-worksheet">
      {steps.length > 0 ? (
        <div className="homework-rows homework-rows-steps">
          <ColumnHeadings names={['Situation', 'SUDS 0–100', 'Done']} />
          {steps.map((step, index) => {
            const field = fieldsOf(step, `, step ${index + 1}`);
            return (
              <div key={step.key} className="homework-row">
                <HomeworkTextField labelHidden label="Situation" {...field('situation')} autoFocus={focusesOnMount(step.key)} />
                <ScaleInput labelHidden label="SUDS" max={100} {...field('suds')} />
                <DoneCheckbox {...field('done')} />
                <ActionButton variant="quiet" onPress={() => remove(step.key)} aria-label={`Remove step ${index + 1}`}>
                  Remove
                </ActionButton>
              </div>
            );
          })}
        </div>
      ) : (
        <p className="hint">No steps yet. List the situations the client avoids, each with how distressing it feels.</p>
      )}
      <RowsLimit count={steps.length} />
      <div className="homework-worksheet-actions">
        <ActionButton ref={addButtonRef} variant="quiet" onPress={add} isDisabled={!canAdd}>
          Add a step
        </ActionButton>
        {steps.length > 1 ? (
          <>
            <ActionButton variant="quiet" onPress={() => onChange(sortStepsBySuds(steps))} isDisabled={sorted}>
              Sort by SUDS
            </ActionButton>
            <span className="hint">{sorted ? 'Ranked from the least distressing step up.' : 'Not in SUDS order yet.'}</span>
          </>
        ) : null}
      </div>
    </div>
  );
}
