import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type MetricResult, type Target, type Unit, verdict } from './bench-result';
import type { Environment } from './environment';

export interface MeasurementOutcome {
  name: string;
  durationMs: number;
  results: MetricResult[];
  /** One-minute load average as the measurement started and ended: what its timings ran beside. */
  loadAverage: { atStart: number; atEnd: number };
  /** The share of the machine's CPU time a hypervisor gave to other guests meanwhile; null off Linux. */
  cpuStealPercent: number | null;
  /** Set when the measurement could not run; its results are then empty. */
  error?: string;
}

const RESULTS_DIR = 'bench-results';

function formatValue(value: number, unit: Unit): string {
  if (unit === 'x') return `${value.toFixed(2)}x`;
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ${unit}`;
}

function formatTarget(target: Target | null, unit: Unit): string {
  if (!target) return '';
  return `${target.judged.join(', ')} <= ${unit === 'x' ? `${target.max}x` : `${target.max} ${unit}`}`;
}

/** A result's p50, p95, target and verdict, as both tables show them. */
function resultCells(result: MetricResult): string[] {
  return [formatValue(result.p50, result.unit), formatValue(result.p95, result.unit), formatTarget(result.target, result.unit), verdict(result)];
}

export function formatTable(outcomes: readonly MeasurementOutcome[]): string {
  const rows: string[][] = [['metric', 'p50', 'p95', 'target', 'result']];
  for (const outcome of outcomes) {
    if (outcome.error !== undefined) {
      rows.push([outcome.name, '-', '-', '-', `ERROR: ${outcome.error}`]);
      continue;
    }
    for (const result of outcome.results) {
      rows.push([result.metric, ...resultCells(result)]);
    }
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 || column >= 3 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/**
 * The judged rows as a Markdown table for the README's performance section: each with the load
 * its measurement ran at, since on 2 CPUs the same code reads twice as slow at load 4 as at 1,
 * and the CPU time stolen by the host, which slows a virtual machine at any load.
 */
export function formatMarkdownTable(outcomes: readonly MeasurementOutcome[]): string {
  const rows = ['| row (bench name) | p50 | p95 | target | result | load | steal |', '|---|---|---|---|---|---|---|'];
  for (const outcome of outcomes) {
    const steal = outcome.cpuStealPercent === null ? 'n/a' : `${outcome.cpuStealPercent.toFixed(1)}%`;
    const ranBeside = `${outcome.loadAverage.atStart.toFixed(1)}–${outcome.loadAverage.atEnd.toFixed(1)} | ${steal}`;
    if (outcome.error !== undefined) {
      rows.push(`| \`${outcome.name}\` | - | - | - | could not run | ${ranBeside} |`);
      continue;
    }
    for (const result of outcome.results.filter((row) => row.target !== null)) {
      const cells = [`${result.metric.trim().replaceAll('|', '/')} (\`${outcome.name}\`)`, ...resultCells(result), ranBeside];
      rows.push(`| ${cells.join(' | ')} |`);
    }
  }
  return rows.join('\n');
}

/** bench-results/bench-<timestamp>.json (gitignored), and beside it the README's table as .md; returns the JSON's path. */
export async function writeResults(startedAt: Date, environment: Environment, outcomes: readonly MeasurementOutcome[]): Promise<string> {
  const dir = resolve(RESULTS_DIR);
  await mkdir(dir, { recursive: true });
  const path = join(dir, `bench-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const measurements = outcomes.map((outcome) => ({
    ...outcome,
    results: outcome.results.map((result) => ({ ...result, verdict: verdict(result) })),
  }));
  await writeFile(path, `${JSON.stringify({ startedAt: startedAt.toISOString(), environment, measurements }, null, 2)}\n`);
  await writeFile(path.replace(/\.json$/, '.md'), `${formatMarkdownTable(outcomes)}\n`);
  return path;
}
