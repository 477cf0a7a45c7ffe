import { useSyncExternalStore } from 'react';

/**
 * The wall clock, repainted once a second. Nothing is counted here: screens derive every time from
 * stored anchors and this value, so a reload, a crash or a sleeping laptop never skews them. Plain
 * timers and Date.now(), so a fake clock in tests drives it.
 *
 * A ticker repaints when the milliseconds reach its offset: 0 for wall-clock seconds, and the
 * dose's own milliseconds for a clock counted from the dose, so each new second since T0 shows
 * the moment it begins instead of up to a second late.
 */
export class SecondTicker {
  private readonly listeners = new Set<() => void>();
  private now = Date.now();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly offsetMs: number) {}

  private untilNextTick(now: number): number {
    const intoSecond = (((now - this.offsetMs) % 1000) + 1000) % 1000;
    return 1000 - intoSecond;
  }

  private readonly tick = () => {
    this.now = Date.now();
    for (const listener of this.listeners) listener();
    this.timer = setTimeout(this.tick, this.untilNextTick(this.now));
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) {
      this.now = Date.now();
      this.timer = setTimeout(this.tick, this.untilNextTick(this.now));
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) clearTimeout(this.timer);
    };
  };

  /** Before the first subscriber the stored value may be old; refresh it, but only per second, so the snapshot stays stable. */
  readonly snapshot = (): number => {
    if (this.listeners.size === 0 && Date.now() - this.now >= 1000) this.now = Date.now();
    return this.now;
  };
}

const tickers = new Map<number, SecondTicker>();

function tickerFor(offsetMs: number): SecondTicker {
  let ticker = tickers.get(offsetMs);
  if (!ticker) {
    ticker = new SecondTicker(offsetMs);
    tickers.set(offsetMs, ticker);
  }
  return ticker;
}

/** Now, repainted each second; aligned to `anchor`'s second (the dose) when there is one. */
export function useNow(anchor: number | null = null): number {
  const ticker = tickerFor(anchor === null ? 0 : ((anchor % 1000) + 1000) % 1000);
  return useSyncExternalStore(ticker.subscribe, ticker.snapshot);
}
