import type { Page } from '@playwright/test';
import { addCalendarDays, localCalendarDate } from '../../shared/calendar-date';
import type { RpcClient } from '../../shared/contract';
import { type Measurement, type MetricResult, timingResult } from './bench-result';
import { VIEWPORT, withChromium } from './chromium';
import { withPreview } from './preview';
import { withSeededVault } from './seeded-vault';

const CLIENTS = 200;
const MOUNT_RUNS = 20;
const WARM_UP_RUNS = 2;
const LIST_NAME = 'Active clients';

declare global {
  interface Window {
    __kapHome?: Promise<{ pressedAt: number; shownAt: number; todayItems: number; rows: number }>;
  }
}

/**
 * Every client in an induction course started ten days ago (doses overdue), with a planned
 * session and completed homework to review: the home screen's Today and the caseload line have
 * something to say about each of them.
 */
async function putCaseloadInCourses(client: RpcClient): Promise<void> {
  const today = localCalendarDate(Date.now());
  const { clients } = await client.call('clients.list', {});
  const protocol = (await client.call('protocols.list', {})).protocols.find((candidate) => candidate.route === 'im' && candidate.isDefault)!;
  for (const { id: clientId } of clients) {
    await client.call('courses.start', {
      clientId,
      kind: 'induction',
      schedule: { kind: 'clinic-default', doses: 6, weeks: 3 },
      startDate: addCalendarDays(today, -10),
    });
    await client.call('sessions.plan', { clientId, protocolId: protocol.id, plannedDoseMg: 50 });
    const fields = { type: 'custom', instructions: 'Notice one moment each day.' } as const;
    const homework = await client.call('homework.create', { clientId, title: 'Daily noticing', fields });
    await client.call('homework.update', { id: homework.id, title: homework.title, fields, status: 'completed', outcome: null });
  }
}

/**
 * Runs in the page: from the pointerup on "Clients" until the Today panel lists its items and the
 * client list has rows (both cached, as on every return to the home screen).
 */
function installHomeProbe(listName: string): void {
  window.__kapHome = new Promise((resolve) => {
    let pressedAt: number | null = null;
    window.addEventListener('pointerup', (event) => (pressedAt = event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const todayItems = document.querySelectorAll('section[aria-labelledby="today-title"] li').length;
      const rows = document.querySelectorAll(`[role="list"][aria-label="${listName}"] [role="listitem"]`).length;
      if (pressedAt === null || todayItems === 0 || rows === 0) return;
      observer.disconnect();
      resolve({ pressedAt, shownAt: performance.now(), todayItems, rows });
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

async function measureMounts(page: Page): Promise<{ times: number[]; todayItems: number[] }> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const times: number[] = [];
  const todayItems: number[] = [];
  for (let run = 0; run < WARM_UP_RUNS + MOUNT_RUNS; run++) {
    await nav.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.evaluate(installHomeProbe, LIST_NAME);
    await nav.getByRole('button', { name: 'Clients' }).click();
    const shown = await page.evaluate(() => window.__kapHome!);
    if (run < WARM_UP_RUNS) continue;
    times.push(shown.shownAt - shown.pressedAt);
    todayItems.push(shown.todayItems);
  }
  return { times, todayItems };
}

/** The home screen (Today and the caseload list) with 200 active clients in courses: issue 12's budget, 100 ms. */
export const homeScreenMeasurement: Measurement = {
  name: 'home-screen',
  run: () =>
    withSeededVault(CLIENTS, ({ vaultDir, passphrase }) =>
      withPreview(vaultDir, async (server) => {
        await server.client.call('vault.unlock', { passphrase });
        await putCaseloadInCourses(server.client);
        return withChromium(async (browser): Promise<MetricResult[]> => {
          const context = await browser.newContext({ viewport: VIEWPORT });
          try {
            const page = await context.newPage();
            await page.goto(server.url);
            await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
            const mount = await measureMounts(page);
            return [
              timingResult(
                `home screen (${CLIENTS} clients in courses) mount: press → Today items and list rows in DOM`,
                'ms',
                mount.times,
                { judged: ['p95'], max: 100 },
                {
                  clients: CLIENTS,
                  runs: MOUNT_RUNS,
                  warmUpRunsDiscarded: WARM_UP_RUNS,
                  todayItemsShown: [...new Set(mount.todayItems)],
                  how: 'Settings, then Clients in the top bar, data cached; from the pointerup on "Clients" to Today list items and client rows in the DOM (MutationObserver)',
                  browser: `Chromium ${browser.version()} (headless)`,
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
