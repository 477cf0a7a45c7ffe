import { useRef, useState } from 'react';
import { HOMEWORK_LIMITS } from '../../../../../shared/homework/homework-types';
import { newRowKey, type Keyed } from '../homework-draft';

/**
 * Adding, changing and removing a worksheet's rows. A new row's first field takes focus; after a
 * removal focus goes to the add button, so a keyboard user is never dropped onto the page.
 */
export function useRows<Row extends object>(rows: Keyed<Row>[], onChange: (rows: Keyed<Row>[]) => void, empty: Row) {
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const canAdd = rows.length < HOMEWORK_LIMITS.rows;
  const update = (key: string, change: Partial<Row>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return {
    addButtonRef,
    canAdd,
    /** True for the field that should take focus: the first one of a row just added. */
    focusesOnMount: (key: string) => key === addedKey,
    add: () => {
      const row = { ...empty, key: newRowKey() };
      setAddedKey(row.key);
      onChange([...rows, row]);
    },
    update,
    /** One row's fields, each bound by its column's name: `{...fieldsOf(row, ', row 2')('situation')}` gives its value, change and label suffix. */
    fieldsOf:
      (row: Keyed<Row>, labelSuffix: string) =>
      <Name extends keyof Row>(name: Name) => ({
        labelSuffix,
        value: row[name],
        onChange: (value: Row[Name]) => update(row.key, { [name]: value } as unknown as Partial<Row>),
      }),
    remove: (key: string) => {
      onChange(rows.filter((row) => row.key !== key));
      addButtonRef.current?.focus();
    },
  };
}
