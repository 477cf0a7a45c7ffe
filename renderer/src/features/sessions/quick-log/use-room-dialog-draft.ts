import { createContext, useCallback, useContext, useState } from 'react';
import { forgetRoomDialog, keepDraftValue, keepRoomDialog, keptDraftValue, keptRoomDialog } from './room-dialog-drafts';

/** The session whose open room dialog keeps its fields through a lock; none (a correction from the timeline) keeps nothing. */
export const RoomDialogDraftContext = createContext<string | null>(null);

/**
 * The room's open dialog, kept through a lock: after an unlock the room opens with the dialog that
 * was open. `close` is for a dialog that was saved or cancelled, and forgets what it held.
 */
export function useKeptRoomDialog<Dialog>(sessionId: string) {
  const [dialog, setDialog] = useState<Dialog | null>(() => keptRoomDialog<Dialog>(sessionId));
  const open = useCallback(
    (next: Dialog) => {
      keepRoomDialog(sessionId, next);
      setDialog(next);
    },
    [sessionId],
  );
  const close = useCallback(() => {
    forgetRoomDialog(sessionId);
    setDialog(null);
  }, [sessionId]);
  return { dialog, open, close };
}

/**
 * A dialog field's state, like useState; inside a room dialog it also keeps each value typed, and
 * starts from the kept one, so the text is back after a lock. Every quick-log dialog uses it for
 * what the therapist types, so no dialog needs code of its own for this.
 */
export function useDraftField<T>(field: string, initial: T): [T, (value: T) => void] {
  const sessionId = useContext(RoomDialogDraftContext);
  const [value, setValue] = useState<T>(() => {
    const kept = sessionId === null ? null : keptDraftValue(sessionId, field);
    return kept ? (kept.value as T) : initial;
  });
  const set = useCallback(
    (next: T) => {
      if (sessionId !== null) keepDraftValue(sessionId, field, next);
      setValue(next);
    },
    [sessionId, field],
  );
  return [value, set];
}
