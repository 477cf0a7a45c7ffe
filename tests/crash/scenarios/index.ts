import type { CrashScenario } from '../scenario';
import { backups } from './backups';
import { keyRotation } from './key-rotation';
import { migrationOnOpen } from './migration-on-open';
import { noteAutosave } from './note-autosave';
import { timelineWrites } from './timeline-writes';

/**
 * Every crash scenario, in the order runs take them. The vitest entry, the `npm run crash`
 * script and the child process all read this list, so a scenario added here is run everywhere.
 */
export const CRASH_SCENARIOS: readonly CrashScenario[] = [noteAutosave, timelineWrites, migrationOnOpen, backups, keyRotation];

export function findScenario(name: string): CrashScenario {
  const scenario = CRASH_SCENARIOS.find((one) => one.name === name);
  if (!scenario) throw new Error(`No crash scenario named ${name}; known: ${CRASH_SCENARIOS.map((one) => one.name).join(', ')}`);
  return scenario;
}
