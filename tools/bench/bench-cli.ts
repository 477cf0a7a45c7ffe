import { parseArgs } from 'node:util';
import type { Measurement } from './bench-result';
import { formatTable, type MeasurementOutcome, writeResults } from './bench-report';
import { readCpuTicks, stealPercent } from './cpu-steal';
import { currentLoadAverage, describeEnvironment } from './environment';
import { backupMeasurement } from './measure-backup';
import { clientListMeasurement } from './measure-client-list';
import { coldStartMeasurement } from './measure-cold-start';
import { followUpScreenMeasurement } from './measure-follow-up-screen';
import { homeScreenMeasurement } from './measure-home-screen';
import { logEventMeasurement } from './measure-log-event';
import { noteKeystrokeMeasurement } from './measure-note-keystroke';
import { noteOpenMeasurement } from './measure-note-open';
import { notesAutosaveMeasurement } from './measure-notes-autosave';
import { notesListMeasurement } from './measure-notes-list';
import { notesSearchMeasurement } from './measure-notes-search';
import { pointReadsMeasurement } from './measure-point-reads';
import { rawOpenMeasurement } from './measure-raw-open';
import { recordExportMeasurement } from './measure-record-export';
import { sessionClockDriftMeasurement } from './measure-session-clock-drift';
import { sessionTimelineMeasurement } from './measure-session-timeline';
import { unlockMeasurement } from './measure-unlock';

const MEASUREMENTS: readonly Measurement[] = [
  unlockMeasurement,
  rawOpenMeasurement,
  pointReadsMeasurement,
  coldStartMeasurement,
  clientListMeasurement,
  homeScreenMeasurement,
  followUpScreenMeasurement,
  logEventMeasurement,
  sessionTimelineMeasurement,
  sessionClockDriftMeasurement,
  notesAutosaveMeasurement,
  notesSearchMeasurement,
  notesListMeasurement,
  noteOpenMeasurement,
  noteKeystrokeMeasurement,
  recordExportMeasurement,
  backupMeasurement,
];
const NAMES = MEASUREMENTS.map((measurement) => measurement.name);
const USAGE = `Usage: npm run bench [-- --only <name> ...]\n  names: ${NAMES.join(', ')}\n`;

function chooseMeasurements(args: string[]): readonly Measurement[] | null {
  const { values } = parseArgs({ args, strict: true, options: { only: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return null;
  const only = values.only ?? [];
  const unknown = only.filter((name) => !NAMES.includes(name));
  if (unknown.length > 0) throw new Error(`Unknown measurement: ${unknown.join(', ')}`);
  return only.length === 0 ? MEASUREMENTS : MEASUREMENTS.filter((measurement) => only.includes(measurement.name));
}

async function runOne(measurement: Measurement): Promise<MeasurementOutcome> {
  process.stdout.write(`running ${measurement.name}...\n`);
  const started = performance.now();
  const atStart = currentLoadAverage();
  const ticksAtStart = readCpuTicks();
  const ended = () => ({
    durationMs: performance.now() - started,
    loadAverage: { atStart, atEnd: currentLoadAverage() },
    cpuStealPercent: stealPercent(ticksAtStart, readCpuTicks()),
  });
  try {
    const results = await measurement.run();
    return { name: measurement.name, ...ended(), results };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { name: measurement.name, ...ended(), results: [], error: message };
  }
}

async function main(): Promise<number> {
  let chosen: readonly Measurement[] | null;
  try {
    chosen = chooseMeasurements(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (!chosen) {
    process.stdout.write(USAGE);
    return 0;
  }

  const startedAt = new Date();
  const environment = describeEnvironment();
  const outcomes: MeasurementOutcome[] = [];
  for (const measurement of chosen) outcomes.push(await runOne(measurement));
  environment.loadAverageAtEnd = currentLoadAverage();

  process.stdout.write(`\n${formatTable(outcomes)}\n\n`);
  const busiest = Math.max(environment.loadAverageAtStart, environment.loadAverageAtEnd);
  if (busiest > environment.cpus) {
    process.stdout.write(`Note: the machine was busy (load average up to ${busiest.toFixed(1)} on ${environment.cpus} CPUs); timings are pessimistic.\n`);
  }
  const mostStolen = Math.max(0, ...outcomes.map((outcome) => outcome.cpuStealPercent ?? 0));
  if (mostStolen > 5) {
    process.stdout.write(`Note: the host took up to ${mostStolen.toFixed(0)}% of this machine's CPU time during a measurement; timings are pessimistic.\n`);
  }
  process.stdout.write(`Results: ${await writeResults(startedAt, environment, outcomes)}\n`);
  // Missed targets are information (FAIL in the table); only a measurement that could not run fails the command.
  return outcomes.some((outcome) => outcome.error !== undefined) ? 1 : 0;
}

process.exitCode = await main();
