import { type Measurement, type MetricResult, timingResult } from './bench-result';
import { VIEWPORT, withChromium } from './chromium';
import { passphraseField, waitUntilUsable } from './lock-screen';
import { percentile } from './percentiles';
import { withPreview } from './preview';
import { withSeededVault } from './seeded-vault';

const RUNS = 15;
/** The first context also pays for starting the browser's renderer machinery, which an app launch measures separately. */
const WARM_UP_RUNS = 1;

/**
 * From navigation to a lock screen the therapist can type into, each run in a fresh browser
 * context (empty HTTP and code caches), against a vault that exists so the unlock form shows.
 */
export const coldStartMeasurement: Measurement = {
  name: 'cold-start',
  run: () =>
    withSeededVault(1, ({ vaultDir }) =>
      withPreview(vaultDir, (server) =>
        withChromium(async (browser): Promise<MetricResult[]> => {
          const samples: number[] = [];
          const milestones: Milestones[] = [];
          for (let run = 0; run < WARM_UP_RUNS + RUNS; run++) {
            const context = await browser.newContext({ viewport: VIEWPORT });
            try {
              const page = await context.newPage();
              const started = performance.now();
              // 'commit': do not wait for the load event; the clock stops when the field is usable, whatever else is loading.
              await page.goto(server.url, { waitUntil: 'commit' });
              await waitUntilUsable(passphraseField(page));
              const elapsed = performance.now() - started;
              if (run < WARM_UP_RUNS) continue;
              samples.push(elapsed);
              milestones.push(await page.evaluate(readMilestones));
            } finally {
              await context.close();
            }
          }
          return [
            timingResult(
              'renderer cold start to usable lock screen',
              'ms',
              samples,
              { judged: ['p50'], max: 800 },
              {
                runs: RUNS,
                warmUpRunsDiscarded: WARM_UP_RUNS,
                freshContextPerRun: true,
                browser: `Chromium ${browser.version()} (headless)`,
                endsWhen: 'the "Passphrase" field is visible and enabled, polled from Playwright',
                medianMilestonesMs: medianMilestones(milestones),
              },
            ),
          ];
        }),
      ),
    ),
};

/** Where the time goes, from the page's own clock (ms since navigation start). */
interface Milestones {
  htmlReceived: number;
  domContentLoaded: number;
  firstContentfulPaint: number | null;
  /** When the bench saw the field usable (a poll, so slightly after it became so). */
  seenUsable: number;
}

function readMilestones(): Milestones {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    htmlReceived: navigation.responseEnd,
    domContentLoaded: navigation.domContentLoadedEventEnd,
    firstContentfulPaint: paint ? paint.startTime : null,
    seenUsable: performance.now(),
  };
}

function medianMilestones(all: readonly Milestones[]): Record<string, number | null> {
  const keys = ['htmlReceived', 'domContentLoaded', 'firstContentfulPaint', 'seenUsable'] as const;
  return Object.fromEntries(
    keys.map((key) => {
      const values = all
        .map((milestone) => milestone[key])
        .filter((value) => value !== null)
        .sort((a, b) => a - b);
      return [key, values.length > 0 ? Math.round(percentile(values, 50)) : null];
    }),
  );
}
