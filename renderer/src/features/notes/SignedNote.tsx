import { useState } from 'react';
import type { Note } from '../../../../shared/contract';
import { ActionButton } from '../../ui/ActionButton';
import { AddendaSection } from './AddendaSection';
import { NoteHeader } from './NoteHeader';
import { ReadOnlyNote } from './ReadOnlyNote';
import { RevisionsDialog } from './RevisionsDialog';
import { SignatureLine } from './SignatureLine';

/** A signed note: read only (the database refuses changes), its signature, and addenda beneath. */
export function SignedNote({ note }: { note: Note }) {
  const [history, setHistory] = useState(false);
  return (
    <div className="note-page">
      <NoteHeader note={note} title={note.title} isPrivate={note.isPrivate} />
      <div className="signed-note">
        <ReadOnlyNote clientId={note.clientId} doc={note.doc} label="Signed note" signedLinks={note.signedHomework} />
        <SignatureLine signedBy={note.signedBy!} signedAt={note.signedAt!} hash={note.contentHash!} />
        <p className="hint">This note is signed and can no longer be changed. Add an addendum below to correct or complete it.</p>
      </div>
      <AddendaSection note={note} />
      <div className="note-actions">
        <ActionButton onPress={() => setHistory(true)}>Earlier versions</ActionButton>
      </div>
      {history ? <RevisionsDialog note={note} onClose={() => setHistory(false)} /> : null}
    </div>
  );
}
