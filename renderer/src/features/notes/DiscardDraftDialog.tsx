import { ConfirmDialog } from '../../ui/ConfirmDialog';

interface DiscardDraftDialogProps {
  busy: boolean;
  onDiscard: () => void;
  onClose: () => void;
}

/** Discarding cannot be undone, so it asks first; Cancel has the focus. */
export function DiscardDraftDialog({ busy, onDiscard, onClose }: DiscardDraftDialogProps) {
  return (
    <ConfirmDialog title="Discard this draft?" keepLabel="Keep the draft" confirmLabel="Discard draft" busy={busy} onConfirm={onDiscard} onClose={onClose}>
      <p>The draft and its earlier versions will be removed. This cannot be undone. Signed notes can never be discarded.</p>
    </ConfirmDialog>
  );
}
