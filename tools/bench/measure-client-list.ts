import type { Locator, Page } from '@playwright/test';
import { type Measurement, type MetricResult, timingResult } from './bench-result';
import { VIEWPORT, withChromium } from './chromium';
import { scrollFrameIntervals, timePressToRows, timerResolution, type WheelScroll } from './list-timing';
import { passphraseField } from './lock-screen';
import { withPreview } from './preview';
import { withSeededVault } from './seeded-vault';

const CLIENTS = 1000;
const LIST_NAME = 'Active clients';
const MOUNT_RUNS = 20;
const WARM_UP_RUNS = 2;
const WHEEL: WheelScroll = { steps: 120, deltaPx: 100, intervalMs: 16 };

/**
 * Mounting the list of 1,000 clients with the data already cached (Settings, then back to Clients),
 * and frame times while scrolling it with the mouse wheel.
 */
export const clientListMeasurement: Measurement = {
  name: 'client-list',
  run: () =>
    withSeededVault(CLIENTS, ({ vaultDir, passphrase }) =>
      withPreview(vaultDir, (server) =>
        withChromium(async (browser): Promise<MetricResult[]> => {
          const context = await browser.newContext({ viewport: VIEWPORT });
          try {
            const page = await context.newPage();
            await page.goto(server.url);
            const resolution = await timerResolution(page);
            await passphraseField(page).fill(passphrase);
            await page.getByRole('button', { name: 'Unlock' }).click();
            const list = page.getByRole('list', { name: LIST_NAME });
            await list.getByRole('listitem').first().waitFor();
            const setSize = await list.getByRole('listitem').first().getAttribute('aria-setsize');
            if (setSize !== String(CLIENTS)) throw new Error(`The list shows ${setSize} clients, expected ${CLIENTS}`);

            const mount = await measureMounts(page, list);
            const frames = await scrollFrameIntervals(page, list.locator('xpath=..'), WHEEL);
            const details = { clients: CLIENTS, browser: `Chromium ${browser.version()} (headless)`, viewport: VIEWPORT, timerResolution: resolution };
            return [
              timingResult(
                `client list (${CLIENTS.toLocaleString('en-US')}) mount: press → rows in DOM`,
                'ms',
                mount.toRows,
                { judged: ['p95'], max: 100 },
                {
                  ...details,
                  runs: MOUNT_RUNS,
                  warmUpRunsDiscarded: WARM_UP_RUNS,
                  how: 'Settings, then Clients in the top bar; from the pointerup that presses "Clients" to the first list row in the DOM (MutationObserver)',
                  rowsInDomAtMount: [...new Set(mount.rows)],
                },
              ),
              timingResult('  press → next animation frame', 'ms', mount.toNextFrame, null),
              timingResult(
                'client list scroll: frame intervals',
                'ms',
                frames.intervals,
                { judged: ['p95'], max: 16.7 },
                {
                  ...details,
                  how: `requestAnimationFrame deltas during ${WHEEL.steps} mouse.wheel steps of ${WHEEL.deltaPx}px, one every ${WHEEL.intervalMs} ms`,
                  scrolledPx: frames.scrolledPx,
                  framesOver25ms: frames.intervals.filter((interval) => interval > 25).length,
                },
              ),
            ];
          } finally {
            await context.close();
          }
        }),
      ),
    ),
};

async function measureMounts(page: Page, list: Locator): Promise<{ toRows: number[]; toNextFrame: number[]; rows: number[] }> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const toRows: number[] = [];
  const toNextFrame: number[] = [];
  const rows: number[] = [];
  for (let run = 0; run < WARM_UP_RUNS + MOUNT_RUNS; run++) {
    await nav.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await list.waitFor({ state: 'detached' });
    const mounted = await timePressToRows(page, LIST_NAME, () => nav.getByRole('button', { name: 'Clients' }).click());
    if (run < WARM_UP_RUNS) continue;
    toRows.push(mounted.rowsAt - mounted.pressedAt);
    toNextFrame.push(mounted.nextFrameAt - mounted.pressedAt);
    rows.push(mounted.rows);
  }
  return { toRows, toNextFrame, rows };
}
