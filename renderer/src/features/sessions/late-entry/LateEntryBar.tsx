import { useId } from 'react';
import { Toolbar } from '../../../ui/aria-primitives';
import { ActionButton } from '../../../ui/ActionButton';
import { KIND_LABELS } from '../../../../../shared/session/describe-entry';
import { LATE_ENTRY_KINDS, type LateEntryKind } from '../../../../../shared/session/timeline';

/** After discharge, the one way to add to the timeline: what was seen, said or measured, remembered while writing up. */
export function LateEntryBar({ onOpen }: { onOpen: (kind: LateEntryKind) => void }) {
  const hintId = useId();
  return (
    <div className="late-entry-bar">
      <Toolbar aria-label="Add a late entry" aria-describedby={hintId} className="late-entry-buttons">
        <span className="late-entry-title" aria-hidden="true">
          Add a late entry:
        </span>
        {LATE_ENTRY_KINDS.map((kind) => (
          <ActionButton key={kind} onPress={() => onOpen(kind)}>
            {KIND_LABELS[kind]}
          </ActionButton>
        ))}
      </Toolbar>
      <p id={hintId} className="field-description">
        Remembered something while writing up? It goes into the timeline at the time it refers to, marked as a late entry with when it was written.
      </p>
    </div>
  );
}
