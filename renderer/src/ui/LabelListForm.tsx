import { useRef, useState } from 'react';
import { FieldError, Input, TextField } from './aria-primitives';
import { ActionButton } from './ActionButton';
import { RowLabel } from './RowLabel';
import { SubmitForm } from './SubmitForm';
import { useSubmit } from './use-submit';

/** One item of a clinic's list of labels; the key stays with it through edits (an id the records use, or a key for the screen). */
export interface LabelRow {
  key: string;
  label: string;
}

export interface LabelListFormProps {
  saved: readonly LabelRow[];
  defaults: readonly LabelRow[];
  /** What one item is called, for its field ("Contraindication 3") and its button ("Remove contraindication 3"). */
  itemName: string;
  limits: { items: number; label: number; minItems: number };
  /** A key no row has yet, for an added item. */
  newKey: (rows: readonly LabelRow[]) => string;
  /** Whether two labels name the same item; the later one is refused. */
  sameItem: (a: string, b: string) => boolean;
  submitLabel: string;
  /** Saves the trimmed rows; answers them as stored, to show. */
  save: (rows: LabelRow[]) => Promise<readonly LabelRow[]>;
}

const rowField = (index: number) => `item-${index}`;

/**
 * Edits a clinic's list of labels one row an item: add (the new row takes the focus), remove (the
 * focus goes to "Add an item"), back to the defaults, and save. An empty or repeated item is said
 * on its own row. Records already made keep the items as they read then; this edits only the list.
 */
export function LabelListForm({ saved, defaults, itemName, limits, newKey, sameItem, submitLabel, save }: LabelListFormProps) {
  const [rows, setRows] = useState<LabelRow[]>([...saved]);
  const [added, setAdded] = useState<string | null>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const saving = useSubmit<string>();
  const change = (next: LabelRow[]) => {
    setRows(next);
    saving.markChanged();
  };
  const add = () => {
    const key = newKey(rows);
    setAdded(key);
    change([...rows, { key, label: '' }]);
  };
  const remove = (index: number) => {
    change(rows.filter((_, i) => i !== index));
    addButtonRef.current?.focus();
  };
  const submit = () => {
    const trimmed = rows.map((row) => ({ ...row, label: row.label.trim() }));
    const problems = trimmed.map(({ label }, index) => {
      if (!label) return 'Enter the item, or remove it.';
      if (trimmed.slice(0, index).some((earlier) => sameItem(earlier.label, label))) return 'This item is already in the list.';
      return undefined;
    });
    if (saving.showProblems(Object.fromEntries(problems.map((problem, index) => [rowField(index), problem])))) {
      inputs.current[problems.findIndex(Boolean)]?.focus();
      return;
    }
    void saving.run(async () => setRows([...(await save(trimmed))]));
  };
  const name = itemName.toLowerCase();

  return (
    <SubmitForm
      submitLabel={submitLabel}
      {...saving.formProps}
      onSubmit={submit}
      otherActions={
        <>
          <span role="status" className="saved-note">
            {saving.done ? 'Saved.' : ''}
          </span>
          <ActionButton onPress={() => change([...defaults])}>Back to the defaults</ActionButton>
        </>
      }
    >
      <ol className="label-list">
        {rows.map((row, index) => (
          <li key={row.key} className="label-list-row">
            <TextField
              name={rowField(index)}
              value={row.label}
              onChange={(label) => {
                change(rows.map((other, i) => (i === index ? { ...other, label } : other)));
                saving.clearFieldError(rowField(index));
              }}
              maxLength={limits.label}
              className="field"
              autoFocus={row.key === added}
            >
              <RowLabel label={`${itemName} ${index + 1}`} hidden />
              <Input
                ref={(input) => {
                  inputs.current[index] = input;
                }}
                className="field-input"
                autoComplete="off"
              />
              <FieldError className="field-error" />
            </TextField>
            <ActionButton variant="quiet" onPress={() => remove(index)} aria-label={`Remove ${name} ${index + 1}`} isDisabled={rows.length <= limits.minItems}>
              Remove
            </ActionButton>
          </li>
        ))}
      </ol>
      <ActionButton ref={addButtonRef} variant="quiet" className="label-list-add" onPress={add} isDisabled={rows.length >= limits.items}>
        Add an item
      </ActionButton>
    </SubmitForm>
  );
}

/** A key for the screen only, for lists whose items are their labels: the first `prefix-N` no row has. */
export function nextRowKey(prefix: string, rows: readonly LabelRow[]): string {
  const taken = new Set(rows.map((row) => row.key));
  let n = rows.length;
  while (taken.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}
