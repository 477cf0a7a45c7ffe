import type { Page } from '@playwright/test';
import { localCalendarDate } from '../../shared/calendar-date';
import type { RpcClient } from '../../shared/contract';
import { type Measurement, type MetricResult, timingResult } from './bench-result';
import { VIEWPORT, withChromium } from './chromium';
import { withPreview } from './preview';
import { withSeededVault } from './seeded-vault';

const DOSES = 50;
const NOTES = 300;
const HOMEWORK = 200;
const MEASURES = 100;
const RUNS = 20;
const WARM_UP_RUNS = 2;
const DAY = 86_400_000;

declare global {
  interface Window {
    __kapFollowUp?: Promise<{ pressedAt: number; shownAt: number }>;
  }
}

/**
 * A year of one client's care through dispatch(): 50 discharged IM doses (vitals, sedation, the
 * client's words), 300 notes, 200 homework items and 100 measures. Dates are spread over the year
 * by the times the calls carry where they can; notes and homework are written now.
 */
async function seedYearOfCare(client: RpcClient, clientId: string): Promise<void> {
  const protocol = (await client.call('protocols.list', {})).protocols.find((candidate) => candidate.route === 'im' && candidate.isDefault)!;
  const yearAgo = Date.now() - 365 * DAY;
  for (let dose = 0; dose < DOSES; dose++) {
    const at = yearAgo + dose * 7 * DAY;
    const session = await client.call('sessions.plan', { clientId, protocolId: protocol.id, plannedDoseMg: 50 });
    await client.call('sessions.checkIn', { id: session.id, readiness: {}, intention: 'To stay with what comes', at });
    await client.call('sessions.logEvent', { sessionId: session.id, entry: { kind: 'dose', amountMg: 50 }, at: at + 10 * 60_000 });
    await client.call('sessions.logEvent', {
      sessionId: session.id,
      entry: { kind: 'vitals', vitals: { systolic: 132, diastolic: 84, heartRate: 76, spo2: 98 } },
      at: at + 50 * 60_000,
    });
    await client.call('sessions.logEvent', { sessionId: session.id, entry: { kind: 'sedation', moaas: 4 }, at: at + 55 * 60_000 });
    await client.call('sessions.logEvent', {
      sessionId: session.id,
      entry: { kind: 'quote', text: `The tide went out slowly (${dose + 1}).` },
      at: at + 60 * 60_000,
    });
    await client.call('sessions.discharge', { id: session.id, checklist: {}, at: at + 160 * 60_000 });
  }
  for (let index = 0; index < NOTES; index++) await client.call('notes.create', { clientId, kind: 'integration', title: `Integration ${index + 1}` });
  const fields = { type: 'custom', instructions: 'Notice one moment each day.' } as const;
  for (let index = 0; index < HOMEWORK; index++) await client.call('homework.create', { clientId, title: `Practice ${index + 1}`, fields });
  for (let index = 0; index < MEASURES; index++) {
    const total = 20 - Math.floor((index * 15) / MEASURES);
    const answers = Array.from({ length: 9 }, (_, item) => Math.min(3, Math.max(0, total - item * 3)));
    await client.call('measures.record', { clientId, kind: 'phq-9', answers, takenOn: localCalendarDate(yearAgo + index * 3 * DAY) });
  }
}

/** Runs in the page: from the pointerup on "Prepare the follow-up" to the session's highlights in the DOM. */
function installFollowUpProbe(): void {
  window.__kapFollowUp = new Promise((resolve) => {
    let pressedAt: number | null = null;
    window.addEventListener('pointerup', (event) => (pressedAt = event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const highlights = document.querySelector('section[aria-labelledby="follow-up-highlights-title"] li');
      if (pressedAt === null || highlights === null) return;
      observer.disconnect();
      resolve({ pressedAt, shownAt: performance.now() });
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

async function measureOpens(page: Page, clientName: string): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < WARM_UP_RUNS + RUNS; run++) {
    await page.getByRole('heading', { name: clientName, level: 1 }).waitFor();
    await page.evaluate(installFollowUpProbe);
    await page.getByRole('button', { name: 'Prepare the follow-up' }).click();
    const shown = await page.evaluate(() => window.__kapFollowUp!);
    if (run >= WARM_UP_RUNS) times.push(shown.shownAt - shown.pressedAt);
    await page.getByRole('button', { name: `← ${clientName}` }).click();
  }
  return times;
}

/** The follow-up preparation of a client with a year of history: issue 12's budget, 150 ms. */
export const followUpScreenMeasurement: Measurement = {
  name: 'follow-up-screen',
  run: () =>
    withSeededVault(1, ({ vaultDir, passphrase }) =>
      withPreview(vaultDir, async (server) => {
        await server.client.call('vault.unlock', { passphrase });
        const [client] = (await server.client.call('clients.list', {})).clients;
        await seedYearOfCare(server.client, client!.id);
        const reads: number[] = [];
        for (let run = 0; run < WARM_UP_RUNS + RUNS; run++) {
          const started = performance.now();
          await server.client.call('followUps.prepare', { clientId: client!.id });
          if (run >= WARM_UP_RUNS) reads.push(performance.now() - started);
        }
        return withChromium(async (browser): Promise<MetricResult[]> => {
          const context = await browser.newContext({ viewport: VIEWPORT });
          try {
            const page = await context.newPage();
            await page.goto(`${server.url}#/client/${client!.id}`);
            const opens = await measureOpens(page, client!.displayName);
            const details = { doses: DOSES, notes: NOTES, homework: HOMEWORK, measures: MEASURES, runs: RUNS, warmUpRunsDiscarded: WARM_UP_RUNS };
            return [
              timingResult(
                'follow-up preparation, a year of history: press → highlights in DOM',
                'ms',
                opens,
                { judged: ['p95'], max: 150 },
                {
                  ...details,
                  how: 'On the client page, "Prepare the follow-up"; from its pointerup to the first highlight of the last dose in the DOM, then back to the client page, as a therapist going back and forth in one sitting',
                  browser: `Chromium ${browser.version()} (headless)`,
                },
              ),
              timingResult('  followUps.prepare through dispatch()', 'ms', reads, null, details),
            ];
          } finally {
            await context.close();
          }
        });
      }),
    ),
};
