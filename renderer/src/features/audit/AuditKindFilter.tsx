import type { AuditKind } from '../../../../shared/contract';
import { CheckboxGroup, Label, Text } from '../../ui/aria-primitives';
import { CheckboxOption } from '../../ui/ChoiceControls';

/** The kinds in the groups a therapist or an auditor asks about; each box filters to every kind of its group. */
export const AUDIT_KIND_GROUPS: readonly { id: string; label: string; kinds: readonly AuditKind[] }[] = [
  { id: 'access', label: 'Unlocks and locks', kinds: ['unlock', 'unlock-failed', 'lock'] },
  { id: 'signatures', label: 'Signatures', kinds: ['note-signed', 'addendum-signed'] },
  { id: 'exports', label: 'Exports', kinds: ['record-exported', 'document-exported', 'audit-exported'] },
  { id: 'backups', label: 'Backups', kinds: ['backup-made', 'backup-restored'] },
  { id: 'keys', label: 'Keys and secrets', kinds: ['vault-created', 'passphrase-changed', 'recovery-code-changed', 'key-rotated', 'key-file-adopted'] },
  { id: 'settings', label: 'Settings', kinds: ['settings-changed'] },
  { id: 'handover', label: 'Hand-over', kinds: ['handover-started', 'handover-ended', 'handover-pin-refused', 'handover-pin-changed'] },
  { id: 'checks', label: 'Checks', kinds: ['records-checked', 'audit-pruned'] },
];

/** The kinds of the ticked groups; none ticked is every kind. */
export function kindsOfGroups(groupIds: readonly string[]): AuditKind[] {
  return AUDIT_KIND_GROUPS.filter((group) => groupIds.includes(group.id)).flatMap((group) => group.kinds);
}

export function AuditKindFilter({ groupIds, onChange }: { groupIds: readonly string[]; onChange: (groupIds: string[]) => void }) {
  return (
    <CheckboxGroup value={[...groupIds]} onChange={onChange} className="field audit-kind-filter">
      <Label className="field-label">Kind</Label>
      <div className="audit-kind-options">
        {AUDIT_KIND_GROUPS.map((group) => (
          <CheckboxOption key={group.id} value={group.id}>
            {group.label}
          </CheckboxOption>
        ))}
      </div>
      <Text slot="description" className="field-description">
        With none ticked, every kind is shown.
      </Text>
    </CheckboxGroup>
  );
}
