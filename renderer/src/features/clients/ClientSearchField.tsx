import { Button, Input, Label, SearchField } from 'react-aria-components';

interface ClientSearchFieldProps {
  value: string;
  onChange(value: string): void;
}

export function ClientSearchField({ value, onChange }: ClientSearchFieldProps) {
  return (
    <SearchField value={value} onChange={onChange} className="field search-field" autoFocus>
      <Label className="field-label">Find a client</Label>
      <div className="search-row">
        <span className="search-icon" aria-hidden="true" />
        <Input className="field-input search-input" placeholder="Type part of a name" />
        {value ? (
          <Button className="search-clear" aria-label="Clear search">
            ×
          </Button>
        ) : null}
      </div>
    </SearchField>
  );
}
