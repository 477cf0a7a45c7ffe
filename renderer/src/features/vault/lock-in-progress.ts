/**
 * A lock from the renderer reaches main only after the drafts it saves have answered. An unlock
 * typed in that moment must not overtake it, or the late lock would close the vault just opened.
 */
let inProgress: Promise<void> = Promise.resolve();

export function trackLock(lock: Promise<unknown>): void {
  inProgress = lock.then(
    () => undefined,
    () => undefined,
  );
}

/** Resolves once the last lock has reached main. Never rejects. */
export function lockSettled(): Promise<void> {
  return inProgress;
}
