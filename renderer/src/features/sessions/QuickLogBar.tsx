import { Toolbar } from '../../ui/aria-primitives';
import { ActionButton } from '../../ui/ActionButton';
import type { EditableKind } from './quick-log/EntryEditor';
import { LOG_SHORTCUTS } from './room-shortcuts';

/** The ways to add to the timeline, each with its key; the keys work whenever no field has focus. Arrow keys move along. */
export function QuickLogBar({ onOpen }: { onOpen: (kind: EditableKind) => void }) {
  return (
    <Toolbar aria-label="Add to the timeline" className="quick-log-bar">
      {LOG_SHORTCUTS.map(({ key, kind, label }) => (
        <ActionButton key={kind} className="quick-log-button" onPress={() => onOpen(kind)} keyShortcut={key}>
          <kbd className="key-hint" aria-hidden="true">
            {key}
          </kbd>
          {label}
        </ActionButton>
      ))}
    </Toolbar>
  );
}
