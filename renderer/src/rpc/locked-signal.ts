/**
 * Raised when any call answers LOCKED: main locked the vault behind our back (or the push event
 * was missed), so the session must drop its data and show the lock screen.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

export function onLockedAnswer(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceLockedAnswer(): void {
  for (const listener of listeners) listener();
}
