import { useState } from 'react';
import type { Note } from '../../../../shared/contract';
import { describeError } from '../../rpc/error-message';
import { TextInputField } from '../../ui/TextInputField';
import { RoomDialog } from '../sessions/quick-log/RoomDialog';
import { useSettings } from '../settings/settings-queries';
import { useSignNote } from './notes-queries';

interface SignNoteDialogProps {
  noteId: string;
  /** Saves what is still waiting and answers the revision the signature covers. */
  saveFirst(): Promise<number>;
  onClose(): void;
  onSigned(note: Note): void;
}

/** Signing says what it means before it happens: the note is then closed to change, and corrections become addenda. */
export function SignNoteDialog({ noteId, saveFirst, onClose, onSigned }: SignNoteDialogProps) {
  const settings = useSettings();
  const sign = useSignNote();
  const [name, setName] = useState<string | null>(null);
  const signerName = name ?? settings.data?.clinicianName ?? '';
  const [nameError, setNameError] = useState<string | undefined>(undefined);

  const submit = async () => {
    if (!signerName.trim()) {
      setNameError('Enter the name the signature carries.');
      return;
    }
    const baseRevision = await saveFirst();
    sign.mutate({ id: noteId, baseRevision, signerName }, { onSuccess: onSigned });
  };

  return (
    <RoomDialog
      title="Sign this note"
      submitLabel="Sign note"
      busy={sign.isPending}
      error={sign.isError ? describeError(sign.error) : null}
      validationErrors={nameError ? { signerName: nameError } : undefined}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <p>
        Once signed, this note can no longer be changed. Corrections are added beneath it as addenda, each with its own time. The signature records
        your name, the time and a fingerprint (SHA-256) of the note&rsquo;s content.
      </p>
      <TextInputField
        name="signerName"
        label="Sign as"
        description="Your name as it should appear on the signature. Remembered for next time."
        value={signerName}
        onChange={(value) => {
          setName(value);
          setNameError(undefined);
        }}
        autoFocus
      />
    </RoomDialog>
  );
}
