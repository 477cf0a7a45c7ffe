import { ToggleButton, ToggleButtonGroup, type Key } from '../../ui/aria-primitives';

interface ListChooserProps {
  archived: boolean;
  onChange: (archived: boolean) => void;
}

/** Active or archived clients: a two-way switch that never ends up with neither chosen. */
export function ListChooser({ archived, onChange }: ListChooserProps) {
  const onSelectionChange = (keys: Set<Key>) => {
    const [key] = keys;
    if (key !== undefined) onChange(key === 'archived');
  };
  return (
    <ToggleButtonGroup
      aria-label="Which clients"
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[archived ? 'archived' : 'active']}
      onSelectionChange={onSelectionChange}
      className="segmented"
    >
      <ToggleButton id="active" className="segment">
        Active
      </ToggleButton>
      <ToggleButton id="archived" className="segment">
        Archived
      </ToggleButton>
    </ToggleButtonGroup>
  );
}
