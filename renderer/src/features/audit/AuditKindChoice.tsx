import { AUDIT_KIND_LABELS, AUDIT_KINDS, type AuditKind } from '../../../../shared/contract';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from '../../ui/aria-primitives';

const ALL_KINDS = 'all';

/** One kind of entry, or all of them. */
export function AuditKindChoice({ value, onChange }: { value: AuditKind | null; onChange: (kind: AuditKind | null) => void }) {
  return (
    <Select value={value ?? ALL_KINDS} onChange={(key) => onChange(key === ALL_KINDS ? null : (key as AuditKind))} className="field">
      <Label className="field-label">Kind</Label>
      <Button className="field-input select-button">
        <SelectValue />
        <span className="select-chevron" aria-hidden="true" />
      </Button>
      <Popover className="select-popover">
        <ListBox className="select-list">
          <ListBoxItem id={ALL_KINDS} className="select-option">
            All kinds
          </ListBoxItem>
          {AUDIT_KINDS.map((kind) => (
            <ListBoxItem key={kind} id={kind} className="select-option">
              {AUDIT_KIND_LABELS[kind]}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
