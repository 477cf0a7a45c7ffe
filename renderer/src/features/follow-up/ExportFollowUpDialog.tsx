import { useRef, useState } from 'react';
import { call } from '../../rpc/call';
import { describeError } from '../../rpc/error-message';
import { DialogForm } from '../../ui/FormDialog';
import { ModalDialog } from '../../ui/ModalDialog';
import { PassphraseField } from '../../ui/PassphraseField';
import { SavedFileNotice, UNENCRYPTED_FILE_HINT } from '../../ui/SavedFileNotice';
import { useSubmit } from '../../ui/use-submit';

const ERROR_SENTENCES = {
  READ_ONLY: 'That folder cannot be written to (read-only, or no permission). Nothing was saved; choose another place.',
  DISK_FULL: 'The disk is full, so the PDF was not saved. Free some space or choose another place.',
} as const;

/** The preparation as a PDF, after the passphrase (asked each time, as for every export). No note's text is in it. */
export function ExportFollowUpDialog({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const exporting = useSubmit<'passphrase'>({
    fieldRefs: { passphrase: passphraseRef },
    fieldCodes: { WRONG_SECRET: { field: 'passphrase', message: 'That is not your passphrase. Nothing was exported.' } },
    describe: (error) => describeError(error, ERROR_SENTENCES),
  });

  const submit = () => {
    if (exporting.showProblems({ passphrase: passphrase === '' ? 'Type your passphrase.' : undefined })) return;
    void exporting.run(async () => {
      try {
        const result = await call('followUps.exportPdf', { clientId, passphrase });
        setSaved(result.saved && result.fileName ? `Saved ${result.fileName}.` : 'Nothing was saved: the save dialog was cancelled.');
      } finally {
        setPassphrase('');
      }
    });
  };

  return (
    <ModalDialog title="Export the preparation as PDF" onClose={onClose} isDismissable holdOpen={exporting.busy}>
      {saved !== null ? (
        <SavedFileNotice message={saved} hint={UNENCRYPTED_FILE_HINT} onClose={onClose} />
      ) : (
        <DialogForm
          submitLabel="Export PDF"
          busy={exporting.busy}
          error={exporting.error}
          validationErrors={exporting.fieldErrors}
          onSubmit={submit}
          onCancel={onClose}
          cancelDisabledWhileBusy
        >
          <p>Everything on this screen except note texts: notes appear by title, and private psychotherapy notes by title only.</p>
          <PassphraseField
            label="Your passphrase"
            description="Asked again because the PDF leaves the encrypted vault."
            autoComplete="current-password"
            value={passphrase}
            {...exporting.bind('passphrase', setPassphrase)}
            inputRef={passphraseRef}
            isDisabled={exporting.busy}
            isRequired
          />
        </DialogForm>
      )}
    </ModalDialog>
  );
}
