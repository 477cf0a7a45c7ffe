import type { Page } from '@playwright/test';

/** The room's big clock, found as a screen reader finds it. */
const CLOCK_SELECTOR = '[role="timer"][aria-label="Time since the dose"]';
const OFFSET_SAMPLES = 20;

/** A change of the clock's text, stamped with the page's Date.now(). */
export interface ClockChange {
  text: string;
  at: number;
  visible: boolean;
}

/** The clock's text as a frame painted it, stamped with the page's Date.now(). */
export interface ClockFrame {
  text: string;
  at: number;
}

export interface ClockRecord {
  changes: ClockChange[];
  /** Page Date.now() at the first visibilitychange to hidden, and at the next one to visible. */
  hiddenAt: number | null;
  shownAt: number | null;
  /** The first `framesWanted` frames after the page was shown again. */
  frames: ClockFrame[];
}

interface ClockProbe extends ClockRecord {
  framesWanted: number;
  onFrame?: FrameRequestCallback;
}

declare global {
  interface Window {
    __kapClock?: ClockProbe;
  }
}

/** Starts recording the clock's changes, the hidden window and the frames after it. */
export async function installClockProbe(page: Page, framesWanted: number): Promise<void> {
  await page.evaluate(recordClock, { selector: CLOCK_SELECTOR, framesWanted });
}

export async function readClockRecord(page: Page): Promise<ClockRecord> {
  return page.evaluate(() => {
    const { changes, hiddenAt, shownAt, frames } = window.__kapClock!;
    return { changes, hiddenAt, shownAt, frames };
  });
}

/** Resolves once the record holds at least this many changes and frames; polled by timer, since a hidden page gets no frames. */
export async function waitForClockRecord(page: Page, atLeast: { changes: number; frames: number }, timeoutMs: number): Promise<void> {
  await page.waitForFunction(({ changes, frames }) => window.__kapClock!.changes.length >= changes && window.__kapClock!.frames.length >= frames, atLeast, {
    polling: 100,
    timeout: timeoutMs,
  });
}

/**
 * Runs in the page. The observer callback runs at the microtask checkpoint right after React's
 * commit, so Date.now() there is when the DOM changed. A requestAnimationFrame callback runs just
 * before its frame is painted, so the text read there is what that frame shows. (Functions are
 * assigned to properties, not declared by name: tsx wraps named functions in a helper the page lacks.)
 */
function recordClock({ selector, framesWanted }: { selector: string; framesWanted: number }): void {
  const probe: ClockProbe = { changes: [], hiddenAt: null, shownAt: null, frames: [], framesWanted };
  window.__kapClock = probe;
  let last = document.querySelector(selector)?.textContent ?? null;
  new MutationObserver(() => {
    const text = document.querySelector(selector)?.textContent ?? null;
    if (text === null || text === last) return;
    last = text;
    probe.changes.push({ text, at: Date.now(), visible: document.visibilityState === 'visible' });
  }).observe(document.body, { childList: true, characterData: true, subtree: true });
  probe.onFrame = () => {
    probe.frames.push({ text: document.querySelector(selector)?.textContent ?? '', at: Date.now() });
    if (probe.frames.length < probe.framesWanted && probe.onFrame) requestAnimationFrame(probe.onFrame);
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      probe.hiddenAt ??= Date.now();
    } else if (probe.hiddenAt !== null && probe.shownAt === null && probe.onFrame) {
      probe.shownAt = Date.now();
      requestAnimationFrame(probe.onFrame);
    }
  });
}

export interface PageClockOffset {
  offsetMs: number;
  roundTripMs: number;
}

/**
 * The page's Date.now() minus Node's, from the round trip that was quickest (the page read its
 * clock somewhere inside it, so the offset is good to half of that). Both read the same OS clock;
 * this checks it rather than assuming it.
 */
export async function pageClockOffset(page: Page): Promise<PageClockOffset> {
  let best: PageClockOffset = { offsetMs: Number.NaN, roundTripMs: Number.POSITIVE_INFINITY };
  for (let sample = 0; sample < OFFSET_SAMPLES; sample++) {
    const before = Date.now();
    const pageNow = await page.evaluate(() => Date.now());
    const after = Date.now();
    if (after - before < best.roundTripMs) best = { offsetMs: pageNow - (before + after) / 2, roundTripMs: after - before };
  }
  return best;
}
