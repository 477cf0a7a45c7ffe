import { describe, expect, it } from 'vitest';
import { formatMarkdownTable, type MeasurementOutcome } from '../../../../tools/bench/bench-report';

const outcome = (more: Partial<MeasurementOutcome>): MeasurementOutcome => ({
  name: 'notes-search',
  durationMs: 1000,
  loadAverage: { atStart: 1.04, atEnd: 2.96 },
  cpuStealPercent: 3.14,
  results: [],
  ...more,
});

describe("the README's performance table", () => {
  it('lists the judged rows with their verdict, the load and the CPU time stolen while their measurement ran, and leaves out context rows', () => {
    const table = formatMarkdownTable([
      outcome({
        results: [
          { metric: 'full-text search | 100,000 notes', unit: 'ms', p50: 2.6, p95: 10.54, samples: 210, target: { judged: ['p95'], max: 20 } },
          { metric: '  of which: bm25 alone', unit: 'ms', p50: 1, p95: 2, samples: 10, target: null },
          { metric: 'encrypted / plain', unit: 'x', p50: 1.31, p95: 1.2, samples: 100, target: { judged: ['p50', 'p95'], max: 1.25 } },
        ],
      }),
      outcome({ name: 'backup', error: 'disk full', cpuStealPercent: null }),
    ]);
    expect(table.split('\n')).toEqual([
      '| row (bench name) | p50 | p95 | target | result | load | steal |',
      '|---|---|---|---|---|---|---|',
      '| full-text search / 100,000 notes (`notes-search`) | 2.60 ms | 10.5 ms | p95 <= 20 ms | PASS | 1.0–3.0 | 3.1% |',
      '| encrypted / plain (`notes-search`) | 1.31x | 1.20x | p50, p95 <= 1.25x | FAIL | 1.0–3.0 | 3.1% |',
      '| `backup` | - | - | - | could not run | 1.0–3.0 | n/a |',
    ]);
  });
});
