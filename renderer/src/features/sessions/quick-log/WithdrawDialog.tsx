import { useState } from 'react';
import { TextInputField } from '../../../ui/TextInputField';
import { RoomDialog } from './RoomDialog';
import { useSave } from './use-save';
import { SESSION_TEXT_LIMITS } from '../../../../../shared/contract';

interface WithdrawDialogProps {
  /** The entry as the timeline shows it, so the therapist sees what they are withdrawing. */
  summary: string;
  onWithdraw: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

/** Withdrawing keeps the entry in the record, marked withdrawn with the reason; nothing is deleted. */
export function WithdrawDialog({ summary, onWithdraw, onClose }: WithdrawDialogProps) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, error, run } = useSave(onClose);

  const submit = () => {
    if (reason.trim() === '') {
      setProblem('Say why, e.g. "entered for the wrong session".');
      return;
    }
    void run(() => onWithdraw(reason.trim()));
  };

  return (
    <RoomDialog
      title="Withdraw entry"
      submitLabel="Withdraw entry"
      busy={busy}
      error={error}
      validationErrors={problem ? { reason: problem } : undefined}
      onSubmit={submit}
      onClose={onClose}
    >
      <p className="withdraw-summary">{summary}</p>
      <p className="hint">It stays in the history, marked withdrawn with your reason.</p>
      <TextInputField name="reason" label="Reason" value={reason} onChange={setReason} maxLength={SESSION_TEXT_LIMITS.retractionReason} autoFocus isRequired autoComplete="off" />
    </RoomDialog>
  );
}
