import { readFileSync } from 'node:fs';

/** The machine's cumulative CPU time in ticks, all of it and the part a hypervisor gave to other guests. */
export interface CpuTicks {
  total: number;
  steal: number;
}

/**
 * From the first line of /proc/stat (Linux): user nice system idle iowait irq softirq steal, then
 * guest time, which is already counted in user. Null where there is no /proc/stat.
 */
export function readCpuTicks(): CpuTicks | null {
  let line: string;
  try {
    line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
  } catch {
    return null;
  }
  const fields = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (fields.length < 8 || fields.some((field) => !Number.isFinite(field))) return null;
  return { total: fields.reduce((sum, field) => sum + field, 0), steal: fields[7]! };
}

/**
 * The share of CPU time stolen between two readings, in percent: a virtual machine whose host is
 * busy runs the same code slower at the same load average, which the load alone does not show.
 */
export function stealPercent(from: CpuTicks | null, to: CpuTicks | null): number | null {
  if (!from || !to || to.total <= from.total) return null;
  return (100 * (to.steal - from.steal)) / (to.total - from.total);
}
