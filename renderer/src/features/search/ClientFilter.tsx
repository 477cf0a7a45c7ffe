import { useState } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text, type Key } from '../../ui/aria-primitives';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { useClientList } from '../clients';

const ALL_CLIENTS = { id: 'all', name: 'All clients' } as const;
/** A vault can hold a thousand clients: the list shows this many, and typing finds the rest. */
const SHOWN = 50;

interface ClientFilterProps {
  /** Null for every client. */
  clientId: string | null;
  onChange: (clientId: string | null) => void;
}

/** Narrows the search to one client. Typing asks main for matching names rather than filtering a long list here. */
export function ClientFilter({ clientId, onChange }: ClientFilterProps) {
  const [chosenName, setChosenName] = useState<string>(ALL_CLIENTS.name);
  const [inputValue, setInputValue] = useState<string>(ALL_CLIENTS.name);
  const [shownClientId, setShownClientId] = useState(clientId);
  // The page can clear the filter itself ("search every client"): the field follows.
  if (shownClientId !== clientId) {
    setShownClientId(clientId);
    if (clientId === null) {
      setChosenName(ALL_CLIENTS.name);
      setInputValue(ALL_CLIENTS.name);
    }
  }
  // The chosen client's name in the field is not a search for that name.
  const typed = inputValue === chosenName ? '' : inputValue.trim();
  const clients = useClientList({ query: useDebouncedValue(typed, 150), archived: false });
  const items = [ALL_CLIENTS, ...(clients.data ?? []).slice(0, SHOWN).map((client) => ({ id: client.id, name: client.displayName }))];

  const choose = (key: Key | null) => {
    const id = key === null || key === ALL_CLIENTS.id ? null : String(key);
    // The chosen client may have been filtered out of the list by typing since; its name is kept.
    const name = id === null ? ALL_CLIENTS.name : (items.find((item) => item.id === id)?.name ?? chosenName);
    setChosenName(name);
    setInputValue(name);
    onChange(id);
  };

  return (
    <ComboBox
      items={items}
      value={clientId ?? ALL_CLIENTS.id}
      onChange={choose}
      inputValue={inputValue}
      onInputChange={setInputValue}
      className="field search-client-filter"
    >
      <Label className="field-label">Client</Label>
      <div className="combo-row">
        <Input className="field-input combo-input" />
        <Button className="combo-button">
          <span className="select-chevron" aria-hidden="true" />
        </Button>
      </div>
      <Text slot="description" className="field-description">
        Type part of a name.
      </Text>
      <Popover className="select-popover combo-popover">
        <ListBox className="select-list">
          {(item: (typeof items)[number]) => (
            <ListBoxItem id={item.id} textValue={item.name} className="select-option">
              {item.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
