/** How long a return keeps trying to reach the scroll position it left: a page's lists may arrive a read or two later. */
const RESTORE_FOR_MS = 1000;

const THERAPIST_INPUT = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

/**
 * Scrolls `scroller` to `top`, and, while its content is still too short to reach it, again on
 * every frame as the content grows, for up to a second. It stops as soon as the therapist scrolls,
 * presses or types: their own move wins over the one remembered. Returns a function that stops it.
 */
export function restoreScrollTop(scroller: HTMLElement, top: number): () => void {
  scroller.scrollTop = top;
  if (Math.abs(scroller.scrollTop - top) < 1) return () => undefined;
  const startedAt = performance.now();
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const input of THERAPIST_INPUT) scroller.removeEventListener(input, stop);
  };
  const tryAgain = () => {
    scroller.scrollTop = top;
    if (Math.abs(scroller.scrollTop - top) < 1 || performance.now() - startedAt > RESTORE_FOR_MS) stop();
    else frame = requestAnimationFrame(tryAgain);
  };
  for (const input of THERAPIST_INPUT) scroller.addEventListener(input, stop, { passive: true });
  frame = requestAnimationFrame(tryAgain);
  return stop;
}
