/** Which dialog was open over a session's room, and what had been typed into each of its fields. */
export interface RoomDialogDraft<Dialog> {
  dialog: Dialog;
  values: Map<string, unknown>;
}

/**
 * The dialog open over each session's room, with its typed values, so that a lock (which unmounts
 * the room) does not lose an observation half written: after the unlock the room opens the same
 * dialog with the same text. Held in this window's memory only, never written anywhere, like
 * unsaved note text (decision 0030); a reload or quit loses it, as it loses any unsaved typing.
 * Closing the dialog (saved or cancelled) forgets it.
 */
const kept = new Map<string, RoomDialogDraft<unknown>>();

export function keptRoomDialog<Dialog>(sessionId: string): Dialog | null {
  return (kept.get(sessionId)?.dialog as Dialog | undefined) ?? null;
}

/** A dialog opened: it starts empty (a new one replaces whatever was kept). */
export function keepRoomDialog(sessionId: string, dialog: unknown): void {
  kept.set(sessionId, { dialog, values: new Map() });
}

export function forgetRoomDialog(sessionId: string): void {
  kept.delete(sessionId);
}

export function keptDraftValue(sessionId: string, field: string): { value: unknown } | null {
  const values = kept.get(sessionId)?.values;
  return values?.has(field) ? { value: values.get(field) } : null;
}

/** Only while that dialog is kept: a value typed after it was forgotten has nothing to belong to. */
export function keepDraftValue(sessionId: string, field: string, value: unknown): void {
  kept.get(sessionId)?.values.set(field, value);
}
