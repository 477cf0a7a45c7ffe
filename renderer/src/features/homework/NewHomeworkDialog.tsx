import { useState, type FormEvent } from 'react';
import { Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { Homework } from '../../../../shared/contract';
import { emptyHomeworkFields, HOMEWORK_LIMITS, type HomeworkType } from '../../../../shared/homework/homework-types';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { TextInputField } from '../../ui/TextInputField';
import { titleProblem } from './homework-draft';
import { useCreateHomework } from './homework-queries';
import { HomeworkTypeChoice } from './HomeworkTypeChoice';
import './homework.css';

interface NewHomeworkDialogProps {
  clientId: string;
  /** From the note editor: the words the therapist selected or typed. */
  initialTitle?: string;
  onClose(): void;
  onCreated(homework: Homework): void;
}

/**
 * Type, title and an optional due date, nothing more: the note editor links to the new homework
 * mid-sentence, so this must be quick. The worksheet itself is filled in later.
 */
export function NewHomeworkDialog({ clientId, initialTitle = '', onClose, onCreated }: NewHomeworkDialogProps) {
  const [type, setType] = useState<HomeworkType | null>(null);
  const [title, setTitle] = useState(initialTitle);
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateHomework();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const problems: Record<string, string> = {};
    if (type === null) problems.type = 'Choose the kind of homework.';
    const titleIssue = titleProblem(title);
    if (titleIssue) problems.title = titleIssue;
    setErrors(problems);
    if (type === null || titleIssue) return;
    create.mutate({ clientId, title, dueDate: dueDate || null, fields: emptyHomeworkFields(type) }, { onSuccess: onCreated });
  };

  return (
    <ModalOverlay isOpen onOpenChange={(open) => !open && onClose()} className="modal-overlay">
      <Modal className="modal homework-new-modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            Assign homework
          </Heading>
          <Form onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form">
            <HomeworkTypeChoice
              value={type}
              onChange={(chosen) => {
                setType(chosen);
                setErrors(({ type: _done, ...rest }) => rest);
              }}
              autoFocus
            />
            <div className="field-pair">
              <TextInputField
                name="title"
                label="Title"
                description="As the client will know it."
                value={title}
                onChange={(value) => {
                  setTitle(value);
                  setErrors(({ title: _done, ...rest }) => rest);
                }}
                isRequired
                maxLength={HOMEWORK_LIMITS.title}
                autoComplete="off"
              />
              <TextInputField name="dueDate" label="Due date" description="Optional." inputType="date" min="1900-01-01" value={dueDate} onChange={setDueDate} />
            </div>
            <FormAlert>{create.isError ? describeError(create.error) : null}</FormAlert>
            <div className="actions">
              <ActionButton onPress={onClose}>Cancel</ActionButton>
              <ActionButton type="submit" variant="primary" busy={create.isPending}>
                Assign
              </ActionButton>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
