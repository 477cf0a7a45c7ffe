import { percentile } from './percentiles';
import type { ClockChange, ClockFrame, ClockRecord } from './session-clock-probe';

const HOUR_MS = 3_600_000;
/** Slack for a frame still to count as right (timer and frame jitter). */
const RIGHT_TOLERANCE_MS = 20;
/** Fewer clean second changes than this on either side of the hidden window and the medians mean little. */
const MIN_STEPS = 10;

/** A second change, on Node's clock, and how far the shown time was then behind the true elapsed time. */
export interface SecondStep {
  at: number;
  lagMs: number;
}

export interface ClockAnalysis {
  before: SecondStep[];
  after: SecondStep[];
  lagBeforeMs: number;
  lagAfterMs: number;
  /** From the middle of the second changes before hiding to the middle of those after showing. */
  spanMs: number;
  signedDriftMs: number;
  driftPerHourMs: number;
  hiddenForMs: number;
  /** From visibilitychange (visible) to the first frame that shows a right time. */
  rightAfterShownMs: number;
  framesBeforeRight: number;
  firstFrame: { text: string; msAfterShown: number; behindTrueElapsedMs: number };
  /** How often the unpainted DOM clock still updated while hidden: throttling shows as long gaps. */
  updatesWhileHidden: { count: number; longestGapMs: number };
  /** The most a right frame may trail the true elapsed time: as far as the clock ever does while visible. */
  rightWithinMs: number;
}

/**
 * What the clock showed against the true elapsed time since `dosedAt` (Node's clock; each page time
 * is corrected by the page-minus-Node offset measured on its side of the hidden window).
 *
 * The clock shows whole seconds, but the instant a displayed second begins is known to ~1 ms, and
 * there the shown time trails the true one by exactly the lag. Drift is the median lag moving between
 * before hiding and after the clock is right again: a single late timer is jitter, not drift.
 */
export function analyseClock(record: ClockRecord, offsets: { before: number; after: number }, dosedAt: number): ClockAnalysis {
  const { hiddenAt, shownAt, frames } = record;
  if (hiddenAt === null || shownAt === null) throw new Error('The page saw no hidden window');
  const before = secondSteps(
    record.changes.filter((change) => change.at < hiddenAt),
    offsets.before,
    dosedAt,
  );
  if (before.length < MIN_STEPS) throw new Error(`Only ${before.length} clean second changes before hiding`);
  const lagBeforeMs = median(before.map((step) => step.lagMs));

  // Right: not ahead of the true elapsed time, and no further behind it than while visible.
  const rightWithinMs = lagBeforeMs + 1000 + RIGHT_TOLERANCE_MS;
  const behindMs = (frame: ClockFrame) => frame.at - offsets.after - dosedAt - parseClock(frame.text);
  const framesBeforeRight = frames.findIndex((frame) => behindMs(frame) >= -RIGHT_TOLERANCE_MS && behindMs(frame) <= rightWithinMs);
  const right = frames[framesBeforeRight];
  if (!right) throw new Error(`The clock was still wrong ${frames.length} frames after the page was shown again`);

  const after = secondSteps(
    record.changes.filter((change) => change.at > right.at),
    offsets.after,
    dosedAt,
  );
  if (after.length < MIN_STEPS) throw new Error(`Only ${after.length} clean second changes after showing`);
  const lagAfterMs = median(after.map((step) => step.lagMs));
  const spanMs = median(after.map((step) => step.at)) - median(before.map((step) => step.at));
  const firstFrame = frames[0]!;

  return {
    before,
    after,
    lagBeforeMs,
    lagAfterMs,
    spanMs,
    signedDriftMs: lagAfterMs - lagBeforeMs,
    driftPerHourMs: (Math.abs(lagAfterMs - lagBeforeMs) * HOUR_MS) / spanMs,
    hiddenForMs: shownAt - hiddenAt,
    rightAfterShownMs: right.at - shownAt,
    framesBeforeRight,
    firstFrame: { text: firstFrame.text, msAfterShown: firstFrame.at - shownAt, behindTrueElapsedMs: behindMs(firstFrame) },
    updatesWhileHidden: hiddenUpdates(record.changes, hiddenAt, shownAt),
    rightWithinMs,
  };
}

/** "05:09" or "1:05:09" (what formatElapsed shows) in ms. */
export function parseClock(text: string): number {
  const parts = text.split(':');
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^\d+$/.test(part))) throw new Error(`Unexpected clock text "${text}"`);
  return parts.reduce((seconds, part) => seconds * 60 + Number(part), 0) * 1000;
}

/** Changes that step the display on by exactly one second: where its lag is measurable to the millisecond. */
function secondSteps(changes: readonly ClockChange[], offsetMs: number, dosedAt: number): SecondStep[] {
  return changes.flatMap((change, index) => {
    const previous = changes[index - 1];
    const shown = parseClock(change.text);
    if (!previous || shown - parseClock(previous.text) !== 1000) return [];
    const at = change.at - offsetMs;
    return [{ at, lagMs: at - dosedAt - shown }];
  });
}

function hiddenUpdates(changes: readonly ClockChange[], hiddenAt: number, shownAt: number): { count: number; longestGapMs: number } {
  const times = [hiddenAt, ...changes.filter((change) => !change.visible).map((change) => change.at), shownAt];
  const gaps = times.slice(1).map((time, index) => time - times[index]!);
  return { count: times.length - 2, longestGapMs: Math.max(...gaps) };
}

function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}
