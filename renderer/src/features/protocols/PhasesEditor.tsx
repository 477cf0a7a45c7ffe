import { NumberField } from '../../ui/NumberField';
import { PHASE_NAMES, type PhaseRow } from './protocol-draft';
import { RowTextInput } from './RowTextInput';
import { PROTOCOL_TEXT_LIMITS } from '../../../../shared/session/protocol';
import { CheckboxOption } from '../../ui/ChoiceControls';

/** The five phases in their fixed order: whether the protocol uses each, its label, and its start in minutes after the dose. */
export function PhasesEditor({ rows, onChange }: { rows: PhaseRow[]; onChange: (rows: PhaseRow[]) => void }) {
  const update = (index: number, change: Partial<PhaseRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <fieldset className="editor-group">
      <legend>Phases</legend>
      <p className="hint">Minutes after the dose (T0). The first phase used starts at 0; each later one starts after the one before.</p>
      <div className="editor-rows editor-rows-phases">
        <span aria-hidden="true" className="editor-heading">
          Used
        </span>
        <span aria-hidden="true" className="editor-heading">
          Label
        </span>
        <span aria-hidden="true" className="editor-heading">
          Starts at minute
        </span>
        {rows.map((row, index) => (
          <div key={row.key} className="editor-row">
            <CheckboxOption isSelected={row.used} onChange={(used) => update(index, { used })}>
              {PHASE_NAMES[row.key]}
            </CheckboxOption>
            <RowTextInput
              label={`${PHASE_NAMES[row.key]}: label`}
              value={row.label}
              onChange={(label) => update(index, { label })}
              maxLength={PROTOCOL_TEXT_LIMITS.label}
            />
            <NumberField
              label={`${PHASE_NAMES[row.key]}: starts at minute`}
              labelHidden
              value={row.startsAtMinute}
              onChange={(startsAtMinute) => update(index, { startsAtMinute })}
              decimals={0}
              isDisabled={!row.used}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
