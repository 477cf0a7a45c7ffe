import { useState } from 'react';
import type { Note } from '../../../../shared/contract';
import { FormDialog } from '../../ui/FormDialog';
import { TextInputField } from '../../ui/TextInputField';
import { useSubmit } from '../../ui/use-submit';
import { useSettings } from '../settings';
import { useSignNote } from './notes-queries';

interface SignNoteDialogProps {
  noteId: string;
  /** Saves what is still waiting and answers the revision the signature covers. */
  saveFirst: () => Promise<number>;
  onClose: () => void;
  onSigned: (note: Note) => void;
}

/** Signing says what it means before it happens: the note is then closed to change, and corrections become addenda. */
export function SignNoteDialog({ noteId, saveFirst, onClose, onSigned }: SignNoteDialogProps) {
  const settings = useSettings();
  const sign = useSignNote();
  const signing = useSubmit<'signerName'>();
  const [name, setName] = useState<string | null>(null);
  const signerName = name ?? settings.data?.clinicianName ?? '';

  const submit = () => {
    if (signing.showProblems({ signerName: signerName.trim() ? undefined : 'Enter the name the signature carries.' })) return;
    void signing.run(async () => {
      const baseRevision = await saveFirst();
      onSigned(await sign.mutateAsync({ id: noteId, baseRevision, signerName }));
    });
  };

  return (
    <FormDialog title="Sign this note" submitLabel="Sign note" {...signing.formProps} onSubmit={submit} onClose={onClose} isDismissable>
      <p>
        Once signed, this note can no longer be changed. Corrections are added beneath it as addenda, each with its own time. The signature records your name,
        the time and a fingerprint (SHA-256) of the note&rsquo;s content.
      </p>
      <TextInputField
        label="Sign as"
        description="Your name as it should appear on the signature. Remembered for next time."
        value={signerName}
        {...signing.bind('signerName', setName)}
        autoFocus
      />
    </FormDialog>
  );
}
