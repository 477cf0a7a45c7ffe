import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCpuTicks, stealPercent } from '../../../../tools/bench/cpu-steal';

describe('CPU time stolen by the host', () => {
  it('is the stolen share of the ticks that passed between two readings', () => {
    expect(stealPercent({ total: 1000, steal: 10 }, { total: 1400, steal: 50 })).toBe(10);
  });

  it('is unknown without two readings or without time passing', () => {
    expect(stealPercent(null, { total: 1, steal: 0 })).toBeNull();
    expect(stealPercent({ total: 5, steal: 0 }, { total: 5, steal: 0 })).toBeNull();
  });

  it('reads this machine: steal is part of the total and the total grows, or null without /proc/stat', () => {
    const first = readCpuTicks();
    if (!existsSync('/proc/stat')) {
      expect(first).toBeNull();
      return;
    }
    const until = Date.now() + 50;
    while (Date.now() < until);
    const second = readCpuTicks()!;
    expect(first!.steal).toBeLessThanOrEqual(first!.total);
    expect(second.total).toBeGreaterThan(first!.total);
    expect(stealPercent(first, second)).toBeGreaterThanOrEqual(0);
  });
});
