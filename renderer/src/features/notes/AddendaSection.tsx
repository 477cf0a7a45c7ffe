import { formatDateTime } from '../../ui/time-text';
import { useState } from 'react';
import { Form, Heading } from '../../ui/aria-primitives';
import type { Note } from '../../../../shared/contract';
import { NOTE_LIMITS } from '../../../../shared/notes/note-document';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { TextAreaField } from '../../ui/TextAreaField';
import { useSubmit } from '../../ui/use-submit';
import { useAddAddendum } from './notes-queries';
import { SignAddendumDialog } from './SignAddendumDialog';
import { SignatureLine } from './SignatureLine';

/** Corrections to a signed note: beneath it, each with its own time and signature, the original left as it was. */
export function AddendaSection({ note }: { note: Note }) {
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const add = useAddAddendum();
  const adding = useSubmit();
  const sign = () =>
    void adding
      .run(async () => {
        await add.mutateAsync({ noteId: note.id, text });
        setText('');
      })
      // Signed or refused, the question is answered; a refusal is said beside the form.
      .finally(() => setConfirming(false));
  return (
    <section className="addenda" aria-labelledby="addenda-title">
      <Heading level={2} id="addenda-title" className="section-title">
        Addenda
      </Heading>
      {note.addenda.length > 0 ? (
        <ol className="addendum-list" aria-label="Addenda, oldest first">
          {note.addenda.map((addendum) => (
            <li key={addendum.id} className="card addendum">
              <p className="addendum-meta">Addendum, {formatDateTime(addendum.createdAt)}</p>
              <p className="addendum-text">{addendum.text}</p>
              <SignatureLine signedBy={addendum.signedBy} signedAt={addendum.createdAt} hash={addendum.contentHash} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="hint">No addenda. Add one to correct or complete this note; the signed text stays as it is.</p>
      )}
      <Form
        className="form addendum-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) setConfirming(true);
        }}
      >
        <TextAreaField
          label="New addendum"
          description="Signed with your name and the time when you confirm it; it cannot be changed afterwards."
          maxLength={NOTE_LIMITS.addendum}
          value={text}
          onChange={setText}
          rows={4}
        />
        <FormAlert>{adding.error}</FormAlert>
        <div className="actions">
          <ActionButton type="submit" variant="primary" busy={adding.busy} isDisabled={!text.trim()}>
            Add addendum…
          </ActionButton>
        </div>
      </Form>
      {confirming ? <SignAddendumDialog text={text} busy={adding.busy} onSign={sign} onClose={() => setConfirming(false)} /> : null}
    </section>
  );
}
