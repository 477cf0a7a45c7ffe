import { useRef, useState } from 'react';
import { CheckboxGroup, FieldError, Label, Text } from '../../ui/aria-primitives';
import type { ExportFormat } from '../../../../shared/exports/record-export';
import { call } from '../../rpc/call';
import { describeError } from '../../rpc/error-message';
import { DialogForm } from '../../ui/FormDialog';
import { ModalDialog } from '../../ui/ModalDialog';
import { PassphraseField } from '../../ui/PassphraseField';
import { SavedFileNotice, UNENCRYPTED_FILE_HINT } from '../../ui/SavedFileNotice';
import { useSubmit } from '../../ui/use-submit';
import { doneSentence, type ExportScope, exportSteps, stepLabel } from './export-plan';
import './exports.css';
import { CheckboxOption } from '../../ui/ChoiceControls';

interface ExportDialogProps {
  scope: ExportScope;
  title: string;
  onClose: () => void;
}

const ERROR_SENTENCES = {
  READ_ONLY: 'That folder cannot be written to (read-only, or no permission). Nothing more was saved; choose another place.',
  DISK_FULL: 'The disk is full, so the export was not saved. Free some space or choose another place.',
  INTERNAL: 'The export could not be made. Nothing more was saved; please try again.',
} as const;

/**
 * Export of one client's record (JSON, PDF or both) or of the whole practice (JSON). The
 * passphrase is asked every time and checked in main; private psychotherapy notes stay out
 * unless ticked. Files are named without the client's name.
 */
export function ExportDialog({ scope, title, onClose }: ExportDialogProps) {
  const [formats, setFormats] = useState<ExportFormat[]>(['pdf']);
  const [includePrivateNotes, setIncludePrivateNotes] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [step, setStep] = useState('');
  const [doneSentenceShown, setDoneSentence] = useState<string | null>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  // The files saved before a failure are named in front of the error sentence.
  const saved = useRef<string[]>([]);
  const exporting = useSubmit<'formats' | 'passphrase'>({
    fieldRefs: { passphrase: passphraseRef },
    fieldCodes: { WRONG_SECRET: { field: 'passphrase', message: 'That is not your passphrase. Nothing was exported.' } },
    describe: (error) => (saved.current.length > 0 ? `Saved ${saved.current.join(' and ')}. ` : '') + describeError(error, ERROR_SENTENCES),
  });
  const busy = exporting.busy;
  const practice = scope.kind === 'practice';

  const submit = () => {
    const steps = exportSteps(scope, formats);
    const problems = {
      formats: steps.length === 0 ? 'Choose at least one format.' : undefined,
      passphrase: passphrase === '' ? 'Type your passphrase.' : undefined,
    };
    if (exporting.showProblems(problems)) return;
    saved.current = [];
    void exporting.run(async () => {
      try {
        for (const [index, format] of steps.entries()) {
          setStep(stepLabel(format, index, steps.length));
          const result =
            scope.kind === 'practice'
              ? await call('exports.practice', { includePrivateNotes, passphrase })
              : await call('exports.clientRecord', { clientId: scope.clientId, format, includePrivateNotes, passphrase });
          if (!result.saved || !result.fileName) {
            setDoneSentence(doneSentence(saved.current, true));
            return;
          }
          saved.current.push(result.fileName);
        }
        setDoneSentence(doneSentence(saved.current, false));
      } finally {
        setStep('');
        // The passphrase is needed for one export only; it is not kept.
        setPassphrase('');
      }
    });
  };

  return (
    <ModalDialog title={title} onClose={onClose} isDismissable holdOpen={busy} modalClassName="export-modal">
      {doneSentenceShown !== null ? (
        <SavedFileNotice message={doneSentenceShown} hint={UNENCRYPTED_FILE_HINT} statusClassName="export-status" onClose={onClose} />
      ) : (
        <DialogForm
          submitLabel="Export"
          busy={busy}
          error={exporting.error}
          validationErrors={exporting.fieldErrors}
          onSubmit={submit}
          onCancel={onClose}
          cancelDisabledWhileBusy
        >
          {practice ? (
            <p>
              One JSON file with every client, archived ones too: their sessions with full timelines, notes, homework and prompts. It is meant for moving to
              another system.
            </p>
          ) : (
            <CheckboxGroup
              name="formats"
              value={formats}
              onChange={(values) => {
                setFormats(values as ExportFormat[]);
                exporting.clearFieldError('formats');
              }}
              isDisabled={busy}
              className="field"
            >
              <Label className="field-label">Formats</Label>
              <div className="yes-no-options">
                <CheckboxOption value="pdf">PDF, to read or print</CheckboxOption>
                <CheckboxOption value="json">JSON, for another system</CheckboxOption>
              </div>
              <FieldError className="field-error" />
            </CheckboxGroup>
          )}
          <div className="field">
            <CheckboxOption isSelected={includePrivateNotes} onChange={setIncludePrivateNotes} isDisabled={busy} aria-describedby="private-notes-why">
              Include private psychotherapy notes
            </CheckboxOption>
            <Text id="private-notes-why" className="field-description">
              {practice
                ? 'Left out by default: process notes kept apart from the record have extra legal protection. Tick to carry them to the new system too.'
                : 'Left out by default: process notes kept apart from the record have extra legal protection and are not part of an ordinary records request. Tick only if you mean to hand them over.'}
            </Text>
          </div>
          <PassphraseField
            label="Your passphrase"
            description="Asked again because the export leaves the encrypted vault."
            autoComplete="current-password"
            value={passphrase}
            {...exporting.bind('passphrase', setPassphrase)}
            inputRef={passphraseRef}
            isDisabled={busy}
            isRequired
          />
          <p role="status" className="export-status">
            {step}
          </p>
        </DialogForm>
      )}
    </ModalDialog>
  );
}
