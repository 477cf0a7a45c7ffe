import type { CrashScenario } from '../scenario';
import { keyRotation } from './key-rotation';
import { migrationOnOpen } from './migration-on-open';
import { noteAutosave } from './note-autosave';
import { timelineWrites } from './timeline-writes';

/**
 * Every crash scenario, in the order runs take them. The vitest entry, the `npm run crash`
 * script and the child process all read this list, so a scenario added here is run everywhere.
 *
 * Still to come (see tests/crash/README.md, "Adding a scenario"):
 *   - backups:      kill while a backup is written; the vault must be untouched and sound, and a
 *                   backup file must either verify and restore to the acknowledged content, or
 *                   be recognisably incomplete (never a file that passes as a good backup).
 *   - key-rotation: kill while the database is re-keyed and vault.json rewritten; the vault must
 *                   unlock with exactly one of the old and new secrets (the one acknowledged, or
 *                   the old one if the rotation was not), with every acknowledged write intact.
 */
export const CRASH_SCENARIOS: readonly CrashScenario[] = [
  noteAutosave,
  timelineWrites,
  migrationOnOpen,
  // backups,       <- add here
  keyRotation,
];

export function findScenario(name: string): CrashScenario {
  const scenario = CRASH_SCENARIOS.find((one) => one.name === name);
  if (!scenario) throw new Error(`No crash scenario named ${name}; known: ${CRASH_SCENARIOS.map((one) => one.name).join(', ')}`);
  return scenario;
}
