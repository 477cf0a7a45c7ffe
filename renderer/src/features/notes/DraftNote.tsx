import { useMemo, useState } from 'react';
import { Text } from '../../ui/aria-primitives';
import type { Note } from '../../../../shared/contract';
import { NOTE_LIMITS } from '../../../../shared/notes/note-document';
import { ActionButton } from '../../ui/ActionButton';
import { ToggleSwitch } from '../../ui/ChoiceControls';
import { FormAlert } from '../../ui/FormAlert';
import { TextInputField } from '../../ui/TextInputField';
import { useSubmit } from '../../ui/use-submit';
import { DiscardDraftDialog } from './DiscardDraftDialog';
import { NoteEditor } from './editor/NoteEditor';
import { useNoteDraft } from './editor/use-note-draft';
import { findUnsavedDraft } from './editor/unsaved-note-drafts';
import { NoteHeader } from './NoteHeader';
import { useDiscardDraft } from './notes-queries';
import { RevisionsDialog } from './RevisionsDialog';
import { SaveStatus } from './SaveStatus';
import { ServiceDateField } from './ServiceDateField';
import { SignNoteDialog } from './SignNoteDialog';
import { useNavigation } from '../../navigation/navigation';

type OpenDialog = 'sign' | 'history' | 'discard' | null;

/** A draft: written and autosaved here, then signed. */
export function DraftNote({ note: stored }: { note: Note }) {
  const { openClient } = useNavigation();
  // Text that could not be saved when this note was last open (a full disk) comes back into the editor.
  const [kept] = useState(() => findUnsavedDraft(stored.id, stored.revision));
  const note = useMemo(() => (kept ? { ...stored, title: kept.title, isPrivate: kept.isPrivate, doc: kept.doc } : stored), [kept, stored]);
  const draft = useNoteDraft(note, { restoredUnsaved: kept !== null });
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const discard = useDiscardDraft();
  const discarding = useSubmit();
  const saveFirst = async () => {
    await draft.flush();
    return draft.queue.baseRevision;
  };

  return (
    <div className="note-page">
      <NoteHeader note={note} title={draft.title} isPrivate={draft.isPrivate} status={<SaveStatus queue={draft.queue} />} />
      <div className="note-fields">
        <TextInputField
          label="Title"
          value={draft.title}
          onChange={draft.setTitle}
          onBlur={() => void draft.flush()}
          maxLength={NOTE_LIMITS.title}
          className="note-title-field"
        />
        <ToggleSwitch isSelected={draft.isPrivate} onChange={draft.setPrivate} className="note-private-switch" aria-describedby="note-private-hint">
          Psychotherapy note (private)
        </ToggleSwitch>
        <Text id="note-private-hint" className="field-description note-private-hint">
          Kept apart from the progress record and left out of exports unless you choose to include it.
        </Text>
        <ServiceDateField note={note} />
      </div>
      <NoteEditor note={note} onDocumentChange={draft.onDocumentChange} onBlur={() => void draft.flush()} />
      <FormAlert>{discarding.error}</FormAlert>
      <div className="note-actions">
        <ActionButton variant="primary" onPress={() => setDialog('sign')}>
          Sign note…
        </ActionButton>
        <ActionButton onPress={() => setDialog('history')}>Earlier versions</ActionButton>
        <ActionButton variant="quiet" className="note-discard" onPress={() => setDialog('discard')}>
          Discard draft…
        </ActionButton>
      </div>
      {dialog === 'sign' ? <SignNoteDialog noteId={note.id} saveFirst={saveFirst} onClose={() => setDialog(null)} onSigned={() => setDialog(null)} /> : null}
      {dialog === 'discard' ? (
        <DiscardDraftDialog
          busy={discarding.busy}
          onClose={() => setDialog(null)}
          onDiscard={() => void discarding.run(() => discard.mutateAsync(note.id)).then((discarded) => discarded && openClient(note.clientId))}
        />
      ) : null}
      {dialog === 'history' ? <RevisionsDialog note={note} saveFirst={saveFirst} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
