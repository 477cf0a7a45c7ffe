let restoringFocus = false;

/**
 * True while the shell gives focus back to a control on a return: focus that is no sign the
 * therapist is about to press it, unlike a Tab onto it (a row reading its note ahead ignores it).
 */
export function isFocusBeingRestored(): boolean {
  return restoringFocus;
}

/** How long a return keeps trying to reach the place it left: a page's lists may arrive a read or two later. */
const RESTORE_FOR_MS = 1000;

const THERAPIST_INPUT = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

/**
 * Runs `attempt` now and, until it succeeds, again on every frame as the page's content arrives,
 * for up to a second. It stops as soon as the therapist scrolls, presses or types inside `scope`:
 * their own move wins over the one remembered. Returns a function that stops it.
 */
function attemptEachFrame(scope: HTMLElement, attempt: () => boolean): () => void {
  if (attempt()) return () => undefined;
  const startedAt = performance.now();
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const input of THERAPIST_INPUT) scope.removeEventListener(input, stop);
  };
  const tryAgain = () => {
    if (attempt() || performance.now() - startedAt > RESTORE_FOR_MS) stop();
    else frame = requestAnimationFrame(tryAgain);
  };
  for (const input of THERAPIST_INPUT) scope.addEventListener(input, stop, { passive: true });
  frame = requestAnimationFrame(tryAgain);
  return stop;
}

/** Scrolls `scroller` to `top`, again as its content grows tall enough to reach it. */
export function restoreScrollTop(scroller: HTMLElement, top: number): () => void {
  return attemptEachFrame(scroller, () => {
    scroller.scrollTop = top;
    return Math.abs(scroller.scrollTop - top) < 1;
  });
}

/**
 * Gives focus back to the control the page was left by (`find`), once it is there, while focus is
 * where the return put it (`mayTakeFrom`: nothing, or the page's title): never from a control the
 * therapist chose meanwhile.
 */
export function restoreFocus(scope: HTMLElement, find: () => HTMLElement | null, mayTakeFrom: (focused: Element | null) => boolean): () => void {
  return attemptEachFrame(scope, () => {
    if (!mayTakeFrom(document.activeElement)) return true;
    const control = find();
    if (!control) return false;
    restoringFocus = true;
    try {
      control.focus({ preventScroll: true });
    } finally {
      restoringFocus = false;
    }
    return true;
  });
}
