import type { Page } from '@playwright/test';
import { type Measurement, type MetricResult, timingResult } from './bench-result';
import { withChromium } from './chromium';
import { seedClientNotes } from './notes-browser-seed';
import { clientsButton, NOTES_LIST_NAME, notesList, openClient, openClientButton, openNotesApp } from './notes-page';
import { withPreview } from './preview';
import { withSeededVault } from './seeded-vault';
import { scrollFrameIntervals, timePressToRows, type WheelScroll } from './list-timing';

const NOTES = 10_000;
const MOUNT_RUNS = 20;
const WARM_UP_RUNS = 2;
const WHEEL: WheelScroll = { steps: 120, deltaPx: 100, intervalMs: 16 };

/**
 * A client with 10,000 notes (written through dispatch(): notes.create + notes.save each): from
 * the client list, "Open <name>", from the pointerup to the first row of the "Notes" list in
 * the DOM; then frame intervals while wheel-scrolling that list.
 */
export const notesListMeasurement: Measurement = {
  name: 'notes-list',
  run: () =>
    withSeededVault(1, ({ vaultDir, passphrase }) =>
      withPreview(vaultDir, async (server) => {
        const seedingStarted = performance.now();
        const { clientName } = await seedClientNotes(server.core, passphrase, NOTES, []);
        const seedingMs = performance.now() - seedingStarted;
        return withChromium(async (browser): Promise<MetricResult[]> => {
          const { page, context, details } = await openNotesApp(browser, server);
          try {
            // The first visit fills the query cache, as it is whenever a therapist comes back to a client.
            await openClient(page, clientName);
            const setSize = await notesList(page).getByRole('listitem').first().getAttribute('aria-setsize');
            if (setSize !== String(NOTES)) throw new Error(`The notes list shows ${setSize} notes, expected ${NOTES}`);
            const mounts = await measureMounts(page, clientName);
            const frames = await scrollFrameIntervals(page, notesList(page).locator('xpath=..'), WHEEL);
            const all = { ...details, notes: NOTES, seedingThroughDispatchMs: Math.round(seedingMs) };
            return [
              timingResult(
                `notes list (${NOTES.toLocaleString('en-US')}) mount: press → rows in DOM`,
                'ms',
                mounts.toRows,
                { judged: ['p95'], max: 100 },
                {
                  ...all,
                  runs: MOUNT_RUNS,
                  warmUpRunsDiscarded: WARM_UP_RUNS,
                  how: 'Clients in the top bar, then "Open <client>"; from the pointerup on the latter to the first row of the "Notes" list in the DOM (MutationObserver). The notes are in the query cache from the first visit (refetched in the background, as the app does)',
                  rowsInDomAtMount: [...new Set(mounts.rows)],
                },
              ),
              timingResult('  press → next animation frame', 'ms', mounts.toNextFrame, null),
              timingResult(
                'notes list scroll: frame intervals',
                'ms',
                frames.intervals,
                { judged: ['p95'], max: 16.7 },
                {
                  ...all,
                  how: `requestAnimationFrame deltas during ${WHEEL.steps} mouse.wheel steps of ${WHEEL.deltaPx}px, one every ${WHEEL.intervalMs} ms, over the notes list`,
                  scrolledPx: frames.scrolledPx,
                  framesOver25ms: frames.intervals.filter((interval) => interval > 25).length,
                },
              ),
            ];
          } finally {
            await context.close();
          }
        });
      }),
    ),
};

async function measureMounts(page: Page, clientName: string): Promise<{ toRows: number[]; toNextFrame: number[]; rows: number[] }> {
  const toRows: number[] = [];
  const toNextFrame: number[] = [];
  const rows: number[] = [];
  for (let run = 0; run < WARM_UP_RUNS + MOUNT_RUNS; run++) {
    await clientsButton(page).click();
    await notesList(page).waitFor({ state: 'detached' });
    const open = openClientButton(page, clientName);
    await open.waitFor();
    const mounted = await timePressToRows(page, NOTES_LIST_NAME, () => open.click());
    if (run < WARM_UP_RUNS) continue;
    toRows.push(mounted.rowsAt - mounted.pressedAt);
    toNextFrame.push(mounted.nextFrameAt - mounted.pressedAt);
    rows.push(mounted.rows);
  }
  return { toRows, toNextFrame, rows };
}
