import type { Page } from '@playwright/test';

/*
 * Keystroke-to-paint from the Event Timing API: a PerformanceObserver for 'event' entries of at
 * least 16 ms (the smallest threshold the API allows), buffered, in the page. An entry's duration
 * runs from the key's hardware time stamp to the next paint after its handlers, rounded to 8 ms.
 */

/** The events of a keystroke that can hold up its paint (keyup comes after the character is shown). */
export const KEYSTROKE_EVENTS = ['keydown', 'keypress', 'input'] as const;
/** Entries under this are not reported at all. */
export const EVENT_THRESHOLD_MS = 16;

export interface EventEntry {
  name: string;
  interactionId: number;
  startTime: number;
  duration: number;
}

declare global {
  interface Window {
    __kapEventEntries?: EventEntry[];
  }
}

/** Starts collecting; returns the page time from which keystrokes count. */
export async function startEventTiming(page: Page): Promise<number> {
  return page.evaluate(installEventObserver, { names: [...KEYSTROKE_EVENTS], threshold: EVENT_THRESHOLD_MS });
}

export async function collectEventEntries(page: Page, since: number): Promise<{ entries: EventEntry[]; interactionCount: number | null }> {
  // Entries are delivered after the paint they wait for; give the last keystrokes' paints time to land.
  await page.waitForTimeout(500);
  return page.evaluate((from) => {
    const count = (performance as Performance & { interactionCount?: number }).interactionCount;
    return { entries: (window.__kapEventEntries ?? []).filter((entry) => entry.startTime >= from), interactionCount: count ?? null };
  }, since);
}

/** Runs in the page. */
function installEventObserver(options: { names: string[]; threshold: number }): number {
  const entries: EventEntry[] = [];
  window.__kapEventEntries = entries;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (options.names.includes(entry.name))
        entries.push({ name: entry.name, interactionId: entry.interactionId, startTime: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'event', durationThreshold: options.threshold, buffered: true } as PerformanceObserverInit);
  return performance.now();
}

/**
 * One duration per keystroke: the longest of its reported entries (keydown and keypress share an
 * interactionId; an input entry has none and is counted with the keystroke it follows). Keystrokes
 * with no entry took under the threshold and count as the threshold, an upper bound.
 */
export function keystrokeDurations(entries: readonly EventEntry[], keystrokes: number): { durations: number[]; reported: number } {
  const byInteraction = new Map<number, number>();
  const sorted = [...entries].sort((a, b) => a.startTime - b.startTime);
  let current = 0;
  for (const entry of sorted) {
    if (entry.interactionId > 0) current = entry.interactionId;
    if (current === 0) continue;
    byInteraction.set(current, Math.max(byInteraction.get(current) ?? 0, entry.duration));
  }
  const reported = [...byInteraction.values()];
  const unreported = Math.max(0, keystrokes - reported.length);
  return { durations: [...reported, ...Array.from({ length: unreported }, () => EVENT_THRESHOLD_MS)], reported: reported.length };
}
