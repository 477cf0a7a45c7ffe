import { TIMELINE_TEXT_LIMITS } from '../../../../shared/session/timeline';
import { FormDialog } from '../../ui/FormDialog';
import { TextAreaField } from '../../ui/TextAreaField';
import { useRoomDialog } from './quick-log/use-room-dialog';
import { useCancelSession } from './session-queries';
import { useDraftField } from './quick-log/use-room-dialog-draft';

interface CancelSessionDialogProps {
  sessionId: string;
  onClose: () => void;
}

/** A dose deferred (a high blood pressure, say) ends the session without one: the reason goes into the timeline and the history. */
export function CancelSessionDialog({ sessionId, onClose }: CancelSessionDialogProps) {
  const [reason, setReason] = useDraftField('reason', '');
  const cancelSession = useCancelSession();
  const cancelling = useRoomDialog<'reason'>({ title: 'Cancel session (not dosed)', submitLabel: 'Cancel the session' }, onClose);

  const submit = () => {
    if (cancelling.showProblems({ reason: reason.trim() === '' ? 'Say why the dose was not given, e.g. "BP 172/104, dose deferred".' : undefined })) return;
    cancelling.saveThenClose(() => cancelSession.mutateAsync({ id: sessionId, reason: reason.trim() }));
  };

  return (
    <FormDialog {...cancelling.dialogProps} onSubmit={submit} cancelLabel="Keep the session">
      <p className="hint">The session ends without a dose. It stays in the client’s history as cancelled, with your reason; it cannot be reopened.</p>
      <TextAreaField
        label="Reason"
        description="Why the dose was not given."
        value={reason}
        {...cancelling.bind('reason', setReason)}
        maxLength={TIMELINE_TEXT_LIMITS.cancellationReason}
        rows={3}
        autoFocus
        isRequired
      />
    </FormDialog>
  );
}
