import type { Locator, Page } from '@playwright/test';
import { VIEWPORT } from './chromium';

/*
 * Timing a virtualised list in the page (clients, notes, a session's timeline): press to first
 * rows, and frame intervals while wheel-scrolling.
 */

export interface PressToRows {
  /** All in the page's performance.now() (ms). */
  pressedAt: number;
  rowsAt: number;
  nextFrameAt: number;
  rows: number;
}

export interface WheelScroll {
  steps: number;
  deltaPx: number;
  /** Pause after each wheel event; about one per 60 Hz frame is a steady flick of a mouse wheel. */
  intervalMs: number;
}

declare global {
  interface Window {
    __kapPressToRows?: Promise<PressToRows>;
    __kapScrollFrames?: { times: number[]; running: boolean; tick?: FrameRequestCallback };
  }
}

/**
 * The page's clock: 5 µs when the page is cross-origin isolated (the preview server sends COOP
 * and COEP), so a 16.67 ms frame reads as 16.67 and not anywhere from 16.6 to 16.8; jittered
 * 100 µs otherwise.
 */
export async function timerResolution(page: Page): Promise<string> {
  return (await page.evaluate(() => crossOriginIsolated)) ? '5 µs' : '100 µs, jittered';
}

/** Arms the probe, runs `press` (a click: the clock starts at its pointerup) and waits for the list's first rows in the DOM. */
export async function timePressToRows(page: Page, listName: string, press: () => Promise<void>): Promise<PressToRows> {
  await page.evaluate(installPressToRowsProbe, listName);
  await press();
  return page.evaluate(() => window.__kapPressToRows!);
}

/**
 * Runs in the page. React Aria buttons act on pointerup, so that is where the clock starts (the
 * event's own time stamp, so any wait for the main thread counts too).
 */
function installPressToRowsProbe(listName: string): void {
  window.__kapPressToRows = new Promise((resolve) => {
    let pressedAt: number | null = null;
    window.addEventListener('pointerup', (event) => (pressedAt = event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const rows = document.querySelectorAll(`[role="list"][aria-label="${listName}"] [role="listitem"]`).length;
      if (pressedAt === null || rows === 0) return;
      const rowsAt = performance.now();
      const started = pressedAt;
      observer.disconnect();
      requestAnimationFrame(() => resolve({ pressedAt: started, rowsAt, nextFrameAt: performance.now(), rows }));
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

/** requestAnimationFrame intervals (ms) while `scroller` is wheel-scrolled with the mouse over it. */
export async function scrollFrameIntervals(page: Page, scroller: Locator, wheel: WheelScroll): Promise<{ intervals: number[]; scrolledPx: number }> {
  const box = await scroller.boundingBox();
  if (!box) throw new Error('The list has no scroll area on screen');
  const visibleBottom = Math.min(box.y + box.height, VIEWPORT.height);
  await page.mouse.move(box.x + box.width / 2, (box.y + visibleBottom) / 2);
  const startTop = await scroller.evaluate((element) => element.scrollTop);

  await page.evaluate(() => {
    const recorder: NonNullable<Window['__kapScrollFrames']> = { times: [], running: true };
    // Assigned to a property, not declared by name: tsx wraps named functions in a helper the page lacks.
    recorder.tick = (time) => {
      recorder.times.push(time);
      if (recorder.running && recorder.tick) requestAnimationFrame(recorder.tick);
    };
    window.__kapScrollFrames = recorder;
    requestAnimationFrame(recorder.tick);
  });
  for (let step = 0; step < wheel.steps; step++) {
    await page.mouse.wheel(0, wheel.deltaPx);
    await page.waitForTimeout(wheel.intervalMs);
  }
  const times = await page.evaluate(() => {
    window.__kapScrollFrames!.running = false;
    return window.__kapScrollFrames!.times;
  });
  const scrolledPx = (await scroller.evaluate((element) => element.scrollTop)) - startTop;
  if (scrolledPx <= 0) throw new Error('The list did not scroll');
  return { intervals: times.slice(1).map((time, index) => time - times[index]!), scrolledPx };
}
