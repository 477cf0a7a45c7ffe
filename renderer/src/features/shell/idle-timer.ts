/** What counts as the therapist being present. Focus is captured, so it covers every field and window focus. */
export const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel', 'focus'] as const;

type ActivitySource = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/**
 * Calls `onIdle` once, after `limitMs` with no activity on `source`. Plain setTimeout and
 * Date.now(), so fake clocks drive it. Activity only stamps a time; the one timer re-arms itself
 * for whatever is left when it fires. Returns a function that stops watching.
 */
export function watchIdle(source: ActivitySource, limitMs: number, onIdle: () => void): () => void {
  let lastActivity = Date.now();
  const markActive = () => {
    lastActivity = Date.now();
  };
  let timer: ReturnType<typeof setTimeout>;
  const check = () => {
    const idleFor = Date.now() - lastActivity;
    if (idleFor >= limitMs) onIdle();
    else timer = setTimeout(check, limitMs - idleFor);
  };
  timer = setTimeout(check, limitMs);
  for (const type of ACTIVITY_EVENTS) source.addEventListener(type, markActive, { capture: true, passive: true });
  return () => {
    clearTimeout(timer);
    for (const type of ACTIVITY_EVENTS) source.removeEventListener(type, markActive, { capture: true });
  };
}
