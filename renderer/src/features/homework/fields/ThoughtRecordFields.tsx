import { ActionButton } from '../../../ui/ActionButton';
import { EMPTY_THOUGHT_RECORD_ROW, type Keyed, type ThoughtRecordRow } from '../homework-draft';
import { HomeworkTextField } from './HomeworkTextField';
import { RowsLimit } from './RowsLimit';
import { ScaleInput } from './ScaleInput';
import { useRows } from './use-rows';

interface ThoughtRecordFieldsProps {
  rows: Keyed<ThoughtRecordRow>[];
  onChange: (rows: Keyed<ThoughtRecordRow>[]) => void;
}

/** One card per situation, in the order a thought record is filled: what happened, what it stirred, the evidence, a balanced view. */
export function ThoughtRecordFields({ rows, onChange }: ThoughtRecordFieldsProps) {
  const { addButtonRef, canAdd, focusesOnMount, add, fieldsOf, remove } = useRows(rows, onChange, EMPTY_THOUGHT_RECORD_ROW);
  return (
    <div className="homework-worksheet">
      {rows.length === 0 ? <p className="hint">No rows yet. Add one per situation the client wants to look at.</p> : null}
      {rows.map((row, index) => {
        const field = fieldsOf(row, `, row ${index + 1}`);
        return (
          <fieldset key={row.key} className="homework-card">
            <legend>Row {index + 1}</legend>
            <div className="homework-card-grid">
              <HomeworkTextField label="Situation" {...field('situation')} autoFocus={focusesOnMount(row.key)} />
              <HomeworkTextField label="Automatic thought" {...field('automaticThought')} />
              <HomeworkTextField label="Emotion" {...field('emotion')} />
              <ScaleInput label="Emotion before (%)" max={100} {...field('emotionBefore')} />
              <HomeworkTextField long label="Evidence for" {...field('evidenceFor')} />
              <HomeworkTextField long label="Evidence against" {...field('evidenceAgainst')} />
              <HomeworkTextField label="Balanced thought" {...field('balancedThought')} />
              <ScaleInput label="Emotion after (%)" max={100} {...field('emotionAfter')} />
            </div>
            <ActionButton variant="quiet" className="homework-remove" onPress={() => remove(row.key)} aria-label={`Remove row ${index + 1}`}>
              Remove row
            </ActionButton>
          </fieldset>
        );
      })}
      <RowsLimit count={rows.length} />
      <ActionButton ref={addButtonRef} variant="quiet" className="homework-add" onPress={add} isDisabled={!canAdd}>
        Add a thought record row
      </ActionButton>
    </div>
  );
}
