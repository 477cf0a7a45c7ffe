import { summarize, type Summary } from './percentiles';

export type Statistic = 'p50' | 'p95';
export type Unit = 'ms' | 'µs' | 'x';

/** A budget from docs/architecture.md, section 7: every listed statistic must be at or under `max`. */
export interface Target {
  judged: readonly Statistic[];
  max: number;
}

export interface MetricResult {
  metric: string;
  unit: Unit;
  p50: number;
  p95: number;
  /** Timed samples behind p50/p95 (per side, for a ratio). */
  samples: number;
  /** Null for a row shown for context only. */
  target: Target | null;
  summary?: Summary;
  /** How it was measured: settings, counts, versions; goes to the JSON. */
  details?: Record<string, unknown>;
}

export interface Measurement {
  /** What `--only` takes. */
  name: string;
  run: () => Promise<MetricResult[]>;
}

export type Verdict = 'PASS' | 'FAIL' | 'info';

export function verdict(result: MetricResult): Verdict {
  if (!result.target) return 'info';
  const { judged, max } = result.target;
  return judged.every((statistic) => result[statistic] <= max) ? 'PASS' : 'FAIL';
}

export function timingResult(metric: string, unit: Unit, samples: readonly number[], target: Target | null, details?: Record<string, unknown>): MetricResult {
  const summary = summarize(samples);
  return { metric, unit, p50: summary.p50, p95: summary.p95, samples: summary.n, target, summary, ...(details ? { details } : {}) };
}
