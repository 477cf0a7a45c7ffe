import { Button, Input, Label, SearchField, Text } from 'react-aria-components';
import { FIELD_LIMITS } from '../../../shared/contract';
import { usePasteOverflow } from './use-paste-overflow';

interface SearchInputFieldProps {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}

/**
 * A search box with its magnifier and a clear button (Escape clears too); it takes the focus when
 * shown. It holds no more than main accepts for a search: a long paste is cut there, and it says
 * how much did not fit, instead of being refused after it was sent.
 */
export function SearchInputField({ label, placeholder, value, onChange }: SearchInputFieldProps) {
  const overflow = usePasteOverflow(FIELD_LIMITS.search, value.length);
  return (
    <SearchField value={value} onChange={onChange} maxLength={FIELD_LIMITS.search} className="field search-field" autoFocus>
      <Label className="field-label">{label}</Label>
      <div className="search-row">
        <span className="search-icon" aria-hidden="true" />
        <Input className="field-input search-input" placeholder={placeholder} onPaste={overflow.onPaste} />
        {value ? (
          <Button className="search-clear" aria-label="Clear search">
            ×
          </Button>
        ) : null}
      </div>
      {/* Always there (empty until a paste is cut), so the input stays described by it. */}
      <Text slot="description" className="field-description field-limit-notice">
        {overflow.notice}
      </Text>
    </SearchField>
  );
}
