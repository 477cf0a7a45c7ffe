import { useState } from 'react';
import { type Measure, MEASURE_LIMITS } from '../../../../shared/contract';
import { QUESTIONNAIRES } from '../../../../shared/measures/questionnaires';
import { FormDialog } from '../../ui/FormDialog';
import { TextInputField } from '../../ui/TextInputField';
import { formatCalendarDate } from '../../ui/time-text';
import { useSubmit } from '../../ui/use-submit';
import { useWithdrawMeasure } from './measure-queries';

/** A mistaken entry is withdrawn with a reason and stays in the record (decision 0041). */
export function WithdrawMeasureDialog({ measure, onClose }: { measure: Measure; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const withdraw = useWithdrawMeasure();
  const withdrawing = useSubmit<'reason'>();

  const submit = () => {
    if (withdrawing.showProblems({ reason: reason.trim() === '' ? 'Say why it is withdrawn.' : undefined })) return;
    void withdrawing.run(async () => {
      await withdraw.mutateAsync({ id: measure.id, reason });
      onClose();
    });
  };

  return (
    <FormDialog
      title={`Withdraw the ${QUESTIONNAIRES[measure.kind].name} of ${formatCalendarDate(measure.takenOn)}`}
      submitLabel="Withdraw"
      {...withdrawing.formProps}
      onSubmit={submit}
      onClose={onClose}
    >
      <p>It stays in the record, marked withdrawn, and no longer counts towards the baseline or the course.</p>
      <TextInputField
        label="Reason"
        value={reason}
        {...withdrawing.bind('reason', setReason)}
        isRequired
        maxLength={MEASURE_LIMITS.withdrawalReason}
        autoComplete="off"
        autoFocus
      />
    </FormDialog>
  );
}
