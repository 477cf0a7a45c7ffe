import { Button, Input, Label, SearchField } from 'react-aria-components';
import { FIELD_LIMITS } from '../../../shared/contract';

interface SearchInputFieldProps {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}

/**
 * A search box with its magnifier and a clear button (Escape clears too); it takes the focus when
 * shown. It holds no more than main accepts for a search, so a long paste is cut there instead of
 * being refused after it was sent.
 */
export function SearchInputField({ label, placeholder, value, onChange }: SearchInputFieldProps) {
  return (
    <SearchField value={value} onChange={onChange} maxLength={FIELD_LIMITS.search} className="field search-field" autoFocus>
      <Label className="field-label">{label}</Label>
      <div className="search-row">
        <span className="search-icon" aria-hidden="true" />
        <Input className="field-input search-input" placeholder={placeholder} />
        {value ? (
          <Button className="search-clear" aria-label="Clear search">
            ×
          </Button>
        ) : null}
      </div>
    </SearchField>
  );
}
