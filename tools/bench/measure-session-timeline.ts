import type { Locator, Page } from '@playwright/test';
import { type Measurement, type MetricResult, timingResult } from './bench-result';
import { VIEWPORT, withChromium } from './chromium';
import { withPreview } from './preview';
import { withSeededVault } from './seeded-vault';
import { scrollFrameIntervals, timePressToRows, timerResolution, type WheelScroll } from './list-timing';
import { logSampleEntries, seedDosedSession } from './session-seed';

const EVENTS = 500;
/** 500 entries 20 s apart fill 2 h 47 min, all after the dose and before now (main refuses future times). */
const EVENT_STEP_MS = 20_000;
const DOSED_AGO_MS = 3 * 60 * 60_000;
const LIST_NAME = 'Timeline, newest first';
const OPEN_RUNS = 20;
const WARM_UP_RUNS = 2;
const WHEEL: WheelScroll = { steps: 120, deltaPx: 100, intervalMs: 16 };

/**
 * A dosed session with 500 timeline entries: opening its room from the client's page (press to
 * the timeline's first rows in the DOM), and frame times while scrolling the timeline.
 */
export const sessionTimelineMeasurement: Measurement = {
  name: 'session-timeline',
  run: () =>
    withSeededVault(1, ({ vaultDir, passphrase }) =>
      withPreview(vaultDir, async (server) => {
        const session = await seedDosedSession(server.core, passphrase, Date.now() - DOSED_AGO_MS);
        await logSampleEntries(server.core, session.id, EVENTS, session.dosedAt + EVENT_STEP_MS, EVENT_STEP_MS);
        return withChromium(async (browser): Promise<MetricResult[]> => {
          const context = await browser.newContext({ viewport: VIEWPORT });
          try {
            const page = await context.newPage();
            // Main is unlocked with a session running, so the app opens straight in its room.
            await page.goto(server.url);
            const list = page.getByRole('list', { name: LIST_NAME });
            await list.getByRole('listitem').first().waitFor();
            const setSize = await list.getByRole('listitem').first().getAttribute('aria-setsize');
            // The dose is on the timeline too.
            if (setSize !== String(EVENTS + 1)) throw new Error(`The timeline shows ${setSize} entries, expected ${EVENTS + 1}`);

            const opens = await measureOpens(page, list);
            const frames = await scrollFrameIntervals(page, list.locator('xpath=..'), WHEEL);
            const details = {
              timelineEntries: EVENTS + 1,
              browser: `Chromium ${browser.version()} (headless)`,
              viewport: VIEWPORT,
              timerResolution: await timerResolution(page),
            };
            return [
              timingResult(`session room open (${EVENTS} entries): press → timeline rows in DOM`, 'ms', opens.toRows, null, {
                ...details,
                runs: OPEN_RUNS,
                warmUpRunsDiscarded: WARM_UP_RUNS,
                how: '"Back to the client’s page", then "Return to the session room"; from the pointerup on the latter to the first timeline row in the DOM (MutationObserver). The session is in the query cache (the app resumed into it), as it is whenever a therapist steps out of the room and back',
                target: 'none in the budget of docs/architecture.md, section 7 (its list budget, mount <= 100 ms, is for the client and notes lists)',
                rowsInDomAtOpen: [...new Set(opens.rows)],
              }),
              timingResult('  press → next animation frame', 'ms', opens.toNextFrame, null),
              timingResult(
                'session timeline scroll: frame intervals',
                'ms',
                frames.intervals,
                { judged: ['p95'], max: 16.7 },
                {
                  ...details,
                  how: `requestAnimationFrame deltas during ${WHEEL.steps} mouse.wheel steps of ${WHEEL.deltaPx}px, one every ${WHEEL.intervalMs} ms, over the timeline (newest first)`,
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

async function measureOpens(page: Page, list: Locator): Promise<{ toRows: number[]; toNextFrame: number[]; rows: number[] }> {
  const toRows: number[] = [];
  const toNextFrame: number[] = [];
  const rows: number[] = [];
  for (let run = 0; run < WARM_UP_RUNS + OPEN_RUNS; run++) {
    await page.getByRole('button', { name: 'Back to the client’s page' }).click();
    await list.waitFor({ state: 'detached' });
    const returnButton = page.getByRole('button', { name: 'Return to the session room' });
    await returnButton.waitFor();
    const opened = await timePressToRows(page, LIST_NAME, () => returnButton.click());
    if (run < WARM_UP_RUNS) continue;
    toRows.push(opened.rowsAt - opened.pressedAt);
    toNextFrame.push(opened.nextFrameAt - opened.pressedAt);
    rows.push(opened.rows);
  }
  return { toRows, toNextFrame, rows };
}
