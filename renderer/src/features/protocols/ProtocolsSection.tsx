import { useState } from 'react';
import type { Protocol } from '../../../../shared/contract';
import type { ProtocolDefinition } from '../../../../shared/session/protocol';
import { ROUTE_LABELS } from '../../../../shared/session/routes';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { QueryView } from '../../ui/QueryView';
import { ChangeNotice, type Notice } from '../../ui/ChangeNotice';
import { SettingsSection } from '../../ui/SettingsSection';
import { ProtocolEditorDialog } from './ProtocolEditorDialog';
import { useArchiveProtocol, useProtocols, useRestoreProtocol } from './protocol-queries';
import './protocols.css';

type Editing = { id?: string; definition: ProtocolDefinition } | null;

/** The protocol templates per route: edit, copy into a new one, archive and restore. */
export function ProtocolsSection() {
  const protocols = useProtocols({ includeArchived: true });
  const archive = useArchiveProtocol();
  const restore = useRestoreProtocol();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const setArchived = (protocol: Protocol, archived: boolean) =>
    (archived ? archive : restore).mutate(protocol.id, {
      onSuccess: () =>
        setNotice({
          text: archived ? `Archived ${protocol.definition.name}. It is no longer offered when planning.` : `Restored ${protocol.definition.name}.`,
          undo: () => setArchived(protocol, !archived),
        }),
      onError: (error) => setNotice({ text: describeError(error) }),
    });

  return (
    <SettingsSection title="Session protocols">
      <p>
        Each protocol sets a route's phases, cues and checklists. The defaults come from published sources, named in each. A session keeps a copy of the
        protocol it was planned with, so editing a template never changes past sessions.
      </p>
      <ChangeNotice notice={notice} onDismiss={() => setNotice(null)} />
      <QueryView query={protocols}>
        {(list) => (
          <ul className="protocol-list" aria-label="Protocols">
            {list.map((protocol) => {
              const { name } = protocol.definition;
              const archived = protocol.archivedAt !== null;
              return (
                <li key={protocol.id} className="protocol-item" data-archived={archived || undefined}>
                  <span className="protocol-text">
                    <span className="protocol-name">{name}</span>
                    <span className="protocol-details">
                      {ROUTE_LABELS[protocol.route]}
                      {protocol.isDefault ? ' · default' : ''}
                      {archived ? ' · archived' : ''}
                    </span>
                  </span>
                  <span className="row-actions">
                    {archived ? null : (
                      <ActionButton
                        variant="quiet"
                        onPress={() => setEditing({ id: protocol.id, definition: protocol.definition })}
                        aria-label={`Edit ${name}`}
                      >
                        Edit
                      </ActionButton>
                    )}
                    <ActionButton
                      variant="quiet"
                      onPress={() => setEditing({ definition: { ...protocol.definition, name: `${name} (copy)` } })}
                      aria-label={`Copy ${name} into a new protocol`}
                    >
                      Copy
                    </ActionButton>
                    <ActionButton variant="quiet" onPress={() => setArchived(protocol, !archived)} aria-label={`${archived ? 'Restore' : 'Archive'} ${name}`}>
                      {archived ? 'Restore' : 'Archive'}
                    </ActionButton>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </QueryView>
      {editing ? (
        <ProtocolEditorDialog
          id={editing.id}
          definition={editing.definition}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setEditing(null);
            setNotice({ text: `Saved ${name}.` });
          }}
        />
      ) : null}
    </SettingsSection>
  );
}
