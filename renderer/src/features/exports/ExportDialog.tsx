import { useRef, useState, type FormEvent } from 'react';
import { Checkbox, CheckboxGroup, Dialog, FieldError, Form, Heading, Label, Modal, ModalOverlay, Text } from 'react-aria-components';
import type { ExportFormat } from '../../../../shared/exports/record-export';
import { call } from '../../rpc/call';
import { describeError } from '../../rpc/error-message';
import { isRpcError } from '../../../../shared/contract/errors';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { PassphraseField } from '../../ui/PassphraseField';
import { doneSentence, type ExportScope, exportSteps, stepLabel } from './export-plan';
import './exports.css';

interface ExportDialogProps {
  scope: ExportScope;
  title: string;
  onClose(): void;
}

const ERROR_SENTENCES = {
  READ_ONLY: 'That folder cannot be written to (read-only, or no permission). Nothing more was saved; choose another place.',
  DISK_FULL: 'The disk is full, so the export was not saved. Free some space or choose another place.',
  INTERNAL: 'The export could not be made. Nothing more was saved; please try again.',
} as const;

type Phase = { kind: 'form' } | { kind: 'busy'; label: string } | { kind: 'done'; sentence: string };

/**
 * Export of one client's record (JSON, PDF or both) or of the whole practice (JSON). The
 * passphrase is asked every time and checked in main; private psychotherapy notes stay out
 * unless ticked. Files are named without the client's name.
 */
export function ExportDialog({ scope, title, onClose }: ExportDialogProps) {
  const [formats, setFormats] = useState<ExportFormat[]>(['pdf']);
  const [includePrivateNotes, setIncludePrivateNotes] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  const passphraseRef = useRef<HTMLInputElement>(null);
  const busy = phase.kind === 'busy';
  const practice = scope.kind === 'practice';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    const steps = exportSteps(scope, formats);
    const problems = {
      ...(steps.length === 0 ? { formats: 'Choose at least one format.' } : {}),
      ...(passphrase === '' ? { passphrase: 'Type your passphrase.' } : {}),
    };
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      if (problems.passphrase) passphraseRef.current?.focus();
      return;
    }
    const saved: string[] = [];
    try {
      for (const [index, format] of steps.entries()) {
        setPhase({ kind: 'busy', label: stepLabel(format, index, steps.length) });
        const result =
          scope.kind === 'practice'
            ? await call('exports.practice', { includePrivateNotes, passphrase })
            : await call('exports.clientRecord', { clientId: scope.clientId, format, includePrivateNotes, passphrase });
        if (!result.saved || !result.fileName) {
          setPhase({ kind: 'done', sentence: doneSentence(saved, true) });
          return;
        }
        saved.push(result.fileName);
      }
      setPhase({ kind: 'done', sentence: doneSentence(saved, false) });
    } catch (error) {
      setPhase({ kind: 'form' });
      if (isRpcError(error, 'WRONG_SECRET')) {
        setErrors({ passphrase: 'That is not your passphrase. Nothing was exported.' });
        passphraseRef.current?.focus();
      } else {
        const before = saved.length > 0 ? `Saved ${saved.join(' and ')}. ` : '';
        setAlert(before + describeError(error, ERROR_SENTENCES));
      }
    } finally {
      // The passphrase is needed for one export only; it is not kept.
      setPassphrase('');
    }
  };

  return (
    <ModalOverlay isOpen isDismissable={!busy} isKeyboardDismissDisabled={busy} onOpenChange={(open) => !open && onClose()} className="modal-overlay">
      <Modal className="modal export-modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {phase.kind === 'done' ? (
            <div className="form">
              <p role="status" className="export-status">
                {phase.sentence}
              </p>
              <p className="hint">The file holds health records and is not encrypted. Keep it somewhere safe and delete it when it has served its purpose.</p>
              <div className="actions">
                <ActionButton variant="primary" onPress={onClose} autoFocus>
                  Close
                </ActionButton>
              </div>
            </div>
          ) : (
            <Form onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form">
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
                    setErrors(({ formats: _cleared, ...rest }) => rest);
                  }}
                  isDisabled={busy}
                  className="field"
                >
                  <Label className="field-label">Formats</Label>
                  <div className="yes-no-options">
                    <Checkbox value="pdf" className="checkbox">
                      <span className="checkbox-box" aria-hidden="true" />
                      PDF, to read or print
                    </Checkbox>
                    <Checkbox value="json" className="checkbox">
                      <span className="checkbox-box" aria-hidden="true" />
                      JSON, for another system
                    </Checkbox>
                  </div>
                  <FieldError className="field-error" />
                </CheckboxGroup>
              )}
              <div className="field">
                <Checkbox isSelected={includePrivateNotes} onChange={setIncludePrivateNotes} isDisabled={busy} className="checkbox" aria-describedby="private-notes-why">
                  <span className="checkbox-box" aria-hidden="true" />
                  Include private psychotherapy notes
                </Checkbox>
                <Text id="private-notes-why" className="field-description">
                  {practice
                    ? 'Left out by default: process notes kept apart from the record have extra legal protection. Tick to carry them to the new system too.'
                    : 'Left out by default: process notes kept apart from the record have extra legal protection and are not part of an ordinary records request. Tick only if you mean to hand them over.'}
                </Text>
              </div>
              <PassphraseField
                name="passphrase"
                label="Your passphrase"
                description="Asked again because the export leaves the encrypted vault."
                autoComplete="current-password"
                value={passphrase}
                onChange={(value) => {
                  setPassphrase(value);
                  setErrors(({ passphrase: _cleared, ...rest }) => rest);
                }}
                inputRef={passphraseRef}
                isDisabled={busy}
                isRequired
              />
              <p role="status" className="export-status">
                {phase.kind === 'busy' ? phase.label : ''}
              </p>
              <FormAlert>{alert}</FormAlert>
              <div className="actions">
                <ActionButton onPress={onClose} isDisabled={busy}>
                  Cancel
                </ActionButton>
                <ActionButton type="submit" variant="primary" busy={busy}>
                  Export
                </ActionButton>
              </div>
            </Form>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
