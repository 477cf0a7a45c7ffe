import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchIdle } from '../../../../../../renderer/src/features/shell/idle-timer';

describe('watchIdle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once the limit passes with no activity', () => {
    const onIdle = vi.fn();
    watchIdle(new EventTarget(), 60_000, onIdle);
    vi.advanceTimersByTime(59_999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('counts from the last activity', () => {
    const source = new EventTarget();
    const onIdle = vi.fn();
    watchIdle(source, 60_000, onIdle);
    vi.advanceTimersByTime(45_000);
    source.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(45_000);
    expect(onIdle).not.toHaveBeenCalled();
    source.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(59_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('stops watching when asked', () => {
    const source = new EventTarget();
    const onIdle = vi.fn();
    const stop = watchIdle(source, 60_000, onIdle);
    stop();
    vi.advanceTimersByTime(120_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
