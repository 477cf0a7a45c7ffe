import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from '@playwright/test';
import { DOSED_IDLE_LOCK_MINUTES, IDLE_LOCK_MINUTES } from '../../shared/contract/settings';
import { type Measurement, type MetricResult, timingResult } from './bench-result';
import { withPreview } from './preview';
import { withSeededVault } from './seeded-vault';
import { type ClockAnalysis, analyseClock } from './session-clock-analysis';
import { installClockProbe, type PageClockOffset, pageClockOffset, readClockRecord, waitForClockRecord } from './session-clock-probe';
import { withHideableChromium } from './session-hideable-chromium';
import { hidePage } from './session-page-visibility';
import { seedDosedSession } from './session-seed';

const DEFAULT_HIDDEN_MINUTES = 10;
/** Second changes recorded while visible, before hiding and again after showing. */
const STEADY_CHANGES = 20;
const FRAMES_AFTER_SHOWN = 180;
/**
 * The room's clock ticks on the dose's own milliseconds (SecondTicker in use-now.ts), so a displayed
 * second should begin when the true one does, plus timer lateness and render time. The dose is
 * placed half-way between wall-clock seconds, where a clock ticking on wall-clock seconds would
 * show about 500 ms of lag: the lag row tells the two apart.
 */
const DOSE_MS_INTO_SECOND = 500;
/** Issue 14: each new second since the dose shows within this long of its true start. */
const LAG_P95_MAX_MS = 50;
const DOSED_AGO_MS = 2 * 60_000;

/**
 * docs/architecture.md, sections 5 and 7: the room's clock derives from the stored dose time and the wall clock,
 * so it must not drift, hidden window included. The room is opened in a Chromium that throttles a
 * hidden page as Electron does, hidden for KAP_BENCH_DRIFT_MINUTES (default 10), shown again, and
 * what the clock displays is compared with the true elapsed time since the dose.
 */
export const sessionClockDriftMeasurement: Measurement = {
  name: 'session-clock-drift',
  run: () => {
    const hiddenMinutes = readHiddenMinutes();
    return withSeededVault(1, ({ vaultDir, passphrase }) =>
      withPreview(vaultDir, async (server) => {
        const wantedDose = Math.floor((Date.now() - DOSED_AGO_MS) / 1000) * 1000 + DOSE_MS_INTO_SECOND;
        const { dosedAt } = await seedDosedSession(server.core, passphrase, wantedDose);
        // The idle lock (30 min during a dosed session) would replace the room with the lock screen while it is hidden.
        await server.client.call('settings.update', { idleLockMinutes: IDLE_LOCK_MINUTES.max, dosedIdleLockMinutes: DOSED_IDLE_LOCK_MINUTES.max });

        return withHideableChromium(async (context, browser): Promise<MetricResult[]> => {
          const page = context.pages()[0] ?? (await context.newPage());
          // Main is unlocked with a session running, so the app opens straight in its room.
          await page.goto(server.url);
          await page.getByRole('timer', { name: 'Time since the dose' }).waitFor();
          const { analysis, offsets } = await watchThroughHiddenWindow(page, hiddenMinutes, dosedAt);
          return clockResults(analysis, {
            hiddenMinutes,
            dosedAt,
            browser: `Chromium ${browser.version()} (headless, background throttling on)`,
            pageMinusNodeClockMs: offsets,
          });
        });
      }),
    );
  },
};

function readHiddenMinutes(): number {
  const raw = process.env.KAP_BENCH_DRIFT_MINUTES;
  if (raw === undefined || raw.trim() === '') return DEFAULT_HIDDEN_MINUTES;
  const minutes = Number(raw);
  // The dosed-session idle lock cannot be set longer than its maximum, and would replace the room.
  if (!(minutes > 0 && minutes < DOSED_IDLE_LOCK_MINUTES.max))
    throw new Error(`KAP_BENCH_DRIFT_MINUTES must be minutes above 0 and below ${DOSED_IDLE_LOCK_MINUTES.max}, not "${raw}"`);
  return minutes;
}

/** Records the clock while visible, hides the page for `minutes`, shows it and records again. */
async function watchThroughHiddenWindow(
  page: Page,
  minutes: number,
  dosedAt: number,
): Promise<{ analysis: ClockAnalysis; offsets: Record<'before' | 'after', PageClockOffset> }> {
  const recordTimeoutMs = (STEADY_CHANGES + 10) * 1000;
  await installClockProbe(page, FRAMES_AFTER_SHOWN);
  await waitForClockRecord(page, { changes: STEADY_CHANGES + 1, frames: 0 }, recordTimeoutMs);
  const offsetBefore = await pageClockOffset(page);

  const show = await hidePage(page);
  process.stdout.write(`  the room is hidden for ${minutes} min (KAP_BENCH_DRIFT_MINUTES)...\n`);
  await sleep(minutes * 60_000);
  const changesSoFar = (await readClockRecord(page)).changes.length;
  await show();
  await waitForClockRecord(page, { changes: changesSoFar + STEADY_CHANGES + 2, frames: FRAMES_AFTER_SHOWN }, recordTimeoutMs);
  const offsetAfter = await pageClockOffset(page);

  const analysis = analyseClock(await readClockRecord(page), { before: offsetBefore.offsetMs, after: offsetAfter.offsetMs }, dosedAt);
  return { analysis, offsets: { before: offsetBefore, after: offsetAfter } };
}

function clockResults(analysis: ClockAnalysis, setting: Record<string, unknown> & { hiddenMinutes: number }): MetricResult[] {
  const { before, after } = analysis;
  return [
    {
      metric: `session clock drift per hour (hidden ${setting.hiddenMinutes} min)`,
      unit: 'ms',
      // One value, from the medians on either side of the hidden window.
      p50: analysis.driftPerHourMs,
      p95: analysis.driftPerHourMs,
      samples: after.length,
      target: { judged: ['p95'], max: 250 },
      details: {
        ...setting,
        how:
          'The room of a dosed session; the page stamps each change of the big clock with Date.now() (MutationObserver), so the instant a displayed second begins is known to ~1 ms although the clock shows whole seconds. ' +
          'Lag = (change time − dose time) − displayed time, on Node’s clock. Drift = |median lag after showing (once the clock is right again) − median lag before hiding|, extrapolated to an hour over the time between them; p50 = p95 = that one value',
        hiding: 'a new tab in front of the room in the same window; document.visibilityState checked hidden, then visible after bringToFront',
        hiddenForMs: analysis.hiddenForMs,
        medianLagBeforeMs: round(analysis.lagBeforeMs),
        medianLagAfterMs: round(analysis.lagAfterMs),
        signedDriftMs: round(analysis.signedDriftMs),
        spanMs: analysis.spanMs,
        // Date.now() moves in 1 ms steps: what one step amounts to once extrapolated.
        oneMsIsPerHourMs: round(3_600_000 / analysis.spanMs),
        secondChanges: { before: before.length, after: after.length },
        clockUpdatesWhileHidden: analysis.updatesWhileHidden,
      },
    },
    timingResult('  shown again → clock right (first right frame)', 'ms', [analysis.rightAfterShownMs], null, {
      how: `from visibilitychange (visible) to the first animation frame whose displayed time is not ahead of the true elapsed time and trails it by no more than the clock does while visible (${round(analysis.rightWithinMs)} ms, tolerance included)`,
      framesBeforeRight: analysis.framesBeforeRight,
      firstFrame: { ...analysis.firstFrame, behindTrueElapsedMs: round(analysis.firstFrame.behindTrueElapsedMs) },
    }),
    timingResult(
      '  display lag behind true elapsed at each second change',
      'ms',
      [...before, ...after].map((step) => step.lagMs),
      { judged: ['p95'], max: LAG_P95_MAX_MS },
      {
        why: `The clock shows whole seconds and ticks when the milliseconds reach the dose's, so each displayed second begins as the true one does, late only by the timer's lateness and the render; here the dose is at .${DOSE_MS_INTO_SECOND} s, where a tick on wall-clock seconds would lag by about ${1000 - DOSE_MS_INTO_SECOND} ms. Between changes the display trails by up to a further 1000 ms.`,
      },
    ),
  ];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
