import { ConfirmDialog } from '../../ui/ConfirmDialog';

interface SignAddendumDialogProps {
  text: string;
  busy: boolean;
  onSign: () => void;
  onClose: () => void;
}

/** An addendum is signed the moment it is added: the therapist reads exactly what will be signed first. */
export function SignAddendumDialog({ text, busy, onSign, onClose }: SignAddendumDialogProps) {
  return (
    <ConfirmDialog title="Sign this addendum?" keepLabel="Keep editing" confirmLabel="Sign and add" busy={busy} onConfirm={onSign} onClose={onClose}>
      <p>It goes beneath the note, signed with your name and the time, and cannot be changed or removed afterwards.</p>
      <blockquote className="addendum-text addendum-preview">{text}</blockquote>
    </ConfirmDialog>
  );
}
