import { ActionButton } from '../../ui/ActionButton';

/** Asked before unsaved worksheet changes are dropped: a thought record typed in session is not retyped easily. */
export function LeaveUnsaved({ onDiscard, onKeepEditing }: { onDiscard: () => void; onKeepEditing: () => void }) {
  return (
    <div role="group" aria-labelledby="leave-unsaved-text" className="homework-leave">
      <p id="leave-unsaved-text" role="alert">
        This homework has changes that are not saved yet.
      </p>
      <div className="actions">
        <ActionButton onPress={onKeepEditing} autoFocus>
          Keep editing
        </ActionButton>
        <ActionButton variant="danger" onPress={onDiscard}>
          Discard changes
        </ActionButton>
      </div>
    </div>
  );
}
