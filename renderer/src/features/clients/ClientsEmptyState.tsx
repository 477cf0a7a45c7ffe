import { ActionButton } from '../../ui/ActionButton';

interface ClientsEmptyStateProps {
  query: string;
  archived: boolean;
  onAdd: () => void;
  onClearSearch: () => void;
}

/** Says why the list is empty and offers the one obvious next step. */
export function ClientsEmptyState({ query, archived, onAdd, onClearSearch }: ClientsEmptyStateProps) {
  if (query) {
    return (
      <div className="empty-state">
        <p className="empty-title">
          No {archived ? 'archived ' : ''}clients match “{query}”.
        </p>
        <p>Try fewer letters, or another part of the name.</p>
        <ActionButton onPress={onClearSearch}>Clear search</ActionButton>
      </div>
    );
  }
  if (archived) {
    return (
      <div className="empty-state">
        <p className="empty-title">No archived clients.</p>
        <p>When you archive a client, they move here. You can restore them at any time.</p>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <p className="empty-title">No clients yet.</p>
      <p>Add your first client to start keeping their sessions and notes here.</p>
      <ActionButton variant="primary" onPress={onAdd}>
        Add your first client
      </ActionButton>
    </div>
  );
}
