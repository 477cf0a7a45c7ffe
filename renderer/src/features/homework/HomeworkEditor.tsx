import { useState } from 'react';
import { Heading } from '../../ui/aria-primitives';
import { type Backlink, type Homework } from '../../../../shared/contract';
import { HOMEWORK_LIMITS, HOMEWORK_TYPE_LABELS } from '../../../../shared/homework/homework-types';
import { ActionButton } from '../../ui/ActionButton';
import { SubmitForm } from '../../ui/SubmitForm';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextInputField } from '../../ui/TextInputField';
import { HomeworkDueDateField } from './HomeworkDueDateField';
import { useSubmit } from '../../ui/use-submit';
import { formatDate } from '../../ui/time-text';
import { HomeworkFieldsEditor } from './fields/HomeworkFieldsEditor';
import { HomeworkBacklinks } from './HomeworkBacklinks';
import { homeworkDraft, titleProblem, updateInput, type HomeworkDraft } from './homework-draft';
import { useUpdateHomework } from './homework-queries';
import { HomeworkStatusChoice } from './HomeworkStatusChoice';
import { HOMEWORK_TYPE_HINTS } from './homework-type-hints';

interface HomeworkEditorProps {
  homework: Homework;
  backlinks: readonly Backlink[];
  /** Told whenever the draft moves away from (or back to) what is saved. */
  onDirtyChange: (dirty: boolean) => void;
  onClose: () => void;
  onOpenNote: (noteId: string) => void;
}

/** Everything about one homework, saved together: title, due date, status, the worksheet and the outcome recorded at review. */
export function HomeworkEditor({ homework, backlinks, onDirtyChange, onClose, onOpenNote }: HomeworkEditorProps) {
  const [draft, setDraft] = useState<HomeworkDraft>(() => homeworkDraft(homework));
  const update = useUpdateHomework();
  const saving = useSubmit<'title'>();
  const type = draft.fields.type;

  const change = (next: Partial<HomeworkDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    saving.markChanged();
    onDirtyChange(true);
  };

  const submit = () => {
    if (saving.showProblems({ title: titleProblem(draft.title) ?? undefined })) return;
    void saving.run(async () => {
      await update.mutateAsync(updateInput(homework.id, draft));
      onDirtyChange(false);
    });
  };

  return (
    <SubmitForm
      submitLabel="Save homework"
      {...saving.formProps}
      onSubmit={submit}
      className="homework-editor"
      otherActions={
        <>
          <span className="saved-note" role="status">
            {saving.done ? 'Saved' : ''}
          </span>
          <ActionButton onPress={onClose}>Close</ActionButton>
        </>
      }
    >
      <dl className="homework-facts">
        <div>
          <dt>Type</dt>
          <dd>{HOMEWORK_TYPE_LABELS[type]}</dd>
        </div>
        <div>
          <dt>Assigned</dt>
          <dd>{formatDate(homework.createdAt)}</dd>
        </div>
      </dl>
      <div className="field-pair">
        <TextInputField
          name="title"
          label="Title"
          value={draft.title}
          onChange={(title) => {
            change({ title });
            saving.clearFieldError('title');
          }}
          isRequired
          maxLength={HOMEWORK_LIMITS.title}
          autoComplete="off"
        />
        <HomeworkDueDateField value={draft.dueDate} onChange={(dueDate) => change({ dueDate })} />
      </div>
      <HomeworkStatusChoice value={draft.status} onChange={(status) => change({ status })} />

      <section className="homework-part" aria-labelledby="homework-worksheet-title">
        <Heading level={3} id="homework-worksheet-title" className="homework-part-title">
          {HOMEWORK_TYPE_LABELS[type]}
        </Heading>
        <p className="hint">{HOMEWORK_TYPE_HINTS[type]}</p>
        <HomeworkFieldsEditor fields={draft.fields} onChange={(fields) => change({ fields })} />
      </section>

      <TextAreaField
        name="outcome"
        label="Client's outcome"
        description="Recorded at review: what the client did, noticed and wants to carry forward."
        value={draft.outcome}
        onChange={(outcome) => change({ outcome })}
        maxLength={HOMEWORK_LIMITS.outcome}
        rows={3}
      />

      <section className="homework-part" aria-labelledby="homework-mentions-title">
        <Heading level={3} id="homework-mentions-title" className="homework-part-title">
          Mentioned in
        </Heading>
        <HomeworkBacklinks backlinks={backlinks} onOpenNote={onOpenNote} />
      </section>
    </SubmitForm>
  );
}
