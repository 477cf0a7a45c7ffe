import { useState } from 'react';
import { Heading, ToggleButton, ToggleButtonGroup } from '../../ui/aria-primitives';
import type { SessionSummary } from '../../../../shared/contract';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { NewNoteDialog } from './NewNoteDialog';
import { NotesList } from './NotesList';
import { useClientNotes } from './notes-queries';
import './notes.css';
import { useNavigation } from '../../navigation/navigation';
import { useKeptOnPage } from '../../navigation/page-visit';

interface NotesSectionProps {
  clientId: string;
  clientName: string;
  sessions: SessionSummary[];
}

type Record = 'progress' | 'private';

/**
 * The client's notes. Psychotherapy notes marked private are kept apart from the progress
 * record: a separate list, never mixed into it.
 */
export function NotesSection({ clientId, clientName, sessions }: NotesSectionProps) {
  const { openNote } = useNavigation();
  const notes = useClientNotes(clientId);
  // Back from a private note, the private notes are still the ones shown.
  const [record, setRecord] = useKeptOnPage<Record>('which notes', 'progress');
  const [creating, setCreating] = useState(false);
  const shown = (notes.data ?? []).filter((note) => note.isPrivate === (record === 'private'));
  return (
    <section className="notes-section" aria-labelledby="notes-title">
      <div className="notes-section-header">
        <Heading level={2} id="notes-title" className="section-title">
          Notes
        </Heading>
        <ToggleButtonGroup
          aria-label="Which notes"
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[record]}
          onSelectionChange={(keys) => {
            const [key] = keys;
            if (key === 'progress' || key === 'private') setRecord(key);
          }}
          className="segmented"
        >
          <ToggleButton id="progress" className="segment">
            Progress record
          </ToggleButton>
          <ToggleButton id="private" className="segment">
            Private notes
          </ToggleButton>
        </ToggleButtonGroup>
        <ActionButton variant="primary" onPress={() => setCreating(true)}>
          New note
        </ActionButton>
      </div>
      <FormAlert>{notes.isError ? describeError(notes.error) : null}</FormAlert>
      {notes.data && shown.length === 0 ? (
        <p className="hint">{record === 'private' ? 'No private psychotherapy notes.' : 'No notes yet. Write the first with New note.'}</p>
      ) : null}
      {shown.length > 0 ? <NotesList notes={shown} label={record === 'private' ? 'Private notes' : 'Notes'} onOpen={openNote} /> : null}
      {creating ? (
        <NewNoteDialog
          clientId={clientId}
          clientName={clientName}
          sessions={sessions}
          onClose={() => setCreating(false)}
          onCreated={(note) => {
            setCreating(false);
            openNote(note.id);
          }}
        />
      ) : null}
    </section>
  );
}
