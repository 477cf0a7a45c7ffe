import { useSyncExternalStore } from 'react';
import { describeError } from '../../rpc/error-message';
import { formatClockTime } from '../../ui/time-text';
import type { NoteSaveQueue, SaveState } from './editor/note-save-queue';

function describeSaveState(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return `Saved ${formatClockTime(state.at)}`;
    case 'unsaved':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved yet: ${describeError(state.error)} Trying again.`;
    case 'stopped':
      return `Not saved: ${describeError(state.error)}`;
  }
}

/** "Saved" appears only once the database has committed; anything else says what is going on. */
export function SaveStatus({ queue }: { queue: NoteSaveQueue }) {
  const state = useSyncExternalStore(queue.subscribe, queue.getState);
  return (
    <p role="status" className="save-status" data-state={state.kind}>
      {describeSaveState(state)}
    </p>
  );
}
