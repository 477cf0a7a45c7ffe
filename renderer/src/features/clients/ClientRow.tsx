import type { CSSProperties } from 'react';
import type { CaseloadFacts, Client } from '../../../../shared/contract';
import { ActionButton } from '../../ui/ActionButton';
import { caseloadLine, clientDetails } from './describe-client';

interface ClientRowProps {
  client: Client;
  facts: CaseloadFacts | undefined;
  index: number;
  setSize: number;
  style: CSSProperties;
  onOpen: (client: Client) => void;
  onEdit: (client: Client) => void;
  onArchive: (client: Client) => void;
  onRestore: (client: Client) => void;
}

/** One client in the list. Buttons carry the client's name, so "Edit" is never ambiguous to a screen reader. */
export function ClientRow({ client, facts, index, setSize, style, onOpen, onEdit, onArchive, onRestore }: ClientRowProps) {
  const details = clientDetails(client);
  const standing = caseloadLine(facts);
  const archived = client.archivedAt !== null;
  return (
    <div role="listitem" aria-posinset={index + 1} aria-setsize={setSize} data-index={index} className="virtual-row" style={style}>
      <div className="client-text">
        <span className="client-name" title={client.displayName}>
          {client.displayName}
        </span>
        {details.length > 0 ? <span className="client-details">{details.join(' · ')}</span> : null}
        {standing ? <span className="client-details client-standing">{standing}</span> : null}
      </div>
      <div className="row-actions">
        <ActionButton variant="quiet" aria-label={`Open ${client.displayName}`} onPress={() => onOpen(client)}>
          Open
        </ActionButton>
        <ActionButton variant="quiet" aria-label={`Edit ${client.displayName}`} onPress={() => onEdit(client)}>
          Edit
        </ActionButton>
        {archived ? (
          <ActionButton variant="quiet" aria-label={`Restore ${client.displayName}`} onPress={() => onRestore(client)}>
            Restore
          </ActionButton>
        ) : (
          <ActionButton variant="quiet" aria-label={`Archive ${client.displayName}`} onPress={() => onArchive(client)}>
            Archive
          </ActionButton>
        )}
      </div>
    </div>
  );
}
