import { arch, cpus, loadavg, platform, totalmem } from 'node:os';

export interface Environment {
  node: string;
  platform: string;
  cpu: string;
  cpus: number;
  memoryGiB: number;
  /** One-minute load average before and after: timings from a busy machine are pessimistic. */
  loadAverageAtStart: number;
  loadAverageAtEnd?: number;
}

export function describeEnvironment(): Environment {
  return {
    node: process.version,
    platform: `${platform()} ${arch()}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverageAtStart: loadavg()[0]!,
  };
}

export function currentLoadAverage(): number {
  return loadavg()[0]!;
}
