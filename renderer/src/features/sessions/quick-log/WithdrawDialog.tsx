import { useState } from 'react';
import { SESSION_TEXT_LIMITS } from '../../../../../shared/contract';
import { FormDialog } from '../../../ui/FormDialog';
import { TextInputField } from '../../../ui/TextInputField';
import { useRoomDialog } from './use-room-dialog';

interface WithdrawDialogProps {
  /** The entry as the timeline shows it, so the therapist sees what they are withdrawing. */
  summary: string;
  onWithdraw: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

/** Withdrawing keeps the entry in the record, marked withdrawn with the reason; nothing is deleted. */
export function WithdrawDialog({ summary, onWithdraw, onClose }: WithdrawDialogProps) {
  const [reason, setReason] = useState('');
  const withdrawing = useRoomDialog<'reason'>({ title: 'Withdraw entry', submitLabel: 'Withdraw entry' }, onClose);

  const submit = () => {
    if (withdrawing.showProblems({ reason: reason.trim() === '' ? 'Say why, e.g. "entered for the wrong session".' : undefined })) return;
    withdrawing.saveThenClose(() => onWithdraw(reason.trim()));
  };

  return (
    <FormDialog {...withdrawing.dialogProps} onSubmit={submit}>
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
