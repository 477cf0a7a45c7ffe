import { useState } from 'react';
import { Label, RadioGroup, Text } from '../../ui/aria-primitives';
import type { Note, SessionSummary } from '../../../../shared/contract';
import { NOTE_KIND_LABELS, NOTE_KINDS, type NoteKind } from '../../../../shared/notes/note-kinds';
import { ROUTE_LABELS } from '../../../../shared/session/routes';
import { FormDialog } from '../../ui/FormDialog';
import { ToggleSwitch, RadioOption } from '../../ui/ChoiceControls';
import { useSubmit } from '../../ui/use-submit';
import { formatDate } from '../../ui/time-text';
import { useCreateNote } from './notes-queries';

const KIND_HINTS: Record<NoteKind, string> = {
  session: 'A dosing session: intention, experience, observations, themes, plan.',
  integration: 'An integration session between doses.',
  evaluation: 'Assessment and candidacy.',
  general: 'Anything else, starting blank.',
};

const NO_SESSION = 'none';

interface NewNoteDialogProps {
  clientId: string;
  clientName: string;
  /** The client's sessions, newest last, for linking. */
  sessions: SessionSummary[];
  /** Preselects a session (writing from the session's page). */
  sessionId?: string;
  onClose: () => void;
  onCreated: (note: Note) => void;
}

function describeSession(session: SessionSummary): string {
  return `Session ${session.courseSessionNumber} (${ROUTE_LABELS[session.route]})${session.dosedAt ? `, ${formatDate(session.dosedAt)}` : ''}`;
}

/** A new note starts from its kind's template; a session note belongs to a session. */
export function NewNoteDialog({ clientId, clientName, sessions, sessionId, onClose, onCreated }: NewNoteDialogProps) {
  const newestFirst = [...sessions].reverse();
  const [kind, setKind] = useState<NoteKind>(sessionId || sessions.length ? 'session' : 'general');
  const [linked, setLinked] = useState<string>(sessionId ?? newestFirst[0]?.id ?? NO_SESSION);
  const [isPrivate, setPrivate] = useState(false);
  const create = useCreateNote();
  const creating = useSubmit();
  const sessionRequired = kind === 'session';
  const chosenSession = linked === NO_SESSION ? null : linked;

  const submit = () => {
    if (sessionRequired && !chosenSession) return;
    void creating.run(async () => onCreated(await create.mutateAsync({ clientId, kind, sessionId: chosenSession, isPrivate })));
  };

  return (
    <FormDialog title={`New note for ${clientName}`} submitLabel="Create note" {...creating.formProps} onSubmit={submit} onClose={onClose} isDismissable>
      <RadioGroup value={kind} onChange={(value) => setKind(value as NoteKind)} className="field radio-list">
        <Label className="field-label">Kind of note</Label>
        {NOTE_KINDS.map((one) => (
          <RadioOption key={one} value={one} isDisabled={one === 'session' && sessions.length === 0} autoFocus={one === kind}>
            <span>
              {NOTE_KIND_LABELS[one]}
              <span className="radio-detail">
                {' · '}
                {one === 'session' && sessions.length === 0 ? 'Not available: this client has no dosing session yet.' : KIND_HINTS[one]}
              </span>
            </span>
          </RadioOption>
        ))}
      </RadioGroup>
      {sessions.length > 0 ? (
        <RadioGroup value={linked} onChange={setLinked} className="field radio-list">
          <Label className="field-label">{sessionRequired ? 'Session' : 'Link to a session (optional)'}</Label>
          {sessionRequired ? null : (
            <RadioOption value={NO_SESSION}>
              <span>No session</span>
            </RadioOption>
          )}
          {newestFirst.slice(0, 8).map((session) => (
            <RadioOption key={session.id} value={session.id}>
              <span>{describeSession(session)}</span>
            </RadioOption>
          ))}
        </RadioGroup>
      ) : null}
      <ToggleSwitch isSelected={isPrivate} onChange={setPrivate} aria-describedby="new-note-private-hint">
        Psychotherapy note (private)
      </ToggleSwitch>
      <Text id="new-note-private-hint" className="field-description">
        Kept apart from the progress record and left out of exports unless you choose to include it.
      </Text>
      {sessionRequired && !chosenSession ? <p className="field-error">Choose the session this note belongs to.</p> : null}
    </FormDialog>
  );
}
