import { formatDateTime } from '../../ui/time-text';
import { useState } from 'react';
import type { Note } from '../../../../shared/contract';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { ModalDialog } from '../../ui/ModalDialog';
import { useSubmit } from '../../ui/use-submit';
import { useNoteRevision, useNoteRevisions, useRestoreRevision } from './notes-queries';
import { ReadOnlyNote } from './ReadOnlyNote';

interface RevisionsDialogProps {
  note: Note;
  /** For a draft: saves what is waiting and answers the revision a restore starts from. Absent for a signed note. */
  saveFirst?: () => Promise<number>;
  onClose: () => void;
}

/** Earlier versions, newest first: look at one, and (for a draft) bring it back. The version it replaces stays in the list. */
export function RevisionsDialog({ note, saveFirst, onClose }: RevisionsDialogProps) {
  const revisions = useNoteRevisions(note.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const revision = useNoteRevision(note.id, chosen);
  const restore = useRestoreRevision();
  const restoring = useSubmit();
  const failure = revisions.error ?? revision.error;

  const restoreChosen = async () => {
    if (!saveFirst || !chosen) return;
    const restored = await restoring.run(async () => {
      const baseRevision = await saveFirst();
      await restore.mutateAsync({ noteId: note.id, revisionId: chosen, baseRevision });
    });
    if (restored) onClose();
  };

  return (
    <ModalDialog title="Earlier versions" onClose={onClose} isDismissable modalClassName="modal-wide" dialogClassName="revisions-dialog">
      <p className="hint">A version is kept for each stretch of writing. The newest is the note as it is now.</p>
      <div className="revisions-layout">
        <ul aria-label="Versions" className="revision-list">
          {(revisions.data ?? []).map((one, index) => (
            <li key={one.id}>
              <ActionButton variant="quiet" className="revision-choice" aria-pressed={chosen === one.id} onPress={() => setChosen(one.id)}>
                {formatDateTime(one.savedAt)}
                {index === 0 ? ' (current)' : ''} · {one.words.toLocaleString()} words
              </ActionButton>
            </li>
          ))}
        </ul>
        <div className="revision-preview">
          {revision.data ? (
            <ReadOnlyNote
              key={revision.data.id}
              clientId={note.clientId}
              doc={revision.data.doc}
              label={`Version of ${formatDateTime(revision.data.savedAt)}`}
            />
          ) : (
            <p className="hint">Choose a version to read it.</p>
          )}
        </div>
      </div>
      <FormAlert>{failure ? describeError(failure) : restoring.error}</FormAlert>
      <div className="actions">
        <ActionButton onPress={onClose}>Close</ActionButton>
        {saveFirst ? (
          <ActionButton
            variant="primary"
            isDisabled={!revision.data || chosen === revisions.data?.[0]?.id}
            busy={restoring.busy}
            onPress={() => void restoreChosen()}
          >
            Restore this version
          </ActionButton>
        ) : null}
      </div>
    </ModalDialog>
  );
}
