import { CheckboxGroup, Label, Text } from '../../ui/aria-primitives';
import type { SearchKind } from '../../../../shared/contract';
import { SEARCH_KIND_CHOICES } from './search-input';
import { CheckboxOption } from '../../ui/ChoiceControls';

interface KindFilterProps {
  kinds: readonly SearchKind[];
  onChange: (kinds: SearchKind[]) => void;
}

/** Narrows the search to some kinds of note, or to homework. */
export function KindFilter({ kinds, onChange }: KindFilterProps) {
  return (
    <CheckboxGroup value={[...kinds]} onChange={(values) => onChange(values as SearchKind[])} className="field search-kind-filter">
      <Label className="field-label">Kind</Label>
      <div className="search-kind-options">
        {SEARCH_KIND_CHOICES.map(({ kind, label }) => (
          <CheckboxOption key={kind} value={kind}>
            {label}
          </CheckboxOption>
        ))}
      </div>
      <Text slot="description" className="field-description">
        With none ticked, every kind is searched.
      </Text>
    </CheckboxGroup>
  );
}
