import { useRef, useState } from 'react';
import { PRESCRIBER_SUMMARY_MAX } from '../../../../../shared/contract';
import { describeError } from '../../../rpc/error-message';
import { useRpcMutation } from '../../../rpc/rpc-queries';
import { DialogForm } from '../../../ui/FormDialog';
import { ModalDialog } from '../../../ui/ModalDialog';
import { PassphraseField } from '../../../ui/PassphraseField';
import { SavedFileNotice } from '../../../ui/SavedFileNotice';
import { TextAreaField } from '../../../ui/TextAreaField';
import { useSubmit } from '../../../ui/use-submit';

const ERROR_SENTENCES = {
  CONFLICT: 'A summary for the prescriber is made once the session has been dosed and discharged.',
  READ_ONLY: 'That folder cannot be written to (read-only, or no permission). Nothing was saved; choose another place.',
  DISK_FULL: 'The disk is full, so the summary was not saved. Free some space or choose another place.',
} as const;

interface PrescriberSummaryDialogProps {
  sessionId: string;
  /** The words of the last summary made, to start a remake from; empty for the first. */
  lastSummary: string;
  onClose: () => void;
}

/**
 * The therapist's few lines for the prescriber, and the passphrase (a record leaves the vault), then
 * main makes the PDF and asks where to save it. Says the file's name once saved.
 */
export function PrescriberSummaryDialog({ sessionId, lastSummary, onClose }: PrescriberSummaryDialogProps) {
  const [summary, setSummary] = useState(lastSummary);
  const [passphrase, setPassphrase] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const make = useRpcMutation('documents.prescriberSummary', { invalidates: ['documents.lastPrescriberSummary'] });
  const submit = useSubmit<'summary' | 'passphrase'>({
    fieldRefs: { passphrase: passphraseRef },
    fieldCodes: { WRONG_SECRET: { field: 'passphrase', message: 'That is not your passphrase. Nothing was saved.' } },
    describe: (error) => describeError(error, ERROR_SENTENCES),
  });

  const onSubmit = () => {
    const problems = {
      summary: summary.trim() === '' ? 'Write a few lines for the prescriber.' : undefined,
      passphrase: passphrase === '' ? 'Type your passphrase.' : undefined,
    };
    if (submit.showProblems(problems)) return;
    void submit.run(async () => {
      try {
        const result = await make.mutateAsync({ sessionId, summary, passphrase });
        setOutcome(result.saved && result.fileName ? `Saved ${result.fileName}.` : 'Nothing was saved: the save dialog was cancelled.');
      } finally {
        // The passphrase is for this one file; it is not kept.
        setPassphrase('');
      }
    });
  };

  return (
    <ModalDialog title="Summary for the prescriber" onClose={onClose} holdOpen={submit.busy}>
      {outcome !== null ? (
        <SavedFileNotice
          message={outcome}
          hint="The file holds health records and is not encrypted. Send it to the prescriber the way your clinic sends records, then delete it."
          onClose={onClose}
        />
      ) : (
        <DialogForm submitLabel="Make the PDF" {...submit.formProps} onSubmit={onSubmit} onCancel={onClose} cancelDisabledWhileBusy>
          <p>
            A PDF of this session for the prescriber: doses and times, vital signs with a chart and the thresholds crossed, sedation, adverse events, the
            discharge checklist and the latest PHQ-9 and GAD-7. No note text is included, private or not.
          </p>
          <TextAreaField
            label="Your summary for the prescriber"
            description="How the session went and anything the prescriber should weigh for the next dose."
            maxLength={PRESCRIBER_SUMMARY_MAX}
            rows={5}
            value={summary}
            {...submit.bind('summary', setSummary)}
            isDisabled={submit.busy}
            isRequired
            autoFocus
          />
          <PassphraseField
            label="Your passphrase"
            description="Asked again because the summary leaves the encrypted vault."
            autoComplete="current-password"
            value={passphrase}
            {...submit.bind('passphrase', setPassphrase)}
            inputRef={passphraseRef}
            isDisabled={submit.busy}
            isRequired
          />
          <p role="status">{submit.busy ? 'Checking your passphrase, then making the PDF…' : ''}</p>
        </DialogForm>
      )}
    </ModalDialog>
  );
}
