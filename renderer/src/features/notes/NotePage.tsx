import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { DraftNote } from './DraftNote';
import { forgetNote, useNote } from './notes-queries';
import { SignedNote } from './SignedNote';
import './notes.css';
import { useNavigation } from '../../navigation/navigation';

/** One note: the editor while it is a draft, the signed record with its addenda afterwards. */
export function NotePage({ noteId }: { noteId: string }) {
  const { openClients } = useNavigation();
  const queryClient = useQueryClient();
  const note = useNote(noteId);
  useEffect(() => () => forgetNote(queryClient, noteId), [queryClient, noteId]);
  if (note.error) {
    return (
      <FormAlert>
        {describeError(note.error)}{' '}
        <ActionButton variant="quiet" onPress={openClients}>
          Back to clients
        </ActionButton>
      </FormAlert>
    );
  }
  if (!note.data) return <p className="loading">Opening the note…</p>;
  // A restored version arrives as a new revision: the editor starts again from it.
  return note.data.status === 'signed' ? <SignedNote note={note.data} /> : <DraftNote key={note.data.revision} note={note.data} />;
}
