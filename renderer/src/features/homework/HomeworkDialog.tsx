import { useState } from 'react';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { ModalDialog } from '../../ui/ModalDialog';
import { HomeworkEditor } from './HomeworkEditor';
import { useHomework } from './homework-queries';
import { LeaveUnsaved } from './LeaveUnsaved';
import './homework.css';
import { useNavigation } from '../../navigation/navigation';

interface HomeworkDialogProps {
  homeworkId: string;
  onClose: () => void;
}

/** One homework's worksheet over the client's page. Leaving with unsaved changes (Close, Escape, a note) asks first. */
export function HomeworkDialog({ homeworkId, onClose }: HomeworkDialogProps) {
  const { openNote } = useNavigation();
  const homework = useHomework(homeworkId);
  const [dirty, setDirty] = useState(false);
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  const title = homework.data?.homework.title;

  const leave = (action: () => void) => {
    if (dirty) setPendingLeave(() => action);
    else action();
  };

  return (
    <ModalDialog title={title !== undefined ? `Homework: ${title}` : 'Homework'} onClose={() => leave(onClose)} modalClassName="homework-modal">
      {homework.data ? (
        <HomeworkEditor
          key={homework.data.homework.id}
          homework={homework.data.homework}
          backlinks={homework.data.backlinks}
          onDirtyChange={setDirty}
          onClose={() => leave(onClose)}
          onOpenNote={(noteId) => leave(() => openNote(noteId))}
        />
      ) : homework.error ? (
        <div className="form">
          <FormAlert>{describeError(homework.error)}</FormAlert>
          <div className="actions">
            <ActionButton onPress={onClose}>Close</ActionButton>
          </div>
        </div>
      ) : (
        <p className="loading">Loading…</p>
      )}
      {pendingLeave ? (
        <LeaveUnsaved
          onKeepEditing={() => setPendingLeave(null)}
          onDiscard={() => {
            setPendingLeave(null);
            pendingLeave();
          }}
        />
      ) : null}
    </ModalDialog>
  );
}
