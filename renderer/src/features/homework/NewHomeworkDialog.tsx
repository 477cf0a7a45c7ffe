import { useState } from 'react';
import { type Homework } from '../../../../shared/contract';
import { emptyHomeworkFields, HOMEWORK_LIMITS, type HomeworkType } from '../../../../shared/homework/homework-types';
import { FormDialog } from '../../ui/FormDialog';
import { TextInputField } from '../../ui/TextInputField';
import { HomeworkDueDateField } from './HomeworkDueDateField';
import { useSubmit } from '../../ui/use-submit';
import { titleProblem } from './homework-draft';
import { useCreateHomework } from './homework-queries';
import { HomeworkTypeChoice } from './HomeworkTypeChoice';
import './homework.css';

interface NewHomeworkDialogProps {
  clientId: string;
  /** From the note editor: the words the therapist selected or typed. */
  initialTitle?: string;
  onClose: () => void;
  onCreated: (homework: Homework) => void;
}

/**
 * Type, title and an optional due date, nothing more: the note editor links to the new homework
 * mid-sentence, so this must be quick. The worksheet itself is filled in later.
 */
export function NewHomeworkDialog({ clientId, initialTitle = '', onClose, onCreated }: NewHomeworkDialogProps) {
  const [type, setType] = useState<HomeworkType | null>(null);
  const [title, setTitle] = useState(initialTitle);
  const [dueDate, setDueDate] = useState('');
  const create = useCreateHomework();
  const creating = useSubmit<'type' | 'title'>();

  const submit = () => {
    const problems = { type: type === null ? 'Choose the kind of homework.' : undefined, title: titleProblem(title) ?? undefined };
    if (creating.showProblems(problems) || type === null) return;
    void creating.run(async () => onCreated(await create.mutateAsync({ clientId, title, dueDate: dueDate || null, fields: emptyHomeworkFields(type) })));
  };

  return (
    <FormDialog title="Assign homework" submitLabel="Assign" {...creating.formProps} onSubmit={submit} onClose={onClose} modalClassName="homework-new-modal">
      <HomeworkTypeChoice value={type} onChange={creating.bind('type', setType).onChange} autoFocus />
      <div className="field-pair">
        <TextInputField
          label="Title"
          description="As the client will know it."
          value={title}
          {...creating.bind('title', setTitle)}
          isRequired
          maxLength={HOMEWORK_LIMITS.title}
          autoComplete="off"
        />
        <HomeworkDueDateField value={dueDate} onChange={setDueDate} />
      </div>
    </FormDialog>
  );
}
