/**
 * Work that must reach main before the vault locks: an autosave waiting out its pause. Each
 * flusher captures what it has to save when called (synchronously), so the screen can hide the
 * records at once while the saves travel.
 */
type Flush = () => Promise<unknown>;

const flushers = new Set<Flush>();

/** How long a lock waits for saves before it locks anyway: a lock must never hang on a write. */
export const FLUSH_BEFORE_LOCK_MS = 3000;

export function registerPendingWrite(flush: Flush): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Starts every pending save now; resolves when all have answered, or after `timeoutMs`. Never rejects. */
export function flushPendingWrites(timeoutMs = FLUSH_BEFORE_LOCK_MS): Promise<void> {
  const saves = [...flushers].map((flush) => flush().catch(() => undefined));
  if (saves.length === 0) return Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  return Promise.race([Promise.all(saves).then(() => undefined), timeout]).finally(() => clearTimeout(timer));
}
