import { useSyncExternalStore } from 'react';

/**
 * The wall clock, repainted once a second on the second. Nothing is counted here: screens derive
 * every time from stored anchors and this value, so a reload, a crash or a sleeping laptop never
 * skews them. Plain timers and Date.now(), so a fake clock in tests drives it.
 */
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setTimeout> | undefined;

function tick() {
  now = Date.now();
  for (const listener of listeners) listener();
  timer = setTimeout(tick, 1000 - (now % 1000));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    now = Date.now();
    timer = setTimeout(tick, 1000 - (now % 1000));
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) clearTimeout(timer);
  };
}

/** Before the first subscriber the stored value may be old; refresh it, but only per second, so the snapshot stays stable. */
function snapshot(): number {
  if (listeners.size === 0 && Date.now() - now >= 1000) now = Date.now();
  return now;
}

export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot);
}
