import type { Page } from '@playwright/test';
import { localCalendarDate } from '../../shared/calendar-date';
import type { MethodInput, RpcClient } from '../../shared/contract';
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
 * A year of one client's care through dispatch(), as it happened week by week: 50 discharged IM
 * doses (vitals, sedation, the client's words), 300 notes, 200 homework items and 100 measures.
 */
async function seedYearOfCare(client: RpcClient, clientId: string, clock: { at: number }): Promise<void> {
  const protocol = (await client.call('protocols.list', {})).protocols.find((candidate) => candidate.route === 'im' && candidate.isDefault)!;
  const start = clock.at;
  const fields = { type: 'custom', instructions: 'Notice one moment each day.' } as const;
  for (let dose = 0; dose < DOSES; dose++) {
    // Main's clock walks through the year: each week a dose, and the week's notes, homework and measures.
    clock.at = start + dose * 7 * DAY;
    const session = await client.call('sessions.plan', { clientId, protocolId: protocol.id, plannedDoseMg: 50 });
    await client.call('sessions.checkIn', { id: session.id, readiness: {}, intention: 'To stay with what comes' });
    const step = async (minutes: number, entry: MethodInput<'sessions.logEvent'>['entry']) => {
      clock.at += minutes * 60_000;
      await client.call('sessions.logEvent', { sessionId: session.id, entry });
    };
    await step(10, { kind: 'dose', amountMg: 50 });
    await step(40, { kind: 'vitals', vitals: { systolic: 132, diastolic: 84, heartRate: 76, spo2: 98 } });
    await step(5, { kind: 'sedation', moaas: 4 });
    await step(5, { kind: 'quote', text: `The tide went out slowly (${dose + 1}).` });
    clock.at += 100 * 60_000;
    await client.call('sessions.discharge', { id: session.id, checklist: {} });
    clock.at += DAY;
    for (let index = 0; index < NOTES / DOSES; index++)
      await client.call('notes.create', { clientId, kind: 'integration', title: `Integration ${dose + 1}.${index + 1}` });
    for (let index = 0; index < HOMEWORK / DOSES; index++)
      await client.call('homework.create', { clientId, title: `Practice ${dose + 1}.${index + 1}`, fields });
    for (let index = 0; index < MEASURES / DOSES; index++) {
      const total = Math.max(0, 20 - Math.floor(dose / 3) - index);
      const answers = Array.from({ length: 9 }, (_, item) => Math.min(3, Math.max(0, total - item * 3)));
      await client.call('measures.record', { clientId, kind: 'phq-9', answers, takenOn: localCalendarDate(clock.at) });
    }
  }
  clock.at += 2 * DAY;
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
    withSeededVault(1, ({ vaultDir, passphrase }) => {
      // A year ago until the seeding is done, then the real time again for the page.
      const clock = { at: Date.now() - 365 * DAY, real: false };
      return withPreview(
        vaultDir,
        async (server) => {
          await server.client.call('vault.unlock', { passphrase });
          const [client] = (await server.client.call('clients.list', {})).clients;
          await seedYearOfCare(server.client, client!.id, clock);
          clock.real = true;
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
        },
        { now: () => (clock.real ? Date.now() : clock.at) },
      );
    }),
};
