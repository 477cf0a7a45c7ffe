import { useState } from 'react';
import { SESSION_TEXT_LIMITS } from '../../../../../shared/contract';
import { FormDialog } from '../../../ui/FormDialog';
import { TextInputField } from '../../../ui/TextInputField';
import { useSubmit } from '../../../ui/use-submit';

interface WithdrawDialogProps {
  /** The entry as the timeline shows it, so the therapist sees what they are withdrawing. */
  summary: string;
  onWithdraw: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

/** Withdrawing keeps the entry in the record, marked withdrawn with the reason; nothing is deleted. */
export function WithdrawDialog({ summary, onWithdraw, onClose }: WithdrawDialogProps) {
  const [reason, setReason] = useState('');
  const withdrawing = useSubmit<'reason'>();

  const submit = () => {
    if (withdrawing.showProblems({ reason: reason.trim() === '' ? 'Say why, e.g. "entered for the wrong session".' : undefined })) return;
    void withdrawing.run(async () => {
      await onWithdraw(reason.trim());
      onClose();
    });
  };

  return (
    <FormDialog
      title="Withdraw entry"
      submitLabel="Withdraw entry"
      busy={withdrawing.busy}
      error={withdrawing.error}
      validationErrors={withdrawing.fieldErrors}
      onSubmit={submit}
      onClose={onClose}
      isDismissable
    >
      <p className="withdraw-summary">{summary}</p>
      <p className="hint">It stays in the history, marked withdrawn with your reason.</p>
      <TextInputField
        label="Reason"
        value={reason}
        {...withdrawing.bind('reason', setReason)}
        maxLength={SESSION_TEXT_LIMITS.retractionReason}
        autoFocus
        isRequired
        autoComplete="off"
      />
    </FormDialog>
  );
}
