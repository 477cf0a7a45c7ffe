import { useState } from 'react';
import type { Client } from '../../../../shared/contract';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { PageHeader } from '../../ui/PageHeader';
import { QueryView } from '../../ui/QueryView';
import { SearchInputField } from '../../ui/SearchInputField';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { ClientFormDialog } from './ClientFormDialog';
import { ClientList } from './ClientList';
import { useArchiveClient, useCaseloadFacts, useClientList, useRestoreClient } from './client-queries';
import { ClientsEmptyState } from './ClientsEmptyState';
import { ListChooser } from './ListChooser';
import { TodayPanel } from '../today';
import { ChangeNotice, type Notice } from '../../ui/ChangeNotice';
import '../../styles/clients.css';
import { useNavigation } from '../../navigation/navigation';

/** Which dialog is open: none, a new client, or an existing one. */
type Editing = { client: Client | null } | null;

function countText(count: number, archived: boolean, query: string): string {
  const noun = `${archived ? 'archived ' : ''}${count === 1 ? 'client' : 'clients'}`;
  return query ? `${count} ${noun} found` : `${count} ${noun}`;
}

export function ClientsPage() {
  const { openClient, openOutcomes } = useNavigation();
  const [search, setSearch] = useState('');
  const [archived, setArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const query = useDebouncedValue(search.trim(), 150);
  const list = useClientList({ query, archived });
  const caseload = useCaseloadFacts();
  const archiveClient = useArchiveClient();
  const restoreClient = useRestoreClient();

  const archive = (client: Client) =>
    archiveClient.mutate(client.id, {
      onSuccess: () => setNotice({ text: `Archived ${client.displayName}.`, undo: () => restore(client) }),
      onError: (error) => setNotice({ text: describeError(error) }),
    });

  const restore = (client: Client) =>
    restoreClient.mutate(client.id, {
      onSuccess: () => setNotice({ text: `Restored ${client.displayName} to the active list.`, undo: () => archive(client) }),
      onError: (error) => setNotice({ text: describeError(error) }),
    });

  const onSaved = (saved: Client) => {
    setNotice({ text: editing?.client ? `Saved changes to ${saved.displayName}.` : `Added ${saved.displayName}.` });
    setEditing(null);
  };

  const clients = list.data ?? [];

  return (
    <div className="clients-page">
      <PageHeader title="Clients">
        <div className="clients-page-actions">
          <ActionButton onPress={openOutcomes}>Outcomes</ActionButton>
          <ActionButton variant="primary" onPress={() => setEditing({ client: null })}>
            Add client
          </ActionButton>
        </div>
      </PageHeader>

      <TodayPanel />

      <div className="toolbar">
        <SearchInputField label="Find a client" placeholder="Type part of a name" value={search} onChange={setSearch} />
        <ListChooser archived={archived} onChange={setArchived} />
      </div>

      <ChangeNotice notice={notice} onDismiss={() => setNotice(null)} />

      <p className="result-count" role="status">
        {list.data ? countText(clients.length, archived, query) : ''}
      </p>

      <QueryView query={list} loading="Loading clients…" retry>
        {() =>
          clients.length === 0 ? (
            <ClientsEmptyState query={query} archived={archived} onAdd={() => setEditing({ client: null })} onClearSearch={() => setSearch('')} />
          ) : (
            <ClientList
              clients={clients}
              facts={archived ? undefined : caseload.data}
              label={archived ? 'Archived clients' : 'Active clients'}
              onOpen={(client) => openClient(client.id)}
              onEdit={(client) => setEditing({ client })}
              onArchive={archive}
              onRestore={restore}
            />
          )
        }
      </QueryView>

      {editing ? <ClientFormDialog client={editing.client} onClose={() => setEditing(null)} onSaved={onSaved} /> : null}
    </div>
  );
}
