import type { CaseloadFacts, Client } from '../../../../shared/contract';
import { useFocusKeptVirtualizer } from '../../ui/use-focus-kept-virtualizer';
import { ClientRow } from './ClientRow';
import '../../styles/virtual-list.css';

/** Fixed height keeps a thousand rows cheap: no measuring, positions are index * height. */
const ROW_HEIGHT = 92;

interface ClientListProps {
  clients: Client[];
  /** Where each client stands, by id (absent while it loads, or for a client with nothing to show). */
  facts: ReadonlyMap<string, CaseloadFacts> | undefined;
  label: string;
  onOpen: (client: Client) => void;
  onEdit: (client: Client) => void;
  onArchive: (client: Client) => void;
  onRestore: (client: Client) => void;
}

/** A virtualised list (see useFocusKeptVirtualizer); aria-setsize/posinset still give the full count. */
export function ClientList({ clients, facts, label, onOpen, onEdit, onArchive, onRestore }: ClientListProps) {
  const { scrollRef, virtualizer, focusHandlers } = useFocusKeptVirtualizer({
    count: clients.length,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => clients[index]?.id ?? index,
    rememberAs: 'Clients',
  });

  return (
    <div ref={scrollRef} className="virtual-list-scroll client-list-scroll" {...focusHandlers}>
      <div role="list" aria-label={label} className="virtual-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const client = clients[item.index];
          if (!client) return null;
          return (
            <ClientRow
              key={item.key}
              client={client}
              facts={facts?.get(client.id)}
              index={item.index}
              setSize={clients.length}
              style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              onOpen={onOpen}
              onEdit={onEdit}
              onArchive={onArchive}
              onRestore={onRestore}
            />
          );
        })}
      </div>
    </div>
  );
}
