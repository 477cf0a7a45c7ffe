import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SecondTicker } from '../../../../../../renderer/src/features/sessions/use-now';

describe('the second ticker behind useNow', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.UTC(2026, 11, 2, 14, 0, 0, 0) }));
  afterEach(() => vi.useRealTimers());

  /** The times the listener was called at over `seconds` seconds, starting `startMs` into a second. */
  function ticksOf(offsetMs: number, startMs: number, seconds: number): number[] {
    vi.advanceTimersByTime(startMs);
    const ticker = new SecondTicker(offsetMs);
    const seen: number[] = [];
    const unsubscribe = ticker.subscribe(() => seen.push(ticker.snapshot()));
    vi.advanceTimersByTime(seconds * 1000);
    unsubscribe();
    return seen;
  }

  it('repaints on the dose’s second: each tick lands on the dose’s milliseconds, the first within a second', () => {
    const dosedAt = Date.UTC(2026, 11, 2, 13, 40, 12, 734);
    const ticks = ticksOf(dosedAt % 1000, 100, 5);
    expect(ticks).toHaveLength(5);
    for (const at of ticks) expect((at - dosedAt) % 1000).toBe(0);
    expect(ticks[0]! - Date.UTC(2026, 11, 2, 14, 0, 0, 100)).toBe(634);
  });

  it('without an anchor, repaints on the wall clock’s second', () => {
    const ticks = ticksOf(0, 420, 3);
    expect(ticks.map((at) => at % 1000)).toEqual([0, 0, 0]);
  });

  it('stops when the last listener leaves', () => {
    const ticker = new SecondTicker(0);
    const listener = vi.fn();
    ticker.subscribe(listener)();
    vi.advanceTimersByTime(5000);
    expect(listener).not.toHaveBeenCalled();
  });
});
