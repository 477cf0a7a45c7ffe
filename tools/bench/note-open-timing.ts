import type { Page } from '@playwright/test';
import { EDITOR_NAME } from './notes-page';

/*
 * Timing a note opening in the page: from the pointerup on the note's button to the frame in
 * which the editor shows the note's text.
 */

export interface NoteOpened {
  /** All in the page's performance.now() (ms). */
  pressedAt: number;
  /** The editor holds the note's opening words (MutationObserver). */
  contentAt: number;
  /** After that frame's rendering: requestAnimationFrame, then a message, which runs once the frame is painted. */
  paintedAt: number;
  /**
   * Calls to main (POST /__kap/rpc) started once the probe was armed (just before the click, so a
   * read made as the row is hovered counts) and answered before the content showed, and when the
   * last was answered.
   */
  rpcs: number;
  lastRpcAnsweredAt: number | null;
}

declare global {
  interface Window {
    __kapNoteOpened?: Promise<NoteOpened>;
  }
}

/** Arms the probe, runs `press` (a click: the clock starts at its pointerup) and waits for the painted content. */
export async function timeNoteOpen(page: Page, openingWords: string, press: () => Promise<void>): Promise<NoteOpened> {
  await page.evaluate(installNoteOpenProbe, { editorName: EDITOR_NAME, openingWords });
  await press();
  return page.evaluate(() => window.__kapNoteOpened!);
}

/** Runs in the page; no named inner functions (tsx would wrap them in a helper the page lacks). */
function installNoteOpenProbe(args: { editorName: string; openingWords: string }): void {
  // The page's resource timing buffer holds 250 entries: emptied per opening, so every opening's calls are seen.
  performance.clearResourceTimings();
  const armedAt = performance.now();
  window.__kapNoteOpened = new Promise((resolve) => {
    let pressedAt: number | null = null;
    window.addEventListener('pointerup', (event) => (pressedAt = event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (pressedAt === null) return;
      const box = document.querySelector(`[role="textbox"][aria-label="${args.editorName}"]`);
      if (!box?.textContent?.includes(args.openingWords)) return;
      const contentAt = performance.now();
      const started = pressedAt;
      observer.disconnect();
      const answered = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.name.includes('/__kap/rpc') && entry.startTime >= armedAt && entry.responseEnd > 0 && entry.responseEnd <= contentAt)
        .map((entry) => entry.responseEnd);
      const lastRpcAnsweredAt = answered.length > 0 ? Math.max(...answered) : null;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ pressedAt: started, contentAt, paintedAt: performance.now(), rpcs: answered.length, lastRpcAnsweredAt });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}
